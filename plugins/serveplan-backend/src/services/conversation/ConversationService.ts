/**
 * Conversations: the first request becomes an intent and a plan (or one clarifying question);
 * each follow-up refines the same intent and re-plans. Every turn is stored atomically
 * (messages, plan, conversation), so a conversation survives restarts.
 */
import crypto from 'node:crypto';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  Intent,
  KnowledgeBase,
  PlanResult,
} from '@serveplan/plugin-serveplan-common';
import {
  serveplanDatabaseServiceRef,
  ServeplanDatabase,
} from '../../database/ServeplanDatabase';
import {
  MessagePayload,
  StoredConversation,
  StoredMessage,
} from '../../database/ConversationStore';
import { StoredPlan } from '../../database/PlanStore';
import { isUniqueViolation } from '../../database/errors';
import { IntentProviderName } from '../../config';
import { principalRef } from '../access';
import {
  knowledgeBaseServiceRef,
  KnowledgeBaseService,
} from '../kb/KnowledgeBaseService';
import { intentServiceRef, IntentService } from '../intent/IntentService';
import {
  MAX_OVERRIDES,
  planServiceRef,
  PlanService,
} from '../plan/PlanService';
import { resolveTop } from '../plan/top';
import { replyText } from './reply';

export interface MessageInput {
  text: string;
  overrides?: string[];
  top?: number;
}

/** A first message, maybe correcting an earlier first message that was rejected. */
export interface NewConversationInput extends MessageInput {
  /** The text of a first message rejected for what it says, which `text` corrects. */
  corrects?: string;
}

export type ConversationView = Omit<StoredConversation, 'intent'>;

export interface MessageView extends Omit<StoredMessage, 'payload'> {
  changes: string[];
  question: string | null;
  notices: string[];
  provider: IntentProviderName | null;
  overrides: string[];
}

export interface ConversationTurn {
  conversation: ConversationView;
  messages: MessageView[];
  intent: Intent;
  changes: string[];
  question: string | null;
  notices: string[];
  provider: IntentProviderName;
  plan: StoredPlan | null;
}

export interface ConversationDetail {
  conversation: ConversationView;
  messages: MessageView[];
  intent: Intent;
  plan: StoredPlan | null;
}

export function toConversationView(c: StoredConversation): ConversationView {
  const { intent: _intent, ...view } = c;
  return view;
}

export function toMessageView(m: StoredMessage): MessageView {
  const { payload, ...rest } = m;
  return {
    ...rest,
    changes: payload.changes,
    question: payload.question,
    notices: payload.notices,
    provider: payload.provider,
    overrides: payload.overrides,
  };
}

function titleOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

export class ConversationService {
  readonly #db: ServeplanDatabase;
  readonly #kb: KnowledgeBaseService;
  readonly #intent: IntentService;
  readonly #plans: PlanService;
  readonly #logger: LoggerService;

  static create(options: {
    logger: LoggerService;
    db: ServeplanDatabase;
    kb: KnowledgeBaseService;
    intent: IntentService;
    plans: PlanService;
  }): ConversationService {
    return new ConversationService(options);
  }

  private constructor(options: {
    logger: LoggerService;
    db: ServeplanDatabase;
    kb: KnowledgeBaseService;
    intent: IntentService;
    plans: PlanService;
  }) {
    this.#db = options.db;
    this.#kb = options.kb;
    this.#intent = options.intent;
    this.#plans = options.plans;
    this.#logger = options.logger;
  }

  async create(
    input: NewConversationInput,
    options: { credentials: BackstageCredentials },
  ): Promise<ConversationTurn> {
    await this.#plans.authorizeCreate(options.credentials);
    const { overrides, top } = this.#checkInput(input);
    if (input.corrects !== undefined && typeof input.corrects !== 'string')
      throw new InputError('corrects must be a string');
    const { kb } = await this.#kb.current();
    const corrected =
      input.corrects !== undefined
        ? await this.#intent.correct(input.corrects, input.text, kb)
        : undefined;
    const reading = corrected ?? {
      ...(await this.#intent.extract(input.text, kb)),
      changes: [],
    };
    const outcome = await this.#plan(kb, reading.intent, overrides, top);

    const now = new Date().toISOString();
    const owner = principalRef(options.credentials);
    // the rejected first message and why, kept as the conversation's first turn
    const earlier =
      input.corrects !== undefined
        ? {
            text: input.corrects,
            reply: corrected?.rejection
              ? `Not planned: ${corrected.rejection}.`
              : 'Read with the message after it.',
          }
        : undefined;
    const conversation: StoredConversation = {
      id: crypto.randomUUID(),
      created_by: owner,
      title: titleOf(earlier?.text ?? input.text),
      intent: reading.intent,
      question: outcome.question,
      latest_plan_id: null,
      message_count: earlier ? 4 : 2,
      created_at: now,
      updated_at: now,
    };
    const plan = outcome.result
      ? this.#planRecord(
          kb,
          conversation.id,
          owner,
          input.text,
          overrides,
          reading.intent,
          outcome.result,
          now,
        )
      : null;
    conversation.latest_plan_id = plan?.id ?? null;
    const messages = [
      ...(earlier
        ? this.#rejectedTurn(conversation.id, earlier, overrides, now)
        : []),
      ...this.#messages(conversation.id, earlier ? 3 : 1, input, {
        intent: reading.intent,
        changes: reading.changes,
        question: outcome.question,
        notices: reading.notices,
        provider: reading.provider,
        overrides,
        plan,
        now,
      }),
    ];
    await this.#db.transaction(async stores => {
      await stores.conversations.insert(conversation);
      if (plan) await stores.plans.insert(plan);
      await stores.conversations.insertMessages(messages);
    });
    this.#logger.info(
      `conversation ${conversation.id} started by ${owner}${
        plan ? `, plan ${plan.id}` : ', asked a question'
      }`,
    );
    return {
      conversation: toConversationView(conversation),
      messages: messages.map(toMessageView),
      intent: reading.intent,
      changes: reading.changes,
      question: outcome.question,
      notices: reading.notices,
      provider: reading.provider,
      plan,
    };
  }

  async postMessage(
    id: string,
    input: MessageInput,
    options: { credentials: BackstageCredentials },
  ): Promise<ConversationTurn> {
    const conversation = await this.#owned(id, options.credentials);
    await this.#plans.authorizeCreate(options.credentials);
    const { overrides, top } = this.#checkInput(input);
    const { kb } = await this.#kb.current();
    const history = (await this.#db.conversations.listMessages(id))
      .filter(m => m.role === 'user')
      .map(m => m.text);
    const refined = await this.#intent.refine(
      conversation.intent,
      history,
      input.text,
      kb,
    );
    const outcome = await this.#plan(kb, refined.intent, overrides, top);

    const now = new Date().toISOString();
    const plan = outcome.result
      ? this.#planRecord(
          kb,
          id,
          conversation.created_by,
          input.text,
          overrides,
          refined.intent,
          outcome.result,
          now,
        )
      : null;
    const messages = this.#messages(id, conversation.message_count + 1, input, {
      intent: refined.intent,
      changes: refined.changes,
      question: outcome.question,
      notices: refined.notices,
      provider: refined.provider,
      overrides,
      plan,
      now,
    });
    const updated: StoredConversation = {
      ...conversation,
      intent: refined.intent,
      question: outcome.question,
      latest_plan_id: plan?.id ?? conversation.latest_plan_id,
      message_count: conversation.message_count + 2,
      updated_at: now,
    };
    try {
      await this.#db.transaction(async stores => {
        if (plan) await stores.plans.insert(plan);
        await stores.conversations.insertMessages(messages);
        if (
          !(await stores.conversations.update(
            id,
            conversation.message_count,
            updated,
          ))
        )
          throw new ConflictError('moved on');
      });
    } catch (e) {
      if (e instanceof ConflictError || isUniqueViolation(e)) {
        throw new ConflictError(
          'the conversation changed while this message was being answered; send the message again',
        );
      }
      throw e;
    }
    return {
      conversation: toConversationView(updated),
      messages: messages.map(toMessageView),
      intent: refined.intent,
      changes: refined.changes,
      question: outcome.question,
      notices: refined.notices,
      provider: refined.provider,
      plan,
    };
  }

  async get(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<ConversationDetail> {
    const conversation = await this.#owned(id, options.credentials);
    const messages = await this.#db.conversations.listMessages(id);
    const plan = conversation.latest_plan_id
      ? (await this.#db.plans.get(conversation.latest_plan_id)) ?? null
      : null;
    return {
      conversation: toConversationView(conversation),
      messages: messages.map(toMessageView),
      intent: conversation.intent,
      plan,
    };
  }

  async list(options: {
    credentials: BackstageCredentials;
    limit: number;
    offset: number;
  }): Promise<{ items: ConversationView[]; total: number }> {
    const { items, total } = await this.#db.conversations.listByCreator(
      principalRef(options.credentials),
      options.limit,
      options.offset,
    );
    return { items: items.map(toConversationView), total };
  }

  /** The caller's conversation; someone else's is "not found" (its existence is not disclosed). */
  async #owned(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<StoredConversation> {
    const conversation = await this.#db.conversations.get(id);
    if (!conversation || conversation.created_by !== principalRef(credentials))
      throw new NotFoundError(`no conversation ${id}`);
    return conversation;
  }

  #checkInput(input: MessageInput): { overrides: string[]; top: number } {
    if (typeof input.text !== 'string')
      throw new InputError('text must be a string');
    const overrides = input.overrides ?? [];
    if (overrides.length > MAX_OVERRIDES)
      throw new InputError(
        `at most ${MAX_OVERRIDES} overrides, got ${overrides.length}`,
      );
    const top = resolveTop(input.top, this.#plans.defaultTop);
    return { overrides, top };
  }

  /** One clarifying question instead of a silent plan; overrides may settle it. */
  async #plan(
    kb: KnowledgeBase,
    intent: Intent,
    overrides: string[],
    top: number,
  ): Promise<{ question: string | null; result: PlanResult | null }> {
    if (intent.question && overrides.length === 0)
      return { question: intent.question, result: null };
    return {
      question: null,
      result: await this.#plans.planIntent(kb, intent, overrides, top),
    };
  }

  #planRecord(
    kb: KnowledgeBase,
    conversationId: string,
    owner: string,
    text: string,
    overrides: string[],
    intent: Intent,
    result: PlanResult,
    now: string,
  ): StoredPlan {
    return {
      id: crypto.randomUUID(),
      created_at: now,
      created_by: owner,
      conversation_id: conversationId,
      kb_version: kb.version,
      input_kind: 'conversation',
      text,
      overrides,
      intent,
      result,
    };
  }

  /** The first turn of a conversation begun by correcting it: the rejected message and why. */
  #rejectedTurn(
    conversationId: string,
    earlier: { text: string; reply: string },
    overrides: string[],
    now: string,
  ): StoredMessage[] {
    const payload = {
      intent: null,
      changes: [],
      question: null,
      notices: [],
      provider: null,
      overrides,
    };
    return [
      {
        id: crypto.randomUUID(),
        conversation_id: conversationId,
        seq: 1,
        role: 'user',
        text: earlier.text,
        plan_id: null,
        payload,
        created_at: now,
      },
      {
        id: crypto.randomUUID(),
        conversation_id: conversationId,
        seq: 2,
        role: 'assistant',
        text: earlier.reply,
        plan_id: null,
        payload,
        created_at: now,
      },
    ];
  }

  #messages(
    conversationId: string,
    seq: number,
    input: MessageInput,
    turn: Omit<MessagePayload, 'intent'> & {
      intent: Intent;
      plan: StoredPlan | null;
      now: string;
    },
  ): StoredMessage[] {
    const user: StoredMessage = {
      id: crypto.randomUUID(),
      conversation_id: conversationId,
      seq,
      role: 'user',
      text: input.text,
      plan_id: null,
      payload: {
        intent: null,
        changes: [],
        question: null,
        notices: [],
        provider: null,
        overrides: turn.overrides,
      },
      created_at: turn.now,
    };
    const assistant: StoredMessage = {
      id: crypto.randomUUID(),
      conversation_id: conversationId,
      seq: seq + 1,
      role: 'assistant',
      text: replyText({
        question: turn.question,
        changes: turn.changes,
        result: turn.plan?.result ?? null,
        notices: turn.notices,
      }),
      plan_id: turn.plan?.id ?? null,
      payload: {
        intent: turn.intent,
        changes: turn.changes,
        question: turn.question,
        notices: turn.notices,
        provider: turn.provider,
        overrides: [],
      },
      created_at: turn.now,
    };
    return [user, assistant];
  }
}

export const conversationServiceRef = createServiceRef<ConversationService>({
  id: 'serveplan.conversations',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        logger: coreServices.logger,
        db: serveplanDatabaseServiceRef,
        kb: knowledgeBaseServiceRef,
        intent: intentServiceRef,
        plans: planServiceRef,
      },
      async factory({ logger, db, kb, intent, plans }) {
        return ConversationService.create({ logger, db, kb, intent, plans });
      },
    }),
});
