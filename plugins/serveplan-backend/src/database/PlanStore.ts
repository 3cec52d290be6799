/** Persisted plans: the planner's result with who asked, from what, and the kb version. */
import { Knex } from 'knex';
import {
  Intent,
  PlanResult,
  UseCaseId,
} from '@serveplan/plugin-serveplan-common';
import { fromJson, fromJsonOrNull, toCount, toIso } from './rows';

export type PlanInputKind = 'text' | 'intent' | 'spec' | 'conversation';

export interface PlanBest {
  model: string;
  gpu: string;
  tp: number;
  precision: string;
  replicas: number;
  monthly_cost_usd: number;
}

export interface StoredPlan {
  id: string;
  created_at: string;
  created_by: string;
  conversation_id: string | null;
  kb_version: string;
  input_kind: PlanInputKind;
  text: string | null;
  overrides: string[];
  intent: Intent | null;
  result: PlanResult;
}

export interface PlanSummary {
  id: string;
  created_at: string;
  created_by: string;
  conversation_id: string | null;
  kb_version: string;
  input_kind: PlanInputKind;
  use_case: UseCaseId;
  best: PlanBest | null;
}

export function bestOf(result: PlanResult): PlanBest | null {
  const r = result.recommendations[0];
  return r
    ? {
        model: r.model,
        gpu: r.gpu,
        tp: r.tp,
        precision: r.precision,
        replicas: r.replicas,
        monthly_cost_usd: r.monthly_cost_usd,
      }
    : null;
}

function toPlan(r: Record<string, unknown>): StoredPlan {
  return {
    id: String(r.id),
    created_at: toIso(r.created_at),
    created_by: String(r.created_by),
    conversation_id: (r.conversation_id ?? null) as string | null,
    kb_version: String(r.kb_version),
    input_kind: r.input_kind as PlanInputKind,
    text: (r.text ?? null) as string | null,
    overrides: fromJson<string[]>(r.overrides),
    intent: fromJsonOrNull<Intent>(r.intent),
    result: fromJson<PlanResult>(r.result),
  };
}

function toSummary(r: Record<string, unknown>): PlanSummary {
  return {
    id: String(r.id),
    created_at: toIso(r.created_at),
    created_by: String(r.created_by),
    conversation_id: (r.conversation_id ?? null) as string | null,
    kb_version: String(r.kb_version),
    input_kind: r.input_kind as PlanInputKind,
    use_case: r.use_case as UseCaseId,
    best: fromJsonOrNull<PlanBest>(r.best),
  };
}

export class PlanStore {
  constructor(private readonly knex: Knex) {}

  async insert(plan: StoredPlan): Promise<void> {
    await this.knex('plans').insert({
      id: plan.id,
      created_at: new Date(plan.created_at),
      created_by: plan.created_by,
      conversation_id: plan.conversation_id,
      kb_version: plan.kb_version,
      input_kind: plan.input_kind,
      use_case: plan.result.spec.use_case,
      text: plan.text,
      overrides: JSON.stringify(plan.overrides),
      intent: plan.intent ? JSON.stringify(plan.intent) : null,
      best: JSON.stringify(bestOf(plan.result)),
      result: JSON.stringify(plan.result),
    });
  }

  async get(id: string): Promise<StoredPlan | undefined> {
    const row = await this.knex('plans').where({ id }).first();
    return row ? toPlan(row) : undefined;
  }

  async listByCreator(
    createdBy: string,
    limit: number,
    offset: number,
  ): Promise<{ items: PlanSummary[]; total: number }> {
    const total = toCount(
      await this.knex('plans')
        .where({ created_by: createdBy })
        .count({ n: '*' })
        .first(),
    );
    const rows = await this.knex('plans')
      .where({ created_by: createdBy })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit)
      .offset(offset)
      .select(
        'id',
        'created_at',
        'created_by',
        'conversation_id',
        'kb_version',
        'input_kind',
        'use_case',
        'best',
      );
    return { items: rows.map(toSummary), total };
  }
}
