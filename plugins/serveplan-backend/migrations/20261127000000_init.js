/*
 * serveplan's tables. Plain JavaScript: migrations run from the package root (and from dist),
 * and are never edited after release; later changes go in new files.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // One row per distinct content of the kb/ files (a content hash).
  await knex.schema.createTable('kb_versions', table => {
    table.comment(
      'Knowledge-base versions loaded from the kb/ files, by content hash',
    );
    table.string('version', 64).primary();
    table.integer('files').notNullable();
    table
      .text('summary')
      .notNullable()
      .comment('JSON: counts of models, GPUs, prices, use cases');
    table.timestamp('loaded_at', { useTz: true }).notNullable();
  });

  // The validated kb documents of each version: one model, GPU or price per row, plus the
  // engine defaults, calibration and use-case templates.
  await knex.schema.createTable('kb_documents', table => {
    table.comment('Knowledge-base documents per version');
    table
      .string('version', 64)
      .notNullable()
      .references('version')
      .inTable('kb_versions')
      .onDelete('CASCADE');
    table
      .string('kind', 32)
      .notNullable()
      .comment('model, gpu, price, engine, calibration, use_cases');
    table.string('key', 255).notNullable();
    table
      .integer('position')
      .notNullable()
      .comment('order within the kind, as in the files');
    table.text('body').notNullable().comment('JSON');
    table.primary(['version', 'kind', 'key']);
  });

  // Measured benchmark rows: those of kb/calibration (origin kb) and those operators add.
  await knex.schema.createTable('measurements', table => {
    table.comment('Measured closed-loop benchmark rows');
    table.string('id', 255).primary();
    table.string('origin', 16).notNullable().comment('kb or operator');
    table
      .string('kb_version', 64)
      .nullable()
      .comment('the kb version a kb row was loaded from');
    table.string('model', 255).notNullable();
    table.string('gpu', 100).notNullable();
    table.string('precision', 16).nullable();
    table.integer('tp').notNullable();
    table.integer('ep').notNullable();
    table.integer('isl').notNullable();
    table.integer('osl').notNullable();
    table.integer('concurrency').notNullable();
    table.double('ttft_ms').notNullable();
    table.double('tpot_ms').notNullable();
    table.string('engine_version', 100).notNullable();
    table.string('campaign', 255).notNullable();
    table.text('source').notNullable();
    table.string('created_by', 255).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['origin'], 'measurements_origin_idx');
    table.index(['model'], 'measurements_model_idx');
    table.index(['gpu'], 'measurements_gpu_idx');
  });

  // Small facts about what has been loaded (e.g. the hash of the kb's measurement file).
  await knex.schema.createTable('state', table => {
    table.comment('Key-value bookkeeping of the kb loader');
    table.string('key', 100).primary();
    table.text('value').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('price_overrides', table => {
    table.comment('USD per GPU-hour set through the API, by kb GPU id');
    table.string('gpu', 100).primary();
    table.double('usd_per_gpu_hour').notNullable();
    table.text('note').nullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('conversations', table => {
    table.comment('Conversations: one intent refined message by message');
    table.string('id', 36).primary();
    table.string('created_by', 255).notNullable();
    table.string('title', 255).notNullable();
    table.text('intent').notNullable().comment('JSON: the current intent');
    table.text('question').nullable();
    table.string('latest_plan_id', 36).nullable();
    table.integer('message_count').notNullable().defaultTo(0);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['created_by', 'updated_at'], 'conversations_owner_idx');
  });

  await knex.schema.createTable('messages', table => {
    table.comment(
      'Messages of a conversation, the user and the assistant in turn',
    );
    table.string('id', 36).primary();
    table
      .string('conversation_id', 36)
      .notNullable()
      .references('id')
      .inTable('conversations')
      .onDelete('CASCADE');
    table.integer('seq').notNullable();
    table.string('role', 16).notNullable();
    table.text('text').notNullable();
    table
      .text('payload')
      .notNullable()
      .comment('JSON: intent, changes, question, notices, provider, overrides');
    table.string('plan_id', 36).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['conversation_id', 'seq'], {
      indexName: 'messages_conversation_seq_uq',
    });
  });

  await knex.schema.createTable('plans', table => {
    table.comment(
      'Plans, with the input that produced them and the kb version',
    );
    table.string('id', 36).primary();
    table.string('created_by', 255).notNullable();
    table
      .string('conversation_id', 36)
      .nullable()
      .references('id')
      .inTable('conversations')
      .onDelete('SET NULL');
    table.string('kb_version', 100).notNullable();
    table.string('input_kind', 16).notNullable();
    table.string('use_case', 64).notNullable();
    table.text('text').nullable();
    table.text('overrides').notNullable().comment('JSON array');
    table.text('intent').nullable().comment('JSON');
    table
      .text('best')
      .nullable()
      .comment('JSON: the top recommendation in brief');
    table.text('result').notNullable().comment('JSON: the planner result');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['created_by', 'created_at'], 'plans_owner_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('plans');
  await knex.schema.dropTable('messages');
  await knex.schema.dropTable('conversations');
  await knex.schema.dropTable('price_overrides');
  await knex.schema.dropTable('state');
  await knex.schema.dropTable('measurements');
  await knex.schema.dropTable('kb_documents');
  await knex.schema.dropTable('kb_versions');
};
