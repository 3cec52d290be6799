/**
 * Bodies the backend would send, made by the real engines of serveplan-common over the real
 * knowledge base (so the page is tested on real plans, not hand-written numbers). Plans are
 * cached per input: the planner takes about a second.
 */
import {
  buildSpec,
  extractIntent,
  Intent,
  plan,
  PlanResult,
  refineIntent,
  specInputFromIntent,
} from '@serveplan/plugin-serveplan-common';
import type {
  ConversationDetail,
  ConversationTurn,
  Message,
  Plan,
} from '../schema/openapi';
import { realKnowledgeBase } from './knowledgeBase';

export const CONVERSATION_ID = '3f0b8a52-6a8e-4c39-9a55-1f8c1d5e4a01';
const NOW = '2026-11-27T10:00:00.000Z';

let planCounter = 0;
const planCache = new Map<string, PlanResult>();

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function intentFor(text: string, followUps: string[] = []): Intent {
  const kb = realKnowledgeBase();
  let intent = extractIntent(text, { knowledgeBase: kb });
  for (const f of followUps)
    intent = refineIntent(intent, f, { knowledgeBase: kb }).intent;
  return intent;
}

export function planResultFor(intent: Intent): PlanResult {
  const key = JSON.stringify(intent);
  let result = planCache.get(key);
  if (!result) {
    const kb = realKnowledgeBase();
    const { input } = specInputFromIntent(intent);
    const spec = buildSpec(kb, input);
    spec.assumptions.unshift(...intent.assumptions);
    result = plan(kb, spec, { top: 5, finalists: 8, requests: 300 });
    planCache.set(key, result);
  }
  return result;
}

export function planFor(
  intent: Intent,
  options: { conversationId?: string | null; kind?: Plan['input_kind'] } = {},
): Plan {
  planCounter += 1;
  return {
    id: uuid(1000 + planCounter),
    created_at: NOW,
    created_by: 'user:default/guest',
    conversation_id:
      options.conversationId === undefined
        ? CONVERSATION_ID
        : options.conversationId,
    kb_version: realKnowledgeBase().version,
    input_kind: options.kind ?? 'conversation',
    text: null,
    overrides: [],
    intent,
    result: planResultFor(intent),
  };
}

function message(
  seq: number,
  role: 'user' | 'assistant',
  text: string,
  extra: Partial<Message> = {},
): Message {
  return {
    id: uuid(seq),
    conversation_id: CONVERSATION_ID,
    seq,
    role,
    text,
    created_at: NOW,
    changes: [],
    question: null,
    plan_id: null,
    notices: [],
    provider: role === 'assistant' ? 'rules' : null,
    overrides: [],
    ...extra,
  };
}

/** A first turn (POST /conversations) or a follow-up (POST …/messages), with a plan unless a question is asked. */
export function turnFor(options: {
  texts: string[];
  question?: string | null;
  changes?: string[];
}): ConversationTurn {
  const [first, ...rest] = options.texts;
  const intent = {
    ...intentFor(first, rest),
    question: options.question ?? null,
  };
  const p = options.question ? null : planFor(intent);
  const seq = options.texts.length * 2 - 1;
  const best = p?.result.recommendations[0];
  const reply =
    options.question ??
    (best
      ? `Best: ${best.model_name} on ${best.gpus_total} × ${best.gpu}.`
      : 'No configuration meets the requirements.');
  return {
    conversation: {
      id: CONVERSATION_ID,
      title: first,
      created_by: 'user:default/guest',
      created_at: NOW,
      updated_at: NOW,
      question: options.question ?? null,
      latest_plan_id: p?.id ?? null,
      message_count: seq + 1,
    },
    messages: [
      message(seq, 'user', options.texts[options.texts.length - 1]),
      message(seq + 1, 'assistant', reply, {
        plan_id: p?.id ?? null,
        question: options.question ?? null,
        changes: options.changes ?? [],
      }),
    ],
    intent,
    changes: options.changes ?? [],
    question: options.question ?? null,
    notices: [],
    provider: 'rules',
    plan: p,
  };
}

/** GET /conversations/{id} after the given turns. */
export function detailOf(turns: ConversationTurn[]): ConversationDetail {
  const last = turns[turns.length - 1];
  const latest = [...turns].reverse().find(t => t.plan)?.plan ?? null;
  return {
    conversation: { ...last.conversation, latest_plan_id: latest?.id ?? null },
    messages: turns.flatMap(t => t.messages),
    intent: last.intent,
    plan: latest,
  };
}

export const CHATBOT =
  'a support chatbot for 1000 users, low latency is critical, budget $3k/month';
