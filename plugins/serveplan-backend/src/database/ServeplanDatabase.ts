/**
 * The plugin's database: migrated once at startup, with one store per concern. Stores built on
 * a transaction share it, so a turn of a conversation (messages, plan, conversation) is atomic.
 */
import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { applyMigrations } from './migrations';
import { ConversationStore } from './ConversationStore';
import { KbStore } from './KbStore';
import { PlanStore } from './PlanStore';

export interface ServeplanStores {
  kb: KbStore;
  conversations: ConversationStore;
  plans: PlanStore;
}

export class ServeplanDatabase implements ServeplanStores {
  readonly kb: KbStore;
  readonly conversations: ConversationStore;
  readonly plans: PlanStore;

  static async create(
    knex: Knex,
    options: { skipMigrations?: boolean } = {},
  ): Promise<ServeplanDatabase> {
    if (!options.skipMigrations) await applyMigrations(knex);
    return new ServeplanDatabase(knex);
  }

  private constructor(private readonly knex: Knex) {
    this.kb = new KbStore(knex);
    this.conversations = new ConversationStore(knex);
    this.plans = new PlanStore(knex);
  }

  /** Runs `fn` with stores bound to one transaction. */
  async transaction<T>(
    fn: (stores: ServeplanStores) => Promise<T>,
  ): Promise<T> {
    return this.knex.transaction(async tx =>
      fn({
        kb: new KbStore(tx),
        conversations: new ConversationStore(tx),
        plans: new PlanStore(tx),
      }),
    );
  }
}

export const serveplanDatabaseServiceRef = createServiceRef<ServeplanDatabase>({
  id: 'serveplan.database',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: coreServices.database },
      async factory({ database }) {
        return ServeplanDatabase.create(await database.getClient(), {
          skipMigrations: database.migrations?.skip,
        });
      },
    }),
});
