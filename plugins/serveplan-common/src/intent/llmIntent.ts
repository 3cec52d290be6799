/**
 * The language-model path's pure half (no network here): the schema an LLM fills through
 * structured output, the validation and normalisation of what it returns, and the merge with the
 * rule-based intent. The backend calls Ollama or an OpenAI-compatible endpoint with
 * `llmIntentJsonSchema` as the response format, passes the reply to `parseLlmIntent` (retrying
 * with the returned errors on failure) and combines the result with `mergeIntents`.
 *
 * Merge policy (mergeIntents):
 * - Numbers (users, rates, budget, token lengths, batch sizes, latency targets, percentile, GPU
 *   count): the rules win whenever they found one, stated or inferred: they are read from the
 *   words by a tested parser ("5k" is 5000), while a model may misread or invent. The LLM fills
 *   only numbers the rules left empty, marked `inferred` with a note.
 * - Use case and priorities: the rules win when the words stated them; otherwise (a default or
 *   a weak reading) the LLM's reading wins, marked `inferred`.
 * - Exclusions (models, GPUs) add up; preferred models and allowed GPUs come from the rules when
 *   they named any, else from the LLM; anything excluded leaves the preferred lists.
 * - Licence flags: either side saying so sets them; allowed licences from the rules, else the LLM.
 * - A follow-up's explicit changes, as the rules read them (`ruleChanges`: "any GPU is fine",
 *   "Llama is fine after all", "now 5000 users"), stand: the LLM neither overrides nor adds to
 *   those fields, so it cannot bring back a restriction the user just lifted.
 * - Assumptions: both, the LLM's marked as such. Question: a contradiction in the merged intent
 *   first, then the rules' own question when it was not about a missing fact the LLM supplied,
 *   then what is still missing, then the LLM's question.
 */
import { z } from 'zod';
import { useCaseIds, useCaseIdSchema, UseCaseId } from '../kb/schema';
import {
  FieldSource,
  Intent,
  IntentField,
  IntentFields,
  intentFieldLabels,
  latencyMetricSchema,
  LatencyMetric,
  LatencyTarget,
  prioritySchema,
  Priority,
  usersKindSchema,
} from './intentSchema';
import { parseQuantity } from './numbers';
import { readUseCase } from './useCase';
import {
  compactName,
  IntentKnowledge,
  intentVocabulary,
  IntentVocabulary,
} from './vocabulary';
import { closestNames } from '../kb/names';
import { boundsErrors, contradictions, missingQuestion } from './clarify';
import { IntentOptions } from './ruleBasedIntent';

const n = () => z.number().positive().nullable();

/** What a language model fills: every field of an intent (null or empty when the text says nothing). */
export const llmIntentSchema = z.strictObject({
  use_case: useCaseIdSchema
    .nullable()
    .describe(`one of ${useCaseIds.join(', ')}; null if unclear`),
  users: n().describe(
    'number of users as a plain number (5k = 5000); null if not stated',
  ),
  users_kind: usersKindSchema
    .nullable()
    .describe('what users counts; null if not stated'),
  active_share: z
    .number()
    .gt(0)
    .lte(1)
    .nullable()
    .describe('share of users active per day, if stated'),
  requests_per_s: n().describe(
    'requests per second, converted from per minute/hour/day; null unless a rate is stated',
  ),
  requests_per_s_basis: z.enum(['peak', 'average']).nullable(),
  requests_per_user_per_day: n(),
  batch_requests: n().describe('requests in one offline batch'),
  batch_window_hours: n(),
  latency_priority: prioritySchema.nullable(),
  cost_priority: prioritySchema.nullable(),
  quality_priority: prioritySchema.nullable(),
  budget_usd_per_month: n().describe('monthly budget in USD (yearly / 12)'),
  max_input_tokens: n().describe('longest input/context needed, tokens'),
  input_tokens: n().describe('typical prompt length, tokens'),
  output_tokens: n().describe('typical response length, tokens'),
  latency_targets: z
    .array(
      z.strictObject({
        metric: latencyMetricSchema.describe(
          'ttft = time to first token, itl = between tokens, e2e = whole response',
        ),
        ms: z.number().positive(),
        percentile: z.number().gt(0).lt(100).nullable(),
      }),
    )
    .describe('latency targets stated in the text'),
  slo_percentile: z.number().gt(0).lt(100).nullable(),
  preferred_models: z
    .array(z.string())
    .describe('model names the text asks for'),
  only_preferred_models: z.boolean(),
  excluded_models: z
    .array(z.string())
    .describe('model names or families the text rules out'),
  allowed_gpus: z
    .array(z.string())
    .describe('GPU names the deployment may use'),
  excluded_gpus: z.array(z.string()),
  max_gpus: n(),
  open_source_only: z.boolean(),
  commercial_use_required: z.boolean(),
  allowed_licenses: z
    .array(z.string())
    .describe('licence ids such as apache-2.0, mit'),
  assumptions: z.array(z.string()).describe('every guess made'),
  question: z
    .string()
    .nullable()
    .describe(
      'one clarifying question if something decisive is missing or contradictory',
    ),
});
export type LlmIntent = z.infer<typeof llmIntentSchema>;

/** JSON Schema for structured output (Ollama `format`, OpenAI `response_format.json_schema.schema`). */
export const llmIntentJsonSchema = z.toJSONSchema(llmIntentSchema);

/** Instructions to send with the schema. */
export const LLM_INTENT_INSTRUCTIONS = [
  'Extract the deployment requirements of an LLM serving request into the JSON schema.',
  'Write numbers as plain numbers: "5k" is 5000, "1.2M" is 1200000, "$3k/month" is 3000.',
  'Convert rates to requests per second and budgets to USD per month.',
  'Use null (or an empty list / false) for anything the text does not say; never invent numbers.',
  'List every guess in assumptions. Ask one question only when something decisive is missing or contradictory.',
].join(' ');

export type ParsedLlmIntent =
  | { ok: true; intent: Partial<LlmIntent>; notices: string[] }
  | { ok: false; errors: string[] };

function stripToJson(raw: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(raw);
  const body = fenced ? fenced[1] : raw;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  return start >= 0 && end > start ? body.slice(start, end + 1) : body.trim();
}

const PRIORITY_WORDS: Record<string, Priority> = {
  low: 'low',
  minor: 'low',
  none: 'low',
  medium: 'medium',
  moderate: 'medium',
  normal: 'medium',
  high: 'high',
  critical: 'high',
  'very high': 'high',
  important: 'high',
};

const METRIC_WORDS: Record<string, LatencyMetric> = {
  ttft: 'ttft',
  time_to_first_token: 'ttft',
  first_token: 'ttft',
  itl: 'itl',
  tpot: 'itl',
  inter_token: 'itl',
  inter_token_latency: 'itl',
  e2e: 'e2e',
  end_to_end: 'e2e',
  e2e_latency: 'e2e',
  response_time: 'e2e',
  total: 'e2e',
};

const NUMBER_FIELDS: IntentField[] = [
  'users',
  'active_share',
  'requests_per_s',
  'requests_per_user_per_day',
  'batch_requests',
  'batch_window_hours',
  'budget_usd_per_month',
  'max_input_tokens',
  'input_tokens',
  'output_tokens',
  'slo_percentile',
  'max_gpus',
];

function asNumber(v: unknown): unknown {
  if (typeof v === 'string') {
    const cleaned = v
      .replace(/^\s*(?:\$|usd)\s*/i, '')
      .replace(/\s*(?:usd|dollars?|tokens?|users?|ms)\s*$/i, '');
    const q = parseQuantity(cleaned.replace(/^p(?=\d)/i, ''));
    return q ?? v;
  }
  return v;
}

function resolveNames(
  names: unknown,
  kind: 'model' | 'gpu',
  vocabulary: IntentVocabulary | undefined,
  notices: string[],
): unknown {
  if (!Array.isArray(names) || !vocabulary) return names;
  const out: string[] = [];
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const c = compactName(name);
    const short = compactName(name.split('/').pop() ?? name);
    const ids =
      kind === 'model'
        ? [vocabulary.modelNames.get(c) ?? vocabulary.modelNames.get(short)]
            .filter((x): x is string => !!x)
            .concat(
              vocabulary.modelNames.has(c) || vocabulary.modelNames.has(short)
                ? []
                : vocabulary.families.get(c) ??
                    vocabulary.brands.get(c.replace(/s$/, '')) ??
                    [],
            )
        : [
            vocabulary.gpuNames.get(c) ??
              vocabulary.gpuNames.get(c.replace(/s$/, '')),
          ]
            .filter((x): x is string => !!x)
            .concat(
              vocabulary.gpuNames.has(c) ||
                vocabulary.gpuNames.has(c.replace(/s$/, ''))
                ? []
                : vocabulary.gpuGroups.get(c) ?? [],
            );
    if (ids.length === 0) {
      const candidates =
        kind === 'model'
          ? vocabulary.allModelNames
          : vocabulary.gpus.map(g => g.id);
      const close = closestNames(name, candidates);
      notices.push(
        `the language model named ${
          kind === 'model' ? 'a model' : 'a GPU'
        } "${name}" that is not in the knowledge base; dropped${
          close.length ? ` (close: ${close.join(', ')})` : ''
        }`,
      );
      continue;
    }
    for (const id of ids) if (!out.includes(id)) out.push(id);
  }
  return out;
}

function normaliseUseCase(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const id = v
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((useCaseIds as readonly string[]).includes(id)) return id;
  return readUseCase(v.toLowerCase())?.useCase ?? v;
}

function normaliseTargets(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.map(t => {
    if (!t || typeof t !== 'object') return t;
    const o = t as Record<string, unknown>;
    const metricWord =
      typeof o.metric === 'string'
        ? o.metric
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_')
        : o.metric;
    const metric =
      typeof metricWord === 'string'
        ? METRIC_WORDS[metricWord] ?? metricWord
        : metricWord;
    let ms = asNumber(o.ms ?? o.value_ms ?? o.milliseconds);
    if (ms === undefined && o.seconds !== undefined) {
      const s = asNumber(o.seconds);
      ms = typeof s === 'number' ? s * 1000 : s;
    }
    const percentile =
      o.percentile === undefined ? null : asNumber(o.percentile);
    return { metric, ms, percentile };
  });
}

/**
 * Validates and normalises what a language model returned (a JSON string, fenced or not, or an
 * object): numbers written as "5k" become 5000, "High" becomes high, model and GPU names become
 * knowledge-base ids (unknown ones are dropped with a notice), then the schema and the ranges are
 * checked. On failure the errors name each field, ready to send back to the model for a retry.
 */
export function parseLlmIntent(
  raw: unknown,
  options: IntentOptions = {},
): ParsedLlmIntent {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    if (!raw.trim())
      return {
        ok: false,
        errors: ['the language model returned an empty reply'],
      };
    try {
      value = JSON.parse(stripToJson(raw));
    } catch (e) {
      return {
        ok: false,
        errors: [`the reply is not JSON: ${(e as Error).message}`],
      };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      errors: ['the reply must be one JSON object with the intent fields'],
    };
  }
  const vocabulary = options.knowledgeBase
    ? intentVocabulary(options.knowledgeBase)
    : undefined;
  const notices: string[] = [];
  const o: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const f of NUMBER_FIELDS) if (f in o) o[f] = asNumber(o[f]);
  for (const f of ['latency_priority', 'cost_priority', 'quality_priority']) {
    if (typeof o[f] === 'string')
      o[f] = PRIORITY_WORDS[(o[f] as string).trim().toLowerCase()] ?? o[f];
  }
  if ('use_case' in o) o.use_case = normaliseUseCase(o.use_case);
  if ('latency_targets' in o)
    o.latency_targets = normaliseTargets(o.latency_targets);
  for (const f of ['preferred_models', 'excluded_models'])
    if (f in o) o[f] = resolveNames(o[f], 'model', vocabulary, notices);
  for (const f of ['allowed_gpus', 'excluded_gpus'])
    if (f in o) o[f] = resolveNames(o[f], 'gpu', vocabulary, notices);
  if (Array.isArray(o.allowed_licenses)) {
    o.allowed_licenses = o.allowed_licenses.map(l =>
      typeof l === 'string'
        ? l
            .trim()
            .toLowerCase()
            .replace(
              /^apache(?:[\s-]?(?:license[\s-]?)?2(?:\.0)?)?$/,
              'apache-2.0',
            )
        : l,
    );
  }
  for (const f of ['users_kind', 'requests_per_s_basis']) {
    if (typeof o[f] === 'string')
      o[f] = (o[f] as string)
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
  }
  const parsed = llmIntentSchema.partial().safeParse(o);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        i => `${i.path.length ? i.path.join('.') : 'reply'}: ${i.message}`,
      ),
    };
  }
  const intent = parsed.data;
  const bounds = boundsErrors(intent as Partial<IntentFields>);
  if (bounds.length > 0)
    return { ok: false, errors: bounds.map(b => `${b.field}: ${b.message}`) };
  return { ok: true, intent, notices };
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** Combines the rule-based intent with a parsed LLM intent under the policy in this file's header. */
export function mergeIntents(
  ruleBased: Intent,
  llm: Partial<LlmIntent>,
  options: IntentOptions & {
    text?: string;
    notices?: string[];
    /** Fields a follow-up changed, as the rules read it: they keep the rules' value. */
    ruleChanges?: readonly IntentField[];
  } = {},
): Intent {
  const fields = { ...ruleBased } as Intent;
  const kept = new Set<IntentField>(options.ruleChanges ?? []);
  const source: Intent['source'] = { ...ruleBased.source };
  const notes: Intent['notes'] = { ...ruleBased.notes };
  const fromLlm = (field: IntentField, value: unknown) => {
    if (kept.has(field)) return;
    (fields as unknown as Record<string, unknown>)[field] = value;
    source[field] = 'inferred' as FieldSource;
    notes[
      field
    ] = `${intentFieldLabels[field]} from the language model's reading`;
  };
  const hasRuleValue = (field: IntentField) => {
    const v = (ruleBased as unknown as Record<string, unknown>)[field];
    return (
      v !== null &&
      v !== undefined &&
      !(Array.isArray(v) && v.length === 0) &&
      source[field] !== 'default'
    );
  };

  for (const field of [
    ...NUMBER_FIELDS,
    'users_kind',
    'requests_per_s_basis',
  ] as IntentField[]) {
    const v = llm[field as keyof LlmIntent];
    if (v === null || v === undefined) continue;
    if (!hasRuleValue(field))
      fromLlm(
        field,
        field.endsWith('tokens') || field === 'users' || field === 'max_gpus'
          ? Math.round(v as number)
          : v,
      );
  }
  if (
    llm.latency_targets &&
    llm.latency_targets.length > 0 &&
    ruleBased.latency_targets.length === 0
  ) {
    fromLlm('latency_targets', llm.latency_targets as LatencyTarget[]);
  }
  if (llm.use_case && source.use_case !== 'stated')
    fromLlm('use_case', llm.use_case as UseCaseId);
  for (const field of [
    'latency_priority',
    'cost_priority',
    'quality_priority',
  ] as const) {
    const v = llm[field];
    if (v && source[field] !== 'stated') fromLlm(field, v);
  }
  for (const field of ['excluded_models', 'excluded_gpus'] as const) {
    if (kept.has(field)) continue;
    const extra = (llm[field] ?? []).filter(id => !fields[field].includes(id));
    if (extra.length > 0) {
      fields[field] = uniq([...fields[field], ...extra]);
      source[field] = source[field] ?? 'inferred';
    }
  }
  for (const field of [
    'preferred_models',
    'allowed_gpus',
    'allowed_licenses',
  ] as const) {
    const v = llm[field];
    if (v && v.length > 0 && fields[field].length === 0) fromLlm(field, v);
  }
  fields.preferred_models = fields.preferred_models.filter(
    id => !fields.excluded_models.includes(id),
  );
  fields.allowed_gpus = fields.allowed_gpus.filter(
    id => !fields.excluded_gpus.includes(id),
  );
  for (const field of [
    'only_preferred_models',
    'open_source_only',
    'commercial_use_required',
  ] as const) {
    if (llm[field] && !fields[field]) fromLlm(field, true);
  }

  const vocabulary = options.knowledgeBase
    ? intentVocabulary(options.knowledgeBase as IntentKnowledge)
    : undefined;
  const merged: Intent = {
    ...fields,
    source,
    notes,
    assumptions: [],
    question: null,
  };
  const ruleMissing = missingQuestion(
    ruleBased,
    ruleBased.source,
    1,
    options.text ?? '',
  );
  const ruleOwn =
    ruleBased.question && ruleBased.question !== ruleMissing
      ? ruleBased.question
      : null;
  merged.question =
    contradictions(merged, vocabulary, { source })[0]?.message ??
    ruleOwn ??
    missingQuestion(merged, source, 1, options.text ?? '') ??
    llm.question ??
    null;
  merged.assumptions = uniq([
    ...ruleBased.assumptions.filter(
      a =>
        !/not stated/.test(a) ||
        Object.entries(source).some(
          ([f, s]) =>
            s === 'default' &&
            a.startsWith(intentFieldLabels[f as IntentField]),
        ),
    ),
    ...Object.entries(notes)
      .filter(
        ([f]) =>
          source[f as IntentField] === 'inferred' &&
          !ruleBased.notes[f as IntentField],
      )
      .map(([, note]) => note as string),
    ...(llm.assumptions ?? []).map(a => `language model: ${a}`),
    ...(options.notices ?? []),
  ]);
  return merged;
}
