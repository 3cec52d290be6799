/**
 * The editable summary of what the assistant understood. Edits become a follow-up in words
 * ("p95 TTFT under 250 ms, budget $5,000/month") — the same channel as typing — so they enter
 * the conversation's intent on the backend and stay for later turns. The phrases are ones the
 * intent engine reads (checked by intentEdits.test.ts against the real engine).
 */
import type { Intent } from '../../schema/openapi';

export type Priority = 'low' | 'medium' | 'high';

export const USE_CASES: Array<{
  id: Intent['use_case'];
  label: string;
  words: string;
}> = [
  { id: 'chatbot', label: 'Chatbot / assistant', words: 'chatbot' },
  { id: 'code_completion', label: 'Code completion', words: 'code completion' },
  { id: 'code_generation', label: 'Code generation', words: 'code generation' },
  { id: 'rag', label: 'RAG (retrieval-augmented)', words: 'RAG' },
  { id: 'summarization', label: 'Summarization', words: 'summarization' },
  {
    id: 'long_document_analysis',
    label: 'Long document analysis',
    words: 'long document analysis',
  },
  { id: 'translation', label: 'Translation', words: 'translation' },
  {
    id: 'content_generation',
    label: 'Content generation',
    words: 'content generation',
  },
  {
    id: 'batch_processing',
    label: 'Batch processing',
    words: 'batch processing',
  },
  { id: 'agent', label: 'Agent', words: 'agentic workflows' },
];

export const PERCENTILES = [50, 90, 95, 99] as const;

/** The fields the summary lets people edit. */
export interface IntentDraft {
  use_case: Intent['use_case'];
  users: number | null;
  requests_per_s: number | null;
  budget_usd_per_month: number | null;
  latency_priority: Priority;
  cost_priority: Priority;
  quality_priority: Priority;
  input_tokens: number | null;
  output_tokens: number | null;
  max_input_tokens: number | null;
  ttft_ms: number | null;
  itl_ms: number | null;
  e2e_ms: number | null;
  /** The percentile the latency targets are judged at (95 for p95). */
  slo_percentile: number;
  allowed_gpus: string[];
  max_gpus: number | null;
  open_source_only: boolean;
}

export type DraftField = keyof IntentDraft;

export const DRAFT_LABELS: Record<DraftField, string> = {
  use_case: 'Use case',
  users: 'Users',
  requests_per_s: 'Peak requests per second',
  budget_usd_per_month: 'Budget (USD per month)',
  latency_priority: 'Latency priority',
  cost_priority: 'Cost priority',
  quality_priority: 'Quality priority',
  input_tokens: 'Typical prompt (tokens)',
  output_tokens: 'Typical answer (tokens)',
  max_input_tokens: 'Longest prompt (tokens)',
  ttft_ms: 'TTFT target (ms)',
  itl_ms: 'ITL target (ms)',
  e2e_ms: 'E2E target (ms)',
  slo_percentile: 'Targets judged at percentile',
  allowed_gpus: 'Allowed GPUs',
  max_gpus: 'Most GPUs available',
  open_source_only: 'Open-source licences only',
};

const DEFAULT_PERCENTILE = 95;

function target(intent: Intent, metric: 'ttft' | 'itl' | 'e2e'): number | null {
  return intent.latency_targets.find(t => t.metric === metric)?.ms ?? null;
}

export function draftFromIntent(intent: Intent): IntentDraft {
  const percentile =
    intent.slo_percentile ??
    intent.latency_targets.find(t => t.percentile !== null)?.percentile ??
    DEFAULT_PERCENTILE;
  return {
    use_case: intent.use_case,
    users: intent.users,
    requests_per_s: intent.requests_per_s,
    budget_usd_per_month: intent.budget_usd_per_month,
    latency_priority: intent.latency_priority,
    cost_priority: intent.cost_priority,
    quality_priority: intent.quality_priority,
    input_tokens: intent.input_tokens,
    output_tokens: intent.output_tokens,
    max_input_tokens: intent.max_input_tokens,
    ttft_ms: target(intent, 'ttft'),
    itl_ms: target(intent, 'itl'),
    e2e_ms: target(intent, 'e2e'),
    slo_percentile: percentile,
    allowed_gpus: intent.allowed_gpus,
    max_gpus: intent.max_gpus,
    open_source_only: intent.open_source_only,
  };
}

/** The intent's record of where a draft field came from (stated, inferred, default), if any. */
export function draftFieldSource(
  intent: Intent,
  field: DraftField,
): string | undefined {
  const source = intent.source as Record<string, string | undefined>;
  if (field === 'ttft_ms' || field === 'itl_ms' || field === 'e2e_ms')
    return source.latency_targets;
  return source[field];
}

const plain = (n: number) => String(Math.round(n * 1000) / 1000);

/** Priority phrases: absolute for low and high, one step for medium (there is no word for "normal"). */
const PRIORITY_WORDS: Record<
  'latency_priority' | 'cost_priority' | 'quality_priority',
  { high: string; low: string; up: string; down: string }
> = {
  latency_priority: {
    high: 'latency is critical',
    low: 'latency is not important',
    up: 'lower latency',
    down: 'latency is less important',
  },
  cost_priority: {
    high: 'cost is critical',
    low: "cost doesn't matter",
    up: 'spend less',
    down: 'cost is less important',
  },
  quality_priority: {
    high: 'quality is critical',
    low: 'quality is not important',
    up: 'better answers',
    down: 'quality is less important',
  },
};

function priorityPhrase(
  field: keyof typeof PRIORITY_WORDS,
  from: Priority,
  to: Priority,
): string {
  const words = PRIORITY_WORDS[field];
  if (to === 'high') return words.high;
  if (to === 'low') return words.low;
  return from === 'high' ? words.down : words.up;
}

export interface IntentEdit {
  field: DraftField;
  label: string;
  from: string;
  to: string;
  phrase: string;
}

function show(value: IntentDraft[DraftField]): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'any';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function same(a: IntentDraft[DraftField], b: IntentDraft[DraftField]): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * What changed between two drafts, each with the words that say it. Values the words cannot
 * express (clearing the users, a target or a token count) are not offered as edits by the form.
 */
export function describeEdits(
  before: IntentDraft,
  after: IntentDraft,
): IntentEdit[] {
  const edits: IntentEdit[] = [];
  const add = (field: DraftField, phrase: string) =>
    edits.push({
      field,
      label: DRAFT_LABELS[field],
      from: show(before[field]),
      to: show(after[field]),
      phrase,
    });
  const changed = (field: DraftField) => !same(before[field], after[field]);

  if (changed('use_case')) {
    add(
      'use_case',
      `use case: ${
        USE_CASES.find(u => u.id === after.use_case)?.words ?? after.use_case
      }`,
    );
  }
  if (changed('users') && after.users !== null)
    add('users', `${plain(after.users)} users`);
  if (changed('requests_per_s') && after.requests_per_s !== null) {
    add(
      'requests_per_s',
      `${plain(after.requests_per_s)} requests per second at peak`,
    );
  }
  if (changed('budget_usd_per_month')) {
    add(
      'budget_usd_per_month',
      after.budget_usd_per_month === null
        ? 'no budget'
        : `budget $${plain(after.budget_usd_per_month)}/month`,
    );
  }
  for (const field of [
    'latency_priority',
    'cost_priority',
    'quality_priority',
  ] as const) {
    if (changed(field))
      add(field, priorityPhrase(field, before[field], after[field]));
  }
  if (changed('input_tokens') && after.input_tokens !== null)
    add('input_tokens', `prompts of about ${plain(after.input_tokens)} tokens`);
  if (changed('output_tokens') && after.output_tokens !== null)
    add(
      'output_tokens',
      `answers of about ${plain(after.output_tokens)} tokens`,
    );
  if (changed('max_input_tokens') && after.max_input_tokens !== null) {
    add(
      'max_input_tokens',
      `context up to ${plain(after.max_input_tokens)} tokens`,
    );
  }
  // A new percentile restates every target at it, so the targets and the percentile agree.
  const percentileChanged = changed('slo_percentile');
  for (const [field, word] of [
    ['ttft_ms', 'TTFT'],
    ['itl_ms', 'ITL'],
    ['e2e_ms', 'e2e'],
  ] as const) {
    const value = after[field];
    if (value !== null && (changed(field) || percentileChanged))
      add(field, `p${after.slo_percentile} ${word} under ${plain(value)} ms`);
  }
  if (
    percentileChanged &&
    after.ttft_ms === null &&
    after.itl_ms === null &&
    after.e2e_ms === null
  ) {
    add('slo_percentile', `judge latency at p${after.slo_percentile}`);
  }
  if (changed('allowed_gpus')) {
    add(
      'allowed_gpus',
      after.allowed_gpus.length === 0
        ? 'any GPU'
        : `only ${after.allowed_gpus.join(' or ')} GPUs`,
    );
  }
  if (changed('max_gpus') && after.max_gpus !== null)
    add('max_gpus', `at most ${plain(after.max_gpus)} GPUs`);
  if (changed('open_source_only'))
    add(
      'open_source_only',
      after.open_source_only ? 'open-source licences only' : 'any licence',
    );
  return edits;
}

/** The follow-up that carries the edits. */
export function editsSentence(edits: IntentEdit[]): string {
  return edits.map(e => e.phrase).join(', ');
}

/** Edits the returned intent does not reflect (so the page can say so instead of pretending). */
export function editsNotTaken(
  edits: IntentEdit[],
  expected: IntentDraft,
  intent: Intent,
): IntentEdit[] {
  const now = draftFromIntent(intent);
  return edits.filter(e => !same(now[e.field], expected[e.field]));
}
