/**
 * The built-in, offline, rule-based intent engine: words → Intent. No network, no model; the
 * same result every time. `readSignals` says what a text states; `finalizeIntent` applies it
 * (over an earlier intent in a conversation), fills defaults, lists every assumption and picks at
 * most one clarifying question; `extractIntent` does both for a first request.
 */
import { rewriteLearnerPhrasing } from './learnerPhrasing';
import { ServeplanInputError } from '../errors/ServeplanInputError';
import { UseCaseId } from '../kb/schema';
import {
  emptyIntentFields,
  FieldSource,
  Intent,
  IntentField,
  intentFieldLabels,
  IntentFields,
  LatencyTarget,
  Priority,
} from './intentSchema';
import {
  rewriteNumberWords,
  NUMBER_SOURCE as N,
  parseNumberToken,
  roundSig,
} from './numbers';
import { cleanText, MAX_REQUEST_CHARS, splitClauses } from './text';
import { foreignReadingNote, readOtherLanguageWords } from './otherLanguages';
import { correctSpelling } from './spelling';
import { looksOffTopic } from './offTopic';
import { emptySignals, setSignal, Signals, Spans } from './signals';
import { hasBatchCue, readUseCase } from './useCase';
import {
  extractActiveShare,
  extractBatchWindow,
  extractBudget,
  extractGpuCount,
  extractLatency,
  extractRates,
  extractTokens,
  extractUsers,
  QuantityContext,
} from './quantities';
import {
  inferPriorities,
  PriorityField,
  readPriorities,
  readRelativePriorities,
  stepPriority,
} from './priorities';
import { extractLicence, extractNameConstraints } from './constraints';
import {
  IntentKnowledge,
  intentVocabulary,
  IntentVocabulary,
} from './vocabulary';
import {
  boundsErrors,
  budgetBelowGpuMonth,
  contradictions,
  demandsTheMost,
  missingQuestion,
} from './clarify';
import { budgetWeighedAgainstGpu } from './budgetWeighedAgainstGpu';
import { budgetWithdrawn } from './budget';
import { readRestatedNumber, restatedField } from './restatement';
import { readIncrement } from './increments';
import { percentileSpreads } from './percentileScope';
import { extractPerUserRates } from './perUserRates';
import { extractActivityRatio } from './activityRatio';
import { extractSendersAsUsers } from './requestIntervals';
import { extractWeekWindow } from './weekWindows';
import { extractDescribedWindow } from './describedWindows';
import { extractWindowLength } from './windowLength';
import { takeWorkedProducts } from './workedProducts';
import { readSelfCorrections } from './selfCorrection';
import { rewriteTimeAndAHalf } from './timeAndAHalf';

/** Neither null nor undefined. */
const isSet = <T>(v: T | null | undefined): v is T =>
  v !== null && v !== undefined;

export interface IntentOptions {
  /** Models and GPUs to recognise by name (ids, aliases, families); prices for budget checks. */
  knowledgeBase?: IntentKnowledge;
}

export interface ReadOptions extends IntentOptions {
  /** A follow-up in a conversation: relative phrases ("cheaper", "p99 instead") are read too. */
  followUp?: boolean;
  /** The conversation's use case so far: the default latency metric follows it. */
  contextUseCase?: UseCaseId;
  /** The conversation's preferred models so far: "drop the 235B one" picks among them. */
  contextModels?: readonly string[];
  /** The start of the batch window said earlier: "the window got extended to 6am" ends it. */
  contextWindowStart?: string;
  /** The conversation's latency targets so far: "make that 800 ms" restates the one there is. */
  contextLatencyTargets?: readonly LatencyTarget[];
}

/** The kb's own words (model, family and GPU names), never "corrected" by the spelling pass. */
function protectedWords(vocabulary?: IntentVocabulary): string[] {
  if (!vocabulary) return [];
  const words = new Set<string>();
  for (const name of [
    ...vocabulary.allModelNames,
    ...vocabulary.models.map(m => m.family),
    ...vocabulary.gpus.map(g => g.id),
  ]) {
    for (const w of name.toLowerCase().split(/[^a-z]+/))
      if (w.length >= 4) words.add(w);
  }
  return [...words];
}

/** Rejects what cannot be read: not a string, empty, too long, no words. */
export function assertReadableText(text: unknown): asserts text is string {
  if (typeof text !== 'string')
    throw new ServeplanInputError('the request must be text', {
      field: 'text',
    });
  if (text.trim().length === 0) {
    throw new ServeplanInputError(
      'empty request: describe what the model should do and for how many users, e.g. "chatbot for 5k users, p95 TTFT under 300 ms"',
      { field: 'text' },
    );
  }
  if (text.length > MAX_REQUEST_CHARS) {
    throw new ServeplanInputError(
      `the request is ${text.length.toLocaleString(
        'en-US',
      )} characters long; the limit is ${MAX_REQUEST_CHARS.toLocaleString(
        'en-US',
      )}: describe the deployment in a few sentences`,
      { field: 'text' },
    );
  }
  if (!/\p{L}/u.test(text)) {
    throw new ServeplanInputError(
      `"${text
        .trim()
        .slice(
          0,
          40,
        )}" has no words: describe what the model should do and for how many users`,
      { field: 'text' },
    );
  }
}

const SCALE_RE = new RegExp(
  `\\b(?:(?<word>double|triple|quadruple|halve|half)\\s(?:the\\s)?(?<what1>users|traffic|load|requests|rate|volume|scale)|(?:(?<times>${N})\\s?(?:x|times)\\s(?:(?:more|the)\\s)?(?<what2>users|traffic|load|requests|rate|volume))|(?<twice>twice|three times|ten times) (?:as many|the) (?<what3>users|traffic|load|requests)|(?<pct>\\d{1,3})\\s?%\\s(?<dir>more|less|fewer)\\s(?<what4>users|traffic|load|requests))`,
);

function readRelative(
  text: string,
  signals: Signals,
  vocabularyIds: { gpu: (s: string) => boolean },
): void {
  for (const r of readRelativePriorities(text)) {
    signals.relative.push({
      kind: 'priority',
      field: r.field,
      direction: r.direction,
      text: r.phrase,
    });
  }
  const scale = SCALE_RE.exec(text);
  if (scale?.groups) {
    const g = scale.groups;
    let factor: number | undefined;
    if (g.word)
      factor = { double: 2, triple: 3, quadruple: 4, halve: 0.5, half: 0.5 }[
        g.word
      ];
    else if (g.times) factor = parseNumberToken(g.times);
    else if (g.twice)
      factor = { twice: 2, 'three times': 3, 'ten times': 10 }[g.twice];
    else if (g.pct)
      factor = 1 + (g.dir === 'more' ? 1 : -1) * (Number(g.pct) / 100);
    if (factor && factor > 0)
      signals.relative.push({ kind: 'scale', factor, text: scale[0] });
  }
  const swap =
    /\bp(\d{2}(?:\.\d+)?)\s(?:instead of|rather than|not)\sp(\d{2}(?:\.\d+)?)\b|\binstead of p(\d{2}(?:\.\d+)?),?\s(?:use\s)?p(\d{2}(?:\.\d+)?)\b/.exec(
      text,
    );
  if (swap) {
    const to = Number(swap[1] ?? swap[4]);
    const from = Number(swap[2] ?? swap[3]);
    signals.relative.push({ kind: 'percentile', from, to, text: swap[0] });
  }
  if (
    budgetWithdrawn(text) ||
    /\b(?:no |remove (?:the )?|drop (?:the )?|without (?:a )?|forget (?:about )?the )budget(?: limit| cap| constraint)?\b|\bbudget (?:doesn'?t|does not) matter\b|\bno (?:budget )?(?:limit|cap) on (?:cost|spend|budget)\b/.test(
      text,
    )
  ) {
    signals.relative.push({
      kind: 'clear',
      field: 'budget_usd_per_month',
      text: 'no budget',
    });
  }
  if (
    /\bany gpus?\b|\b(?:remove|drop|lift) the gpu (?:restriction|constraint|limit)s?\b|\bwhatever gpu\b/.test(
      text,
    )
  ) {
    signals.relative.push({
      kind: 'clear',
      field: 'allowed_gpus',
      text: 'any GPU',
    });
  }
  if (
    /\bany model\b|\b(?:remove|drop|lift) the model (?:restriction|constraint|preference)s?\b|\bwhatever model\b/.test(
      text,
    )
  ) {
    signals.relative.push({
      kind: 'clear',
      field: 'preferred_models',
      text: 'any model',
    });
  }
  void vocabularyIds;
}

/**
 * Inputs of this many tokens are whole documents, not turns of a chat: a rule of thumb, six times
 * the longest input the chatbot template sizes for and more than twice the long-document
 * template's mean (kb/use-cases.yaml).
 */
const DOCUMENT_SIZED_INPUT_TOKENS = 50_000;
/** The assistant called a chat by name: then the user said what it is. */
const CHAT_BY_NAME =
  /\bchat(?:bot|[\s-]?gpt)?s?\b|\bq&a\b|\bconversation(?:al)?\b/;

/**
 * An assistant read as a chatbot only for want of a better cue, whose inputs are stated at tens
 * of thousands of tokens ("a typical protocol is about 60,000 tokens", "a file can be as long as
 * 60k tokens"): people asking about whole documents, which is long-document analysis. Not when
 * the text calls it a chat, nor when the use case was stated outright.
 */
function readDocumentSizedInputs(text: string, signals: Signals): void {
  const v = signals.values;
  const longest = Math.max(v.input_tokens ?? 0, v.max_input_tokens ?? 0);
  if (
    v.use_case !== 'chatbot' ||
    signals.source.use_case === 'stated' ||
    longest < DOCUMENT_SIZED_INPUT_TOKENS ||
    CHAT_BY_NAME.test(text)
  )
    return;
  setSignal(
    signals,
    'use_case',
    'long_document_analysis',
    'inferred',
    `inputs of ${longest.toLocaleString(
      'en-US',
    )} tokens are whole documents: long-document analysis`,
    { override: true },
  );
}

/**
 * A set of items and the window to finish them in, both stated, are a batch job whatever each
 * item's task is ("40,000 documents to translate, and we have 48 hours"): nobody waits on one.
 */
function readSetInWindowAsBatch(signals: Signals): void {
  const {
    batch_requests: items,
    batch_window_hours: hours,
    use_case,
  } = signals.values;
  if (
    items === undefined ||
    items === null ||
    hours === undefined ||
    hours === null ||
    use_case === undefined ||
    use_case === 'batch_processing' ||
    signals.source.batch_requests !== 'stated' ||
    signals.source.batch_window_hours !== 'stated'
  )
    return;
  setSignal(
    signals,
    'use_case',
    'batch_processing',
    'inferred',
    `${items.toLocaleString(
      'en-US',
    )} items to finish within ${hours.toLocaleString(
      'en-US',
    )} hours are a batch job, whatever each item's task (${use_case.replace(
      /_/g,
      ' ',
    )})`,
    { override: true },
  );
}

/** The digits said as words, each at its value's index. */
const DIGIT_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** Reads what one text states, before defaults. Throws ServeplanInputError for unreadable text. */
export function readSignals(text: string, options: ReadOptions = {}): Signals {
  assertReadableText(text);
  const signals = emptySignals();
  const vocabulary = options.knowledgeBase
    ? intentVocabulary(options.knowledgeBase)
    : undefined;

  let working = cleanText(text);
  // NFKC expands a few characters many times over ("\ufdfa" is 18 letters): the limit holds after it too
  if (working.length > 2 * MAX_REQUEST_CHARS)
    throw new ServeplanInputError(
      `the request is ${working.length.toLocaleString(
        'en-US',
      )} characters long once its Unicode is normalised; the limit is ${MAX_REQUEST_CHARS.toLocaleString(
        'en-US',
      )} characters of plain text`,
      { field: 'text' },
    );
  // words of another language read in English, then misspellings corrected, for the rules only:
  // `text` itself (what an LLM reads) is untouched
  const foreign = readOtherLanguageWords(working);
  working = foreign.text;
  const foreignNote = foreignReadingNote(foreign.readings);
  if (foreignNote) signals.assumptions.push(foreignNote);
  const spelling = correctSpelling(working, protectedWords(vocabulary));
  working = spelling.text;
  for (const c of spelling.corrections)
    signals.assumptions.push(`read "${c.from}" as "${c.to}"`);
  working = rewriteTimeAndAHalf(working)
    .replace(
      /\b(under|within|below|less than|than|in|about|around|roughly|approximately) (?:a|one) (second|minute)\b(?! (?:look|thought|glance|opinion|pair|hand|round|chance|time|try|option|model|gpu|replica)s?\b)/g,
      '$1 1 $2',
    )
    // "can take a minute to generate", not "take a second look"
    .replace(
      /\b(take|takes|taking|up to) (?:a|one) (second|minute)\b(?=\s*(?:[,.;!?]|$|to\b|or\b|for\b|per\b|and\b|is\b|at\b))/g,
      '$1 1 $2',
    )
    .replace(/\bper cent\b/g, 'percent')
    // "we have a fortnight": fourteen days (not a period: "once a fortnight")
    .replace(
      /(?<!\b(?:once|twice|times|per|every|each)\s)\b(?:a|one) fortnight\b/g,
      '14 days',
    )
    .replace(/\btwo fortnights\b/g, '28 days')
    // "under a grand a month", "a grand tops": one thousand dollars, not "a grand total"
    .replace(
      /\b(?:a|one) grand\b(?=\s(?:a|an|per|each|every)\s(?:month|year|week|quarter)\b|\s?\/\s?(?:mo|month|yr|year)\b|\s(?:tops|max|maximum|at most|or so)\b|\s*(?:[,.;!?)]|$))/g,
      '1 grand',
    )
    // "c. 44 thousand", "ca. 300 users": circa, about
    .replace(/\b(?:c\.|ca\.?|circa)\s?(?=\d)/g, 'about ')
    // "two point four million", "one point five k": a decimal said in words
    .replace(
      /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten) point ((?:(?:zero|one|two|three|four|five|six|seven|eight|nine)\b ?){1,2})/g,
      (_, whole: string, digits: string) =>
        `${DIGIT_WORDS.indexOf(whole)}.${digits
          .trim()
          .split(' ')
          .map(d => DIGIT_WORDS.indexOf(d))
          .join('')} `,
    )
    // "a 1990s lease", "since the 2010s": a decade, not 1990 seconds
    .replace(
      /\b(a|an|the|early|mid|late|since|from|of|in)([\s-])((?:19|20)\d0)'?s\b/g,
      '$1$2decade $3',
    )
    // "at the exact same time", "the very same moment": the same time
    .replace(/\bthe (?:exact|very) same\b/g, 'the same')
    // "150ish tokens", "20-ish users": a hedge on the number, which the readers take as about it
    // (after a number in words, "fifty-ish", rewriteNumberWords drops it)
    .replace(/(?<=\d)[\s-]?ish\b/g, '');
  const rewritten = rewriteNumberWords(working);
  working = rewriteLearnerPhrasing(rewritten.text);
  const corrected = readSelfCorrections(working);
  working = corrected.text;
  for (const c of corrected.corrections)
    signals.assumptions.push(
      c.to
        ? `"${c.from}" read as "${c.to}": the number as its writer corrected it`
        : `"${c.from}" left out: the writer settled on the count said after it`,
    );
  const clauses = splitClauses(working);
  const spans = new Spans();

  const reading = readUseCase(working);
  const followUpUseCase =
    options.followUp && reading
      ? // in a follow-up only a clear statement changes the use case ("actually it's for code completion")
        reading.score >= 3
      : true;
  if (reading && followUpUseCase) {
    setSignal(
      signals,
      'use_case',
      reading.useCase,
      reading.score >= 3 ? 'stated' : 'inferred',
      reading.batchOverride
        ? `batch cues ("nightly", "offline", ...) make this batch processing rather than ${
            reading.runnersUp[0]?.useCase.replace(/_/g, ' ') ??
            'interactive use'
          }`
        : undefined,
    );
  }
  const useCase = signals.values.use_case ?? options.contextUseCase;
  const batch = hasBatchCue(working) || useCase === 'batch_processing';

  let gpuCounts: number[] = [];
  let gpuNameEnds: number[] = [];
  if (vocabulary) {
    const names = extractNameConstraints(
      working,
      clauses,
      spans,
      vocabulary,
      signals,
      options.contextModels,
    );
    gpuCounts = names.gpuCounts;
    gpuNameEnds = names.mentions
      .filter(m => m.kind === 'gpu' || m.kind === 'gpu_group')
      .map(m => m.end);
    if (
      options.followUp &&
      names.additive.gpus &&
      signals.values.allowed_gpus
    ) {
      signals.relative.push({
        kind: 'add_list',
        field: 'allowed_gpus',
        ids: signals.values.allowed_gpus,
        text: 'also',
      });
      delete signals.values.allowed_gpus;
    }
    if (
      options.followUp &&
      names.additive.models &&
      signals.values.preferred_models
    ) {
      signals.relative.push({
        kind: 'add_list',
        field: 'preferred_models',
        ids: signals.values.preferred_models,
        text: 'also',
      });
      delete signals.values.preferred_models;
    }
  }

  // "raise the budget by 2k": read before the budget reader takes "2k" as the budget
  const increment = options.followUp
    ? readIncrement(working, spans)
    : undefined;
  if (increment) signals.relative.push({ kind: 'increment', ...increment });

  const ctx: QuantityContext = {
    text: working,
    clauses,
    spans,
    replacements: rewritten.replacements,
    signals,
    batch,
    windowStart: options.followUp ? options.contextWindowStart : undefined,
  };
  takeWorkedProducts(ctx);
  extractLatency(ctx, useCase, options.contextLatencyTargets);
  extractBudget(ctx);
  extractTokens(ctx, useCase);
  extractBatchWindow(ctx);
  extractDescribedWindow(ctx);
  extractWeekWindow(ctx);
  extractWindowLength(ctx);
  extractPerUserRates(ctx);
  extractRates(ctx);
  extractActivityRatio(ctx);
  extractUsers(ctx);
  extractActiveShare(ctx);
  extractSendersAsUsers(ctx);
  extractGpuCount(ctx, gpuCounts, gpuNameEnds);
  readDocumentSizedInputs(working, signals);
  readSetInWindowAsBatch(signals);
  for (const r of rewritten.replacements) {
    if (
      r.approximate &&
      !Object.values(signals.notes).some(n => n?.includes(r.phrase))
    ) {
      signals.assumptions.push(
        `"${r.phrase}" read as about ${r.value.toLocaleString('en-US')}`,
      );
    }
  }

  const priorities = readPriorities(working);
  for (const [field, p] of Object.entries(priorities) as Array<
    [PriorityField, { value: Priority; phrase: string }]
  >) {
    setSignal(signals, field, p.value, 'stated');
  }
  extractLicence(working, signals);
  readRelative(working, signals, { gpu: () => false });
  const restated = options.followUp
    ? readRestatedNumber(working, spans)
    : undefined;
  if (restated) signals.relative.push({ kind: 'restate', ...restated });
  if (!options.followUp) {
    // in a first request "faster"/"cheaper" state a priority
    for (const r of signals.relative) {
      if (r.kind === 'priority' && signals.values[r.field] === undefined)
        setSignal(
          signals,
          r.field,
          stepPriority('medium', r.direction),
          'stated',
        );
    }
    signals.relative = signals.relative.filter(r => r.kind === 'add_list');
  }
  signals.recognised += signals.relative.length;
  spreadPercentile(working, signals);
  return signals;
}

/**
 * A percentile stated apart from any one target (or spread by "both at p99") fills the targets
 * that have none, those of this text and, in a follow-up, those so far. One written next to a
 * single time is that time's alone, so it is not spread. A swap ("p99 instead of p95") already
 * says what changes.
 */
function spreadPercentile(text: string, signals: Signals): void {
  const to = signals.values.slo_percentile;
  if (!isSet(to) || signals.relative.some(r => r.kind === 'percentile')) return;
  if (!percentileSpreads(text, signals.values.latency_targets)) return;
  signals.relative.push({ kind: 'percentile', from: null, to, text: `p${to}` });
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeValue(field: IntentField, v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    if (field === 'latency_targets')
      return (v as LatencyTarget[])
        .map(
          t =>
            `${
              t.percentile ? `p${t.percentile} ` : ''
            }${t.metric.toUpperCase()} ≤ ${t.ms} ms`,
        )
        .join(', ');
    const names = (v as string[]).map(s => s.split('/').pop());
    return names.length > 4
      ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
      : names.join(', ');
  }
  if (field === 'slo_percentile') return `p${v}`;
  if (typeof v === 'number')
    return v.toLocaleString('en-US', { maximumFractionDigits: 3 });
  return String(v).replace(/_/g, ' ');
}

/** "users: 1,000 → 5,000" for every field that differs. */
/** The fields whose values differ between two intents. */
export function changedFields(
  before: IntentFields,
  after: IntentFields,
): IntentField[] {
  return (Object.keys(intentFieldLabels) as IntentField[]).filter(
    field => !sameValue(before[field], after[field]),
  );
}

export function describeChanges(
  before: IntentFields,
  after: IntentFields,
): string[] {
  const out: string[] = [];
  for (const field of Object.keys(intentFieldLabels) as IntentField[]) {
    if (sameValue(before[field], after[field])) continue;
    out.push(
      `${intentFieldLabels[field]}: ${describeValue(
        field,
        before[field],
      )} → ${describeValue(field, after[field])}`,
    );
  }
  return out;
}

const DEFAULT_NOTES: Partial<Record<IntentField, (f: IntentFields) => string>> =
  {
    use_case: f =>
      `use case not stated: assumed ${f.use_case.replace(/_/g, ' ')}`,
    latency_priority: f => `latency priority not stated: ${f.latency_priority}`,
    cost_priority: f => `cost priority not stated: ${f.cost_priority}`,
    quality_priority: f => `quality priority not stated: ${f.quality_priority}`,
  };

function defaultAssumptions(
  fields: IntentFields,
  source: Intent['source'],
): string[] {
  return (Object.keys(DEFAULT_NOTES) as IntentField[])
    .filter(f => source[f] === 'default')
    .map(f => DEFAULT_NOTES[f]!(fields));
}

/** Assumptions of an earlier intent that belong to no field (typo fixes, vague words). */
function freeAssumptions(previous: Intent): string[] {
  const tied = new Set<string>(
    [
      ...Object.values(previous.notes),
      ...defaultAssumptions(previous, previous.source),
    ].filter((s): s is string => !!s),
  );
  return previous.assumptions.filter(a => !tied.has(a));
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Applies signals to an earlier intent (or to an empty one), fills defaults, checks ranges
 * (throws ServeplanInputError with every out-of-range number) and picks the question.
 */
export function finalizeIntent(
  signals: Signals,
  options: IntentOptions & { text: string },
  previous?: Intent,
): Intent {
  const vocabulary = options.knowledgeBase
    ? intentVocabulary(options.knowledgeBase)
    : undefined;
  const fields: IntentFields = previous
    ? (Object.fromEntries(
        Object.keys(intentFieldLabels).map(k => [
          k,
          (previous as IntentFields)[k as IntentField],
        ]),
      ) as unknown as IntentFields)
    : emptyIntentFields();
  const source: Intent['source'] = previous ? { ...previous.source } : {};
  const notes: Intent['notes'] = previous ? { ...previous.notes } : {};
  const assign = <K extends IntentField>(
    field: K,
    value: IntentFields[K],
    src: FieldSource | undefined,
    note?: string,
  ) => {
    fields[field] = value;
    if (src) source[field] = src;
    if (note) notes[field] = note;
    else delete notes[field];
  };

  const v = signals.values;
  for (const field of Object.keys(v) as IntentField[]) {
    const value = v[field];
    if (value === undefined) continue;
    if (previous) {
      // follow-ups: lists of exclusions add up; latency targets replace those of the same metric
      if (field === 'excluded_models' || field === 'excluded_gpus') {
        const list = uniq([
          ...(fields[field] as string[]),
          ...(value as string[]),
        ]);
        assign(field, list, 'stated', signals.notes[field]);
        const opposite =
          field === 'excluded_models' ? 'preferred_models' : 'allowed_gpus';
        assign(
          opposite,
          (fields[opposite] as string[]).filter(id => !list.includes(id)),
          source[opposite],
          notes[opposite],
        );
        continue;
      }
      if (field === 'latency_targets') {
        const incoming = value as LatencyTarget[];
        const kept = fields.latency_targets.filter(
          t => !incoming.some(n => n.metric === t.metric),
        );
        // a percentile said in this follow-up beside its time ("measured at p99, same 700 ms")
        // is that time's, before the one the conversation had
        const percentileHere = signals.values.slo_percentile;
        assign(
          field,
          [
            ...kept,
            ...incoming.map(t => ({
              ...t,
              percentile:
                t.percentile ??
                percentileHere ??
                previous.slo_percentile ??
                null,
            })),
          ],
          'stated',
          signals.notes[field],
        );
        continue;
      }
      if (field === 'allowed_gpus') {
        assign(
          'excluded_gpus',
          fields.excluded_gpus.filter(id => !(value as string[]).includes(id)),
          source.excluded_gpus,
          notes.excluded_gpus,
        );
      }
      if (field === 'preferred_models') {
        assign(
          'excluded_models',
          fields.excluded_models.filter(
            id => !(value as string[]).includes(id),
          ),
          source.excluded_models,
          notes.excluded_models,
        );
      }
    }
    assign(field, value as never, signals.source[field], signals.notes[field]);
  }

  let restateQuestion: string | undefined;
  for (const r of signals.relative) {
    if (r.kind === 'restate') {
      const target = restatedField(fields, r.value);
      const shown = r.value.toLocaleString('en-US');
      if ('field' in target)
        assign(
          target.field,
          r.value,
          'stated',
          `"${r.text.trim()}": ${
            intentFieldLabels[target.field]
          } ${describeValue(target.field, fields[target.field])} → ${shown}`,
        );
      else
        restateQuestion =
          'ambiguous' in target
            ? `"${r.text.trim()}": which should be ${shown}, the ${target.ambiguous.join(
                ' or the ',
              )}?`
            : `"${r.text.trim()}": what should be ${shown}: users, requests per second, budget or batch size?`;
    } else if (r.kind === 'increment') {
      const before = fields[r.field];
      if (isSet(before)) {
        const after = r.factor ? before * r.factor : before + (r.delta ?? 0);
        if (after > 0)
          assign(
            r.field,
            r.field === 'users' ? Math.round(after) : roundSig(after, 6),
            'stated',
            `"${r.text.trim()}": ${describeValue(
              r.field,
              before,
            )} → ${describeValue(r.field, after)}`,
          );
      } else {
        restateQuestion = `"${r.text.trim()}": there is no ${
          intentFieldLabels[r.field]
        } yet to change; what should it be?`;
      }
    } else if (r.kind === 'priority') {
      const before = fields[r.field];
      // "make it cheaper" when cost is already a high priority stays high
      assign(
        r.field,
        stepPriority(before, r.direction),
        'stated',
        `"${r.text}": ${before} → ${stepPriority(before, r.direction)}`,
      );
    } else if (r.kind === 'scale') {
      const what = r.text;
      const scaleUsers =
        isSet(fields.users) &&
        (/users/.test(what) ||
          !isSet(fields.requests_per_s) ||
          /traffic|load|scale|volume/.test(what));
      const scaleRate =
        isSet(fields.requests_per_s) &&
        (/requests|rate|traffic|load|scale|volume/.test(what) ||
          !isSet(fields.users));
      if (scaleUsers)
        assign(
          'users',
          Math.round(fields.users! * r.factor),
          'stated',
          `"${what}": ${fields.users!.toLocaleString('en-US')} × ${r.factor}`,
        );
      if (scaleRate)
        assign(
          'requests_per_s',
          fields.requests_per_s! * r.factor,
          'stated',
          `"${what}": × ${r.factor}`,
        );
    } else if (r.kind === 'percentile') {
      // a follow-up naming only a percentile ("same but p99") moves the targets that followed
      // the old SLO percentile too, not just those without one
      const from =
        r.from ??
        (previous && signals.values.latency_targets === undefined
          ? previous.slo_percentile
          : null);
      assign('slo_percentile', r.to, 'stated');
      assign(
        'latency_targets',
        fields.latency_targets.map(t =>
          t.percentile === null || t.percentile === from
            ? { ...t, percentile: r.to }
            : t,
        ),
        source.latency_targets,
        notes.latency_targets,
      );
    } else if (r.kind === 'clear') {
      const empty = emptyIntentFields()[r.field];
      assign(r.field, empty as never, 'stated', `"${r.text}": removed`);
    } else if (r.kind === 'add_list') {
      assign(
        r.field,
        uniq([...(fields[r.field] as string[]), ...r.ids]),
        'stated',
      );
      if (r.field === 'allowed_gpus')
        assign(
          'excluded_gpus',
          fields.excluded_gpus.filter(id => !r.ids.includes(id)),
          source.excluded_gpus,
          notes.excluded_gpus,
        );
    } else if (r.kind === 'unexclude') {
      assign(
        r.field,
        (fields[r.field] as string[]).filter(id => !r.ids.includes(id)),
        'stated',
      );
    }
  }

  if (!source.use_case) source.use_case = 'default';
  // priorities nobody stated follow the use case and the targets (again after every turn)
  const inferred = inferPriorities(fields.use_case, fields.latency_targets);
  for (const field of [
    'latency_priority',
    'cost_priority',
    'quality_priority',
  ] as PriorityField[]) {
    if (source[field] === 'stated') continue;
    const inf = inferred[field];
    if (inf) assign(field, inf.value, 'inferred', inf.reason);
    else assign(field, 'medium', 'default');
  }

  // Numbers that cannot be, or contradict each other: rejected, with what was read beside them.
  const problems =
    signals.errors.length > 0 ? signals.errors : boundsErrors(fields);
  if (problems.length > 0)
    throw new ServeplanInputError(problems.map(p => p.message).join('; '), {
      field: problems[0].field,
      reading: readFields(fields, source),
    });

  // "a single L4 is all I can afford": a small budget said against the GPU it pays for
  const budgetWeighedAgainst = budgetWeighedAgainstGpu(options.text);
  const assumptions = uniq([
    ...defaultAssumptions(fields, source),
    ...(previous ? freeAssumptions(previous) : []),
    ...(Object.values(notes).filter(Boolean) as string[]),
    ...signals.assumptions,
    ...tightBudgetAssumptions(fields, source, vocabulary, budgetWeighedAgainst),
  ]);
  const recognised = signals.recognised + (previous ? 1 : 0);
  if (
    recognised === 0 &&
    (source.use_case === undefined || source.use_case === 'default') &&
    looksOffTopic(options.text)
  )
    throw new ServeplanInputError(
      `"${shorten(
        options.text,
      )}" does not describe an LLM workload: say what the model should do and for how many users or requests, e.g. "chatbot for 5k users, p95 TTFT under 300 ms"`,
      { field: 'text' },
    );
  const question =
    restateQuestion ??
    signals.questions[0]?.message ??
    contradictions(fields, vocabulary, { budgetWeighedAgainst, source })[0]
      ?.message ??
    missingQuestion(fields, source, recognised, options.text, previous);
  return { ...fields, assumptions, question, source, notes };
}

/** The fields the text stated or implied (not the defaults), for a rejection to show. */
function readFields(
  fields: IntentFields,
  source: Partial<Record<IntentField, FieldSource>>,
): Partial<IntentFields> {
  return Object.fromEntries(
    Object.entries(fields).filter(([field]) => {
      const from = source[field as IntentField];
      return from !== undefined && from !== 'default';
    }),
  ) as Partial<IntentFields>;
}

/** What a budget below one GPU-month is taken to mean, when it is not asked about. */
function tightBudgetAssumptions(
  fields: IntentFields,
  source: Partial<Record<IntentField, FieldSource>>,
  vocabulary: IntentVocabulary | undefined,
  weighedAgainst: string | undefined,
): string[] {
  const month = budgetBelowGpuMonth(fields, vocabulary);
  if (!month) return [];
  if (weighedAgainst)
    return [
      `the budget is read as paying for the hardware named ("${weighedAgainst}")`,
    ];
  if (demandsTheMost(fields, source)) return [];
  return [
    `a budget of $${fields.budget_usd_per_month!.toLocaleString(
      'en-US',
    )} per month is less than one ${month.gpu} for a month ($${Math.round(
      month.usd,
    ).toLocaleString(
      'en-US',
    )}, the cheapest GPU-month in the knowledge base's prices); the plan shows the cheapest configurations that meet the targets, over budget`,
  ];
}

/** The start of a text, to quote it in a message. */
function shorten(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** Words → intent with the built-in rules. Throws ServeplanInputError for unusable input. */
export function extractIntent(
  text: string,
  options: IntentOptions = {},
): Intent {
  const signals = readSignals(text, options);
  return finalizeIntent(signals, { ...options, text });
}
