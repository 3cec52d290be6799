/** Conversations and their messages. */
import { Knex } from 'knex';
import { Intent } from '@serveplan/plugin-serveplan-common';
import { fromJson, toCount, toIso } from './rows';

export type MessageRole = 'user' | 'assistant';

export interface StoredConversation {
  id: string;
  created_by: string;
  title: string;
  intent: Intent;
  question: string | null;
  latest_plan_id: string | null;
  message_count: number;
  created_at: string;
  updated_at: string;
}

/** What a message carries besides its text (the assistant's reading of the turn). */
export interface MessagePayload {
  intent: Intent | null;
  changes: string[];
  question: string | null;
  notices: string[];
  provider: 'rules' | 'ollama' | 'openai' | null;
  overrides: string[];
}

export interface StoredMessage {
  id: string;
  conversation_id: string;
  seq: number;
  role: MessageRole;
  text: string;
  plan_id: string | null;
  payload: MessagePayload;
  created_at: string;
}

function toConversation(r: Record<string, unknown>): StoredConversation {
  return {
    id: String(r.id),
    created_by: String(r.created_by),
    title: String(r.title),
    intent: fromJson<Intent>(r.intent),
    question: (r.question ?? null) as string | null,
    latest_plan_id: (r.latest_plan_id ?? null) as string | null,
    message_count: Number(r.message_count),
    created_at: toIso(r.created_at),
    updated_at: toIso(r.updated_at),
  };
}

function toMessage(r: Record<string, unknown>): StoredMessage {
  return {
    id: String(r.id),
    conversation_id: String(r.conversation_id),
    seq: Number(r.seq),
    role: r.role as MessageRole,
    text: String(r.text),
    plan_id: (r.plan_id ?? null) as string | null,
    payload: fromJson<MessagePayload>(r.payload),
    created_at: toIso(r.created_at),
  };
}

export class ConversationStore {
  constructor(private readonly knex: Knex) {}

  async insert(c: StoredConversation): Promise<void> {
    await this.knex('conversations').insert({
      id: c.id,
      created_by: c.created_by,
      title: c.title,
      intent: JSON.stringify(c.intent),
      question: c.question,
      latest_plan_id: c.latest_plan_id,
      message_count: c.message_count,
      created_at: new Date(c.created_at),
      updated_at: new Date(c.updated_at),
    });
  }

  /**
   * Applies a turn's outcome; `expectedCount` guards against a concurrent turn on the same
   * conversation (returns false when the conversation moved on meanwhile).
   */
  async update(
    id: string,
    expectedCount: number,
    patch: Pick<
      StoredConversation,
      'intent' | 'question' | 'latest_plan_id' | 'message_count' | 'updated_at'
    >,
  ): Promise<boolean> {
    const n = await this.knex('conversations')
      .where({ id, message_count: expectedCount })
      .update({
        intent: JSON.stringify(patch.intent),
        question: patch.question,
        latest_plan_id: patch.latest_plan_id,
        message_count: patch.message_count,
        updated_at: new Date(patch.updated_at),
      });
    return n === 1;
  }

  async get(id: string): Promise<StoredConversation | undefined> {
    const row = await this.knex('conversations').where({ id }).first();
    return row ? toConversation(row) : undefined;
  }

  async listByCreator(
    createdBy: string,
    limit: number,
    offset: number,
  ): Promise<{ items: StoredConversation[]; total: number }> {
    const total = toCount(
      await this.knex('conversations')
        .where({ created_by: createdBy })
        .count({ n: '*' })
        .first(),
    );
    const rows = await this.knex('conversations')
      .where({ created_by: createdBy })
      .orderBy([
        { column: 'updated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit)
      .offset(offset);
    return { items: rows.map(toConversation), total };
  }

  async insertMessages(messages: StoredMessage[]): Promise<void> {
    await this.knex('messages').insert(
      messages.map(m => ({
        id: m.id,
        conversation_id: m.conversation_id,
        seq: m.seq,
        role: m.role,
        text: m.text,
        plan_id: m.plan_id,
        payload: JSON.stringify(m.payload),
        created_at: new Date(m.created_at),
      })),
    );
  }

  async listMessages(conversationId: string): Promise<StoredMessage[]> {
    const rows = await this.knex('messages')
      .where({ conversation_id: conversationId })
      .orderBy('seq');
    return rows.map(toMessage);
  }
}
