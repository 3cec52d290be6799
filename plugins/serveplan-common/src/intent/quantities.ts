/**
 * Numbers with a meaning: latency targets and percentiles, budgets, token counts, request rates,
 * users, batch sizes and windows, GPU counts, active shares. Each matcher reads the working text
 * (cleaned, typos fixed, number words as digits), takes the span it used so no number is read
 * twice, and writes what it found into the Signals with a note on conversions.
 */
import { LatencyMetric, LatencyTarget, UsersKind } from './intentSchema';
import {
  NUMBER_SOURCE as N,
  NumberWordReplacement,
  parseNumberToken,
  parseTokenCount,
  perMonth,
  periodSeconds,
  roundSig,
  toMilliseconds,
} from './numbers';
import { Clause, clauseAt } from './text';
import { setSignal, Signals, Spans } from './signals';

export interface QuantityContext {
  text: string;
  clauses: Clause[];
  spans: Spans;
  /** Number words replaced by digits, with their place in `text`. */
  replacements: NumberWordReplacement[];
  signals: Signals;
  /** The request is about offline/batch work (nightly, overnight, batch, backfill). */
  batch: boolean;
}

const fmt = (n: number) =>
  Math.abs(n) >= 1
    ? n.toLocaleString('en-US', { maximumFractionDigits: 2 })
    : n.toLocaleString('en-US', { maximumSignificantDigits: 3 });

function clauseText(
  ctx: QuantityContext,
  at: number,
): { text: string; start: number } {
  return clauseAt(ctx.clauses, at) ?? { text: ctx.text, start: 0 };
}

/** The clause around offset `at`, cut to `before` chars before and `after` chars after it. */
function around(
  ctx: QuantityContext,
  start: number,
  end: number,
  before: number,
  after: number,
) {
  const c = clauseText(ctx, start);
  const relStart = start - c.start;
  const relEnd = end - c.start;
  return {
    before: c.text.slice(Math.max(0, relStart - before), relStart),
    after: c.text.slice(relEnd, Math.min(c.text.length, relEnd + after)),
    clause: c.text,
  };
}

function approximateAt(
  ctx: QuantityContext,
  start: number,
  end: number,
): NumberWordReplacement | undefined {
  return ctx.replacements.find(
    r => r.approximate && r.start < end && r.end > start,
  );
}

function* matches(
  ctx: QuantityContext,
  re: RegExp,
): Generator<RegExpMatchArray & { index: number }> {
  for (const m of ctx.text.matchAll(re)) {
    const index = m.index ?? 0;
    if (ctx.spans.overlaps(index, index + m[0].length)) continue;
    yield Object.assign(m, { index });
  }
}

/** Span of a named group inside a match (offsets in the text). */
function groupSpan(
  m: RegExpMatchArray & { index: number },
  value: string,
): [number, number] {
  const rel = m[0].indexOf(value);
  const start = m.index + Math.max(0, rel);
  return [start, start + value.length];
}

function checkPositive(
  ctx: QuantityContext,
  field: Parameters<typeof setSignal>[1],
  value: number,
  written: string,
): boolean {
  if (!Number.isFinite(value)) return false;
  if (value <= 0) {
    ctx.signals.errors.push({
      field,
      message: `"${written.trim()}" is not a usable ${field.replace(
        /_/g,
        ' ',
      )}: it must be greater than zero`,
    });
    return false;
  }
  return true;
}

// ------------------------------------------------------------------ percentiles and latency

const PERCENTILE_RE =
  /\bp(\d{2}(?:\.\d+)?)\b|\b(\d{2}(?:\.\d+)?)(?:th|st|nd|rd)?[\s-]?percentile\b|\b(median)\b|\b(\d{2}(?:\.\d+)?)\s?%\s(?:of\s(?:the\s)?(?:requests|queries|calls|time|responses|users))/g;

interface PercentileMention {
  value: number;
  start: number;
  end: number;
}

function findPercentiles(ctx: QuantityContext): PercentileMention[] {
  const out: PercentileMention[] = [];
  for (const m of ctx.text.matchAll(PERCENTILE_RE)) {
    const value = m[3] ? 50 : Number(m[1] ?? m[2] ?? m[4]);
    if (!(value > 0 && value < 100)) continue;
    const start = m.index ?? 0;
    out.push({ value, start, end: start + m[0].length });
  }
  return out;
}

const METRIC_PATTERNS: Array<[LatencyMetric, RegExp]> = [
  [
    'ttft',
    /\bttft\b|time[\s-]to[\s-]first[\s-]token|first[\s-](?:token|word|byte|chunk|response)|start(?:s)? (?:streaming|responding|answering)|begin(?:s)? (?:streaming|responding)/g,
  ],
  [
    'itl',
    /\bitl\b|\btpot\b|inter[\s-]?token|between tokens|per[\s-](?:output[\s-])?token\b|token[\s-]latency|time per output token/g,
  ],
  [
    'e2e',
    /\be2e\b|end[\s-]to[\s-]end|response[\s-]times?|\btotal\b|full (?:response|answer|reply|completion|result)|complete (?:response|answer|reply)|whole (?:answer|response|reply)|respond(?:s|ing)? (?:with)?in|answer(?:s|ed)? (?:with)?in|reply (?:with)?in|finish(?:es|ed)?|completion (?:time|latency)|round[\s-]trip|turnaround|per (?:document|doc|request|file|page|contract|report)|pop up|show up|appear/g,
  ],
];

interface MetricMention {
  metric: LatencyMetric;
  start: number;
  end: number;
}

function findMetrics(text: string, offset: number): MetricMention[] {
  const out: MetricMention[] = [];
  for (const [metric, re] of METRIC_PATTERNS) {
    for (const m of text.matchAll(re))
      out.push({
        metric,
        start: offset + (m.index ?? 0),
        end: offset + (m.index ?? 0) + m[0].length,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Nearest mention before `start` within `before` chars, else after `end` within `after` chars, in the same clause. */
function nearest<T extends { start: number; end: number }>(
  items: T[],
  clause: Clause,
  start: number,
  end: number,
  before: number,
  after: number,
): T | undefined {
  const inClause = items.filter(
    i => i.start >= clause.start && i.end <= clause.start + clause.text.length,
  );
  const prior = inClause
    .filter(i => i.end <= start && start - i.end <= before)
    .sort((a, b) => b.end - a.end)[0];
  if (prior) return prior;
  return inClause
    .filter(i => i.start >= end && i.start - end <= after)
    .sort((a, b) => a.start - b.start)[0];
}

/** The metric a latency number refers to when the text names none. */
export function defaultLatencyMetric(
  useCase: string | undefined,
): LatencyMetric {
  return useCase === 'summarization' ||
    useCase === 'long_document_analysis' ||
    useCase === 'translation' ||
    useCase === 'batch_processing' ||
    useCase === 'code_completion'
    ? 'e2e'
    : 'ttft';
}

const DURATION_RE = new RegExp(
  `(?<num>${N})\\s?(?<unit>ms|msecs?|millis|milliseconds?|s|secs?|seconds?|mins?|minutes?)(?![a-z])`,
  'g',
);
const TOKENS_PER_S_RE = new RegExp(
  `(?<num>${N})\\s?(?:output\\s)?(?:tokens?|toks?)\\s?(?:/|per)\\s?(?:s|sec|second)\\b`,
  'g',
);

/** Latency targets (each with its metric and percentile) and the SLO percentile. */
export function extractLatency(
  ctx: QuantityContext,
  useCase: string | undefined,
): void {
  const percentiles = findPercentiles(ctx);
  for (const p of percentiles) ctx.spans.take(p.start, p.end);
  const targets: LatencyTarget[] = [];
  const notes: string[] = [];
  const defaulted: string[] = [];

  for (const m of matches(ctx, DURATION_RE)) {
    const g = m.groups!;
    const value = parseNumberToken(g.num);
    const unit = g.unit;
    const start = m.index;
    const end = start + m[0].length;
    const { before, after } = around(ctx, start, end, 60, 30);
    // minutes in a batch request are a window, not a latency
    if (/^min/.test(unit) && ctx.batch) continue;
    // "every 5 seconds", "for 10 minutes": not a target
    if (
      /\b(?:every|for|each)\s*$/.test(before) &&
      !/\b(?:under|within|below|less than)\s*$/.test(before)
    )
      continue;
    if (
      /^\s*(?:window|of (?:audio|video)|long (?:audio|video|clips?|recordings?))/.test(
        after,
      )
    )
      continue;
    const ms = toMilliseconds(value, unit);
    if (ms === undefined) continue;
    if (!checkPositive(ctx, 'latency_targets', ms, m[0])) {
      ctx.spans.take(start, end);
      continue;
    }
    const clause = clauseText(ctx, start) as Clause;
    const metrics = findMetrics(clause.text, clause.start);
    const metricMention = nearest(metrics, clause, start, end, 60, 25);
    const percentile = nearest(percentiles, clause, start, end, 40, 15);
    let metric: LatencyMetric;
    if (metricMention) {
      metric = metricMention.metric;
    } else {
      metric = defaultLatencyMetric(useCase);
      defaulted.push(`${fmt(ms)} ms`);
    }
    // "per token" right after the number
    if (/^\s*(?:per|\/)\s?(?:output\s)?token\b/.test(after)) metric = 'itl';
    targets.push({
      metric,
      ms: roundSig(ms, 6),
      percentile: percentile?.value ?? null,
    });
    ctx.spans.take(start, end);
  }

  for (const m of matches(ctx, TOKENS_PER_S_RE)) {
    const value = parseNumberToken(m.groups!.num);
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    if (/\b(?:total|aggregate|overall|throughput|cluster)\b/.test(clause))
      continue;
    if (!checkPositive(ctx, 'latency_targets', value, m[0])) continue;
    const ms = roundSig(1000 / value, 4);
    targets.push({ metric: 'itl', ms, percentile: null });
    notes.push(
      `${fmt(value)} tokens/s per stream read as ≤ ${fmt(
        ms,
      )} ms between tokens`,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }

  // "sub-second" and friends without digits
  if (targets.length === 0) {
    const sub = /\bsub[\s-]?second\b/.exec(ctx.text);
    if (sub) {
      const clause = clauseText(ctx, sub.index) as Clause;
      const metricMention = nearest(
        findMetrics(clause.text, clause.start),
        clause,
        sub.index,
        sub.index + sub[0].length,
        60,
        25,
      );
      const percentile = nearest(
        percentiles,
        clause,
        sub.index,
        sub.index + sub[0].length,
        40,
        15,
      );
      targets.push({
        metric: metricMention?.metric ?? defaultLatencyMetric(useCase),
        ms: 1000,
        percentile: percentile?.value ?? null,
      });
      notes.push('"sub-second" read as under 1000 ms');
    }
  }

  if (targets.length > 0) {
    if (defaulted.length > 0) {
      notes.push(
        `no metric named for ${defaulted.join(
          ', ',
        )}: read as ${defaultLatencyMetric(
          useCase,
        ).toUpperCase()} (the usual one for ${
          useCase ? useCase.replace(/_/g, ' ') : 'interactive use'
        })`,
      );
    }
    setSignal(
      ctx.signals,
      'latency_targets',
      targets,
      'stated',
      notes.join('; ') || undefined,
    );
  }
  const stated = targets
    .map(t => t.percentile)
    .filter((p): p is number => p !== null);
  if (stated.length > 0) {
    setSignal(ctx.signals, 'slo_percentile', Math.max(...stated), 'stated');
  } else if (percentiles.length > 0) {
    setSignal(
      ctx.signals,
      'slo_percentile',
      Math.max(...percentiles.map(p => p.value)),
      'stated',
    );
  }
}

// ------------------------------------------------------------------ money

const PERIOD_AFTER =
  /^\s?(?:(?:\/\s?|(?:per|a|an|each|every)\s)(month|mo|mth|year|yr|annum|week|wk|day|hour|hr|h)\b|(monthly|annually|yearly|weekly|daily|hourly)\b|(?:in|over)\s(?:a|one|the)\s(year|month))/;
const PERIOD_BEFORE =
  /\b(monthly|annual|annually|yearly|weekly|daily|hourly)\b|\bper (month|year|week|day|hour)\b|\ba (month|year)\b/;
const NOT_BUDGET_AFTER =
  /^(?:(?:\s?\/\s?|\s?(?:per|a|an)\s)(?:hour|hr|h|month|mo))?(?:\s?\/\s?|\s?(?:per|a|an)\s)(?:gpu|card|node|instance|million|1m|m|mtok|1k|k|thousand|token|tokens|request|query|call|user|seat|head)\b/;
const BUDGET_WORDS =
  /\b(?:budget|spend|spending|cap|capped|limit|afford|under|below|max|maximum|at most|up to|no more than|less than|within|stay|keep|go above|go over|exceed|ceiling|costs?|allowance|allocated|approved)\b/;

const MONEY_RE = new RegExp(
  `(?<cur>\\$|usd|us\\$|€|eur|£|gbp)\\s?(?<num>${N})(?:\\s?(?:usd|dollars?|bucks))?|(?<num2>${N})\\s?(?<cur2>usd|dollars?|bucks|\\$|€|euros?|eur|£|gbp|k\\$)(?![a-z])`,
  'g',
);
/** "spend more than 2k a month", "pay up to 5000 per month": an amount with a period after a spending verb. */
const SPEND_RE = new RegExp(
  `\\b(?:spend|spending|pay|paying|budget(?:ed)?|afford|allocate[sd]?)\\b[^.;]{0,25}?(?<num>${N})(?=(?:\\s?/\\s?|\\s(?:per|a|an)\\s)(?:month|mo|year|yr|week|day)\\b)`,
  'g',
);
const BARE_BUDGET_RE = new RegExp(
  `\\bbudget\\s(?:of|is|:|=|around|about|~|at|up to|under|below|max(?:imum)?|roughly|approximately)?\\s?(?:about|around|roughly|~|approx\\.?)?\\s?(?<num>${N})(?!\\s?(?:gpus?|tokens?|users?|%|h\\b|hours?))`,
  'g',
);

function readBudget(
  ctx: QuantityContext,
  amount: number,
  start: number,
  end: number,
  written: string,
  currency: string,
): boolean {
  const { before, after, clause } = around(ctx, start, end, 80, 40);
  if (NOT_BUDGET_AFTER.test(after)) {
    ctx.signals.assumptions.push(
      `"${written.trim()}${after
        .slice(0, 12)
        .trimEnd()}" read as a price, not as a monthly budget`,
    );
    return false;
  }
  const periodAfter = PERIOD_AFTER.exec(after);
  const periodBefore = PERIOD_BEFORE.exec(before) ?? PERIOD_BEFORE.exec(clause);
  if (!periodAfter && !BUDGET_WORDS.test(clause)) return false;
  if (!checkPositive(ctx, 'budget_usd_per_month', amount, written)) return true;
  const period = periodAfter ?? periodBefore;
  const unitWord = period ? period[1] ?? period[2] ?? period[3] : undefined;
  const notes: string[] = [];
  let monthly = amount;
  if (unitWord) {
    const unit =
      {
        annual: 'year',
        monthly: 'month',
        annually: 'year',
        yearly: 'year',
        weekly: 'week',
        daily: 'day',
        hourly: 'hour',
      }[unitWord] ?? unitWord;
    const converted = perMonth(amount, unit);
    if (converted === undefined) return false;
    if ((periodSeconds(unit) ?? 0) !== periodSeconds('month'))
      notes.push(
        `$${fmt(amount)} per ${unit} = $${fmt(
          roundSig(converted, 6),
        )} per month`,
      );
    monthly = converted;
  } else {
    notes.push(`no period given for $${fmt(amount)}: read as per month`);
  }
  if (currency && !/^(?:\$|usd|us\$|dollars?|bucks)$/.test(currency)) {
    notes.push(
      `${currency.toUpperCase()} read as US dollars (no exchange rate applied)`,
    );
  }
  if (!currency) notes.push('no currency given: read as US dollars');
  setSignal(
    ctx.signals,
    'budget_usd_per_month',
    roundSig(monthly, 6),
    'stated',
    notes.join('; ') || undefined,
  );
  return true;
}

/** A monthly budget in USD from "$3k/month", "3,000 USD a month", "$36k per year", "budget of 5000". */
export function extractBudget(ctx: QuantityContext): void {
  for (const m of matches(ctx, MONEY_RE)) {
    const g = m.groups!;
    const written = g.num ?? g.num2;
    let amount = parseNumberToken(written);
    if (g.cur2 === 'k$') amount *= 1000;
    const end = m.index + m[0].length;
    if (readBudget(ctx, amount, m.index, end, m[0], g.cur ?? g.cur2 ?? ''))
      ctx.spans.take(m.index, end);
  }
  if (ctx.signals.values.budget_usd_per_month === undefined) {
    for (const m of matches(ctx, SPEND_RE)) {
      const amount = parseNumberToken(m.groups!.num);
      const [s, e] = groupSpan(m, m.groups!.num);
      if (readBudget(ctx, amount, s, e, m.groups!.num, ''))
        ctx.spans.take(s, e);
    }
  }
  if (ctx.signals.values.budget_usd_per_month === undefined) {
    for (const m of matches(ctx, BARE_BUDGET_RE)) {
      const amount = parseNumberToken(m.groups!.num);
      const [s, e] = groupSpan(m, m.groups!.num);
      if (readBudget(ctx, amount, s, e, m.groups!.num, ''))
        ctx.spans.take(m.index, m.index + m[0].length);
    }
  }
}

// ------------------------------------------------------------------ tokens

const MAX_CUES =
  /\b(?:context|ctx|window|up to|max|maximum|at most|as long as|as much as|no more than|long|longest|whole|entire|full|documents?|docs?|files?|transcripts?|contracts?|reports?|books?|codebases?|repos?|repositories)\b/g;
const INPUT_CUES =
  /\b(?:prompts?|inputs?|questions?|quer(?:y|ies)|send|sends|sent|requests?|messages?|chunks?|retrieved|passages?)\b/g;
const OUTPUT_CUES =
  /\b(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|generat\w*|summar(?:y|ies)|writes?|write-ups?|drafts?|articles?|posts?|suggestions?)\b/g;

type TokenRole = 'max' | 'input' | 'output';

function cueDistances(text: string, re: RegExp, fromEnd: boolean): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const d = fromEnd
      ? text.length - ((m.index ?? 0) + m[0].length)
      : m.index ?? 0;
    best = Math.min(best, d);
  }
  return best;
}

function tokenRole(
  ctx: QuantityContext,
  start: number,
  end: number,
  attached: string,
): TokenRole | undefined {
  // a noun right after "N tokens" / "N-token" decides: "500-token answers", "100k-token documents"
  const direct = attached.trim();
  if (direct) {
    if (
      /^(?:context|ctx|window|documents?|docs?|files?|transcripts?|contracts?|reports?|books?|codebases?)\b/.test(
        direct,
      )
    )
      return 'max';
    if (
      /^(?:prompts?|inputs?|questions?|quer(?:y|ies)|messages?)\b/.test(direct)
    )
      return 'input';
    if (
      /^(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|summar(?:y|ies)|articles?|posts?)\b/.test(
        direct,
      )
    )
      return 'output';
  }
  const { before, after } = around(ctx, start, end, 45, 25);
  const typical =
    /\b(?:average|avg|typical(?:ly)?|usually|mostly|around|about|roughly|maybe|~|mean)\b|~/.test(
      before,
    );
  const dMax = cueDistances(before, MAX_CUES, true);
  const dIn = cueDistances(before, INPUT_CUES, true);
  const dOut = cueDistances(before, OUTPUT_CUES, true);
  const best = Math.min(dMax, dIn, dOut);
  if (best < Infinity) {
    if (best === dOut) return 'output';
    if (best === dIn)
      return /\b(?:up to|max|maximum|at most|as long as|no more than|context)\b/.test(
        before,
      )
        ? 'max'
        : 'input';
    return typical && /\b(?:prompts?|inputs?)\b/.test(before) ? 'input' : 'max';
  }
  const aMax = cueDistances(after, MAX_CUES, false);
  const aIn = cueDistances(after, INPUT_CUES, false);
  const aOut = cueDistances(after, OUTPUT_CUES, false);
  const bestAfter = Math.min(aMax, aIn, aOut);
  if (bestAfter === Infinity) return undefined;
  if (bestAfter === aOut) return 'output';
  if (bestAfter === aIn) return 'input';
  return 'max';
}

function setTokens(
  ctx: QuantityContext,
  role: TokenRole,
  value: number,
  written: string,
  note?: string,
  source: 'stated' | 'inferred' = 'stated',
) {
  const fields = {
    max: 'max_input_tokens',
    input: 'input_tokens',
    output: 'output_tokens',
  } as const;
  const field = fields[role];
  if (!checkPositive(ctx, field, value, written)) return;
  const rounded = Math.round(value);
  const binary =
    /k$/i.test(written.trim()) && rounded % 1024 === 0
      ? `${written.trim()} tokens read as ${fmt(
          rounded,
        )} (k = 1024 for powers of two)`
      : undefined;
  setSignal(
    ctx.signals,
    field,
    rounded,
    source,
    [note, binary].filter(Boolean).join('; ') || undefined,
  );
}

const TOKENS_RE = new RegExp(
  `(?<num>${N})\\s?-?\\s?(?:tokens?|toks?)(?![a-z/])(?<attached>\\s?-?\\s?[a-z]+)?`,
  'g',
);
const CONTEXT_AFTER_RE = new RegExp(
  `(?<num>${N})\\s?-?\\s?(?:tokens?\\s)?(?:max(?:imum)?\\s)?(?:context(?:\\s(?:window|length))?|ctx)\\b`,
  'g',
);
const CONTEXT_BEFORE_RE = new RegExp(
  `\\b(?:context(?:\\s(?:window|length|size))?|ctx|max(?:imum)?\\s(?:input|prompt)(?:\\s(?:length|size))?)\\s?(?:should be|must be|needs to be|of|:|=|is|up to|around|about|~|at least|>=?)?\\s?(?:maybe|roughly|about|around|~|at least)?\\s?(?<num>${N})(?!\\s?(?:users?|%|ms|req))`,
  'g',
);
const NOUN_TOKENS_RE = new RegExp(
  `(?<num>${N})\\s?-?\\s?(?<noun>prompts?|inputs?|outputs?|completions?|responses?|answers?)(?![a-z])(?!\\s?(?:per|a|an|each|every)\\s(?:s|sec|second|min|minute|hour|day|night|week|month)\\b)(?!\\s?(?:nightly|daily|hourly|weekly|monthly)\\b)`,
  'g',
);
const CUE_THEN_NUMBER_RE = new RegExp(
  `\\b(?<cue>prompts?|inputs?|answers?|outputs?|responses?|repl(?:y|ies)|completions?)\\s(?:(?:are|is|of|at|around|about|maybe|roughly|usually|typically|perhaps|probably|~|:|=)\\s?)*(?<num>${N})(?!\\s?(?:[a-z%$]|-))`,
  'g',
);
/** Ops shorthand for lengths: "4k in 1k out", "2k in / 500 out", "in/out 2k/300". */
const IN_OUT_RE = new RegExp(
  `(?<inp>${N})\\s?(?:tokens?\\s)?(?:in|input)\\s?[,/;]?\\s?(?:and\\s)?(?<out>${N})\\s?(?:tokens?\\s)?(?:out|output)\\b|\\bin\\s?/\\s?out\\s?:?\\s?(?<inp2>${N})\\s?/\\s?(?<out2>${N})`,
  'g',
);
/**
 * Pages as the length of one document: "100-page contracts", "200+ pages", "up to 50 pages", "30
 * pages long", and a length verb before the count ("run to 150 pages", "can span 300 pages",
 * "often reach 80 pages"); not a volume ("40,000 pages a day").
 */
const PAGES_RE = new RegExp(
  `(?:(?:up to|of|over|often|typically|around|about)\\s)?(?<num>${N})(?:-pages?\\b|-pager\\b|\\s?\\+\\s?pages?\\b|\\s?pages?\\s(?:long|each|per (?:document|doc|file|contract|report))\\b)|\\b(?:up to|documents? of|contracts? of|reports? of)\\s(?<num2>${N})\\s?pages?\\b|\\b(?:run(?:s|ning)?\\s(?:to|up to|over|into|past)|spann?(?:s|ing)?|stretch(?:es|ing)?\\s(?:to|over)|reach(?:es|ing)?|can be|are (?:often|usually|typically|sometimes|mostly|generally)|averag(?:e|es|ing)|as long as)\\s(?:about\\s|around\\s|roughly\\s|up to\\s|over\\s|~\\s?)?(?<num3>${N})\\s?pages?\\b(?!\\s?(?:/\\s?|(?:per|a|an|each|every)\\s)(?:day|night|hour|week|month|year)\\b)`,
  'g',
);

/** Tokens per page assumed when a request gives pages ("100-page contracts"). */
export const TOKENS_PER_PAGE = 600;

/** Context need and typical input/output lengths from "32k context", "prompts ~500 tokens", "100-page contracts". */
export function extractTokens(ctx: QuantityContext): void {
  for (const m of matches(ctx, CONTEXT_AFTER_RE)) {
    setTokens(ctx, 'max', parseTokenCount(m.groups!.num), m.groups!.num);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const m of matches(ctx, CONTEXT_BEFORE_RE)) {
    const [s, e] = groupSpan(m, m.groups!.num);
    if (ctx.spans.overlaps(s, e)) continue;
    setTokens(ctx, 'max', parseTokenCount(m.groups!.num), m.groups!.num);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const m of matches(ctx, IN_OUT_RE)) {
    const g = m.groups!;
    const inp = g.inp ?? g.inp2;
    const out = g.out ?? g.out2;
    setTokens(
      ctx,
      'input',
      parseTokenCount(inp),
      inp,
      `"${m[0].trim()}" read as typical input and output lengths in tokens`,
    );
    setTokens(ctx, 'output', parseTokenCount(out), out);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const m of matches(ctx, TOKENS_RE)) {
    const g = m.groups!;
    const [s, e] = groupSpan(m, g.num);
    // "30 tokens/s" belongs to latency
    const role = tokenRole(ctx, s, e, g.attached ?? '');
    const value = parseTokenCount(g.num);
    if (!role) {
      setTokens(
        ctx,
        'input',
        value,
        g.num,
        `"${m[0].trim()}" with no word saying what it measures: read as the typical prompt length`,
      );
    } else {
      setTokens(ctx, role, value, g.num);
    }
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  const anyTokens = /\btokens?\b/.test(ctx.text);
  for (const m of matches(ctx, NOUN_TOKENS_RE)) {
    const g = m.groups!;
    const value = parseTokenCount(g.num);
    // "8k prompts" is a prompt length; "500 prompts" is a count
    if (!/k$/i.test(g.num.trim()) && !anyTokens) continue;
    const role: TokenRole = /^(?:prompts?|inputs?)$/.test(g.noun)
      ? 'input'
      : 'output';
    setTokens(ctx, role, value, g.num);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  if (anyTokens) {
    for (const m of matches(ctx, CUE_THEN_NUMBER_RE)) {
      const g = m.groups!;
      const role: TokenRole = /^(?:prompts?|inputs?)$/.test(g.cue)
        ? 'input'
        : 'output';
      const [s, e] = groupSpan(m, g.num);
      if (ctx.spans.overlaps(s, e)) continue;
      setTokens(
        ctx,
        role,
        parseTokenCount(g.num),
        g.num,
        `"${m[0].trim()}" read as tokens, like the other lengths in the request`,
      );
      ctx.spans.take(s, e);
    }
  }
  for (const m of matches(ctx, PAGES_RE)) {
    const pages = parseNumberToken(
      m.groups!.num ?? m.groups!.num2 ?? m.groups!.num3,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
    if (!(pages > 0)) continue;
    ctx.signals.recognised++;
    if (ctx.signals.values.max_input_tokens === undefined) {
      setTokens(
        ctx,
        'max',
        pages * TOKENS_PER_PAGE,
        String(pages),
        `${fmt(pages)} pages read as about ${fmt(
          pages * TOKENS_PER_PAGE,
        )} tokens (${TOKENS_PER_PAGE} tokens per page)`,
        'inferred',
      );
    }
  }
}

// ------------------------------------------------------------------ rates, batches, users

const USER_NOUNS =
  'users?|people|persons|ppl|folks|humans|employees|staff(?:ers)?|devs?|developers?|engineers?|programmers?|coders|customers?|clients?|seats|members|students|analysts?|lawyers?|attorneys|paralegals|doctors|clinicians|physicians|nurses|writers?|editors?|marketers|handlers|reps|representatives|support agents|sales agents|human agents|operators|researchers|scientists|teachers|visitors|subscribers|players|dau|mau|wau|accounts|colleagues|workers|salespeople|traders|testers|designers|managers|citizens|patients|learners|readers|shoppers|buyers|tenants|adjusters|underwriters|recruiters|consultants|associates|agents';
const RATE_NOUNS =
  'requests?|reqs?|queries|query|calls?|messages?|msgs|prompts?|completions?|conversations?|chats?|questions?|documents?|docs?|tickets?|emails?|articles?|summaries|translations?|files?|generations?|tasks?|jobs?|inferences?|contracts?|reports?|transcripts?|posts?|descriptions?|items?|records?|reviews?|sessions?|searches|lookups|pages|rows|images|videos|products|listings|entries|issues|runs';
const PER_USER =
  '(?:per|a|each|every)\\s(?:user|person|head|dev|developer|engineer|employee|seat|agent|member|customer|lawyer|writer|analyst)';
const TIME_UNIT =
  's|sec|second|min|minute|h|hr|hour|day|d|night|week|wk|month|mo|year|yr';

const SHORT_RATE_RE = new RegExp(
  `(?<num>${N})\\s?(?<unit>rps|qps|rpm|rph|rpd|req/s|reqs/s|req/sec|requests?/s(?:ec)?|r/s|q/s|queries/s|req/min|requests?/min|req/h|req/hr|requests?/h(?:our)?|req/day|requests?/day|req/d)(?![a-z])`,
  'g',
);
const NOUN_RATE_RE = new RegExp(
  `(?<num>${N})\\s?(?:(?!(?:per|a|an|each|every|and|or|of|in|on|to|for|from|with)\\b)[a-z-]+\\s){0,2}?(?<noun>${RATE_NOUNS})\\b(?:\\s?(?<peruser>${PER_USER}))?(?:(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${TIME_UNIT})\\b|\\s?(?<per2>nightly|daily|hourly|weekly|monthly|per night|a night|every night|each night|overnight)\\b)?(?:\\s(?<each>each|per (?:user|person|head)))?`,
  'g',
);

const NOT_RATE_NOUNS =
  'tokens?|words?|times|hours?|minutes?|seconds?|days?|weeks?|months?|years?|gpus?|dollars?|usd|pages?|characters?|chars|percent';
const GENERIC_RATE_RE = new RegExp(
  `(?<num>${N})\\s?(?:(?!(?:per|a|an|each|every|and|or|of|in|on|to|for|from|with)\\b)[a-z-]+\\s){0,2}?(?<noun>[a-z]{2,}s)\\b(?:\\s?(?<peruser>${PER_USER}))?(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${TIME_UNIT})\\b(?:\\s(?<each>each|per (?:user|person|head)))?`,
  'g',
);

const PEAK =
  /\b(?:peak|peaks|peaking|at peak|bursts?|burst(?:ing|y)|spikes?|spiking|max(?:imum)?|up to|top|busiest|rush)\b/;
const AVERAGE =
  /\b(?:average|avg|on average|mean|typical(?:ly)?|sustained|steady|baseline|normally|usually)\b/;

function unitSeconds(u: string): number | undefined {
  const map: Record<string, string> = {
    rps: 's',
    qps: 's',
    rpm: 'min',
    rph: 'h',
    rpd: 'day',
    d: 'day',
    night: 'day',
    nightly: 'day',
    daily: 'day',
    hourly: 'h',
    weekly: 'week',
    monthly: 'month',
    'per night': 'day',
    'a night': 'day',
    'every night': 'day',
    'each night': 'day',
    overnight: 'day',
  };
  const short = /\/(s|sec|min|h|hr|hour|day|d)$/.exec(u);
  if (short) return periodSeconds(short[1] === 'd' ? 'day' : short[1]);
  return periodSeconds(map[u] ?? u);
}

function unitName(unit: string): string {
  const names: Record<string, string> = {
    s: 'second',
    sec: 'second',
    min: 'minute',
    h: 'hour',
    hr: 'hour',
    d: 'day',
  };
  const short = /\/(s|sec|min|h|hr|hour|day|d)$/.exec(unit);
  const u = short ? short[1] : unit;
  return names[u] ?? (/^(?:rps|qps)$/.test(u) ? 'second' : u.replace(/s$/, ''));
}

function perUserCue(clause: string): boolean {
  return new RegExp(
    `\\beach\\b(?!\\s+(?:(?:${RATE_NOUNS})\\b|of (?:the|these|those) (?:${RATE_NOUNS})\\b|one\\b|time\\b|month\\b|day\\b|week\\b))|\\b${PER_USER}\\b|\\b(?:every|a|each) (?:user|person|employee|dev|developer|engineer)\\b|\\bthey(?:'d| would| will)? each\\b`,
  ).test(clause);
}

/** Request rates (converted to per second, peak or average), per-user rates and batch sizes. */
export function extractRates(ctx: QuantityContext): void {
  const rates: Array<{
    perSecond: number;
    basis: 'peak' | 'average' | null;
    note?: string;
  }> = [];
  const handle = (
    m: RegExpMatchArray & { index: number },
    count: number,
    unit: string | undefined,
    perUser: boolean,
    nightly: boolean,
  ) => {
    const end = m.index + m[0].length;
    const { clause } = around(ctx, m.index, end, 0, 0);
    const written = m[0].trim();
    if (!checkPositive(ctx, 'requests_per_s', count, written)) return;
    if (
      nightly ||
      (ctx.batch && (!unit || /^(?:day|d|night)$/.test(unit)) && !perUser)
    ) {
      const noun = /([a-z]+)\s*$/.exec(
        written
          .replace(
            /\b(?:nightly|daily|overnight|per night|a night|every night|each night|a day|per day)\b.*$/,
            '',
          )
          .trim(),
      )?.[1];
      const notes = [
        unit || nightly ? `"${written}" read as one batch` : undefined,
        noun && !/^(?:requests?|reqs?|queries|calls?|prompts?)$/.test(noun)
          ? `one request per ${noun.replace(/s$/, '')}`
          : undefined,
      ];
      setSignal(
        ctx.signals,
        'batch_requests',
        count,
        'stated',
        notes.filter(Boolean).join('; ') || undefined,
      );
      return;
    }
    if (!unit) return;
    const seconds = unitSeconds(unit);
    if (!seconds) return;
    if (perUser) {
      const perDay = (count * 86400) / seconds;
      if (seconds < 3600 && count >= 1) {
        ctx.signals.questions.push({
          field: 'requests_per_s',
          message: `"${written}": ${fmt(count)} requests per ${unitName(
            unit,
          )} from each user is more than a person sends (${fmt(
            roundSig(perDay, 3),
          )} a day). Did you mean ${fmt(count)} requests per ${unitName(
            unit,
          )} in total?`,
        });
        return;
      }
      setSignal(
        ctx.signals,
        'requests_per_user_per_day',
        roundSig(perDay, 6),
        'stated',
        seconds !== 86400
          ? `${written} per user = ${fmt(roundSig(perDay, 4))} per day`
          : undefined,
      );
      return;
    }
    const perSecond = count / seconds;
    // the word next to the rate decides ("120 rps avg / 400 rps peak"), else the clause
    const { before: near, after: next } = around(ctx, m.index, end, 14, 12);
    const adjacent = `${near.split(/[/,;]/).pop() ?? ''} ${
      next.split(/[/,;]/)[0]
    }`;
    let basis: 'peak' | 'average' | null = null;
    if (PEAK.test(adjacent)) basis = 'peak';
    else if (AVERAGE.test(adjacent)) basis = 'average';
    else if (PEAK.test(clause) && !AVERAGE.test(clause)) basis = 'peak';
    else if (AVERAGE.test(clause) && !PEAK.test(clause)) basis = 'average';
    const notes: string[] = [];
    if (seconds > 1)
      notes.push(
        `${written} = ${fmt(roundSig(perSecond, 4))} requests per second`,
      );
    if (seconds >= 86400 && basis === null) {
      basis = 'average';
      notes.push('a daily or longer volume is an average rate');
    }
    rates.push({ perSecond, basis, note: notes.join('; ') || undefined });
  };

  for (const m of matches(ctx, SHORT_RATE_RE)) {
    const g = m.groups!;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    handle(
      m,
      parseNumberToken(g.num),
      g.unit,
      perUserCue(clause) && /\beach\b|per (?:user|person)/.test(clause),
      false,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const m of matches(ctx, NOUN_RATE_RE)) {
    const g = m.groups!;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    const unit = g.per ?? g.per2;
    const nightly = !!g.per2 && /night|overnight/.test(g.per2);
    if (!unit && !ctx.batch) continue;
    const perUser = !!g.peruser || !!g.each || perUserCue(clause);
    handle(m, parseNumberToken(g.num), unit, perUser, nightly);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // any other plural noun with an explicit period: "2,000 issues per hour", "40 agent runs per day"
  for (const m of matches(ctx, GENERIC_RATE_RE)) {
    const g = m.groups!;
    if (new RegExp(`^(?:${USER_NOUNS}|${NOT_RATE_NOUNS})$`).test(g.noun))
      continue;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    const perUser = !!g.peruser || !!g.each || perUserCue(clause);
    handle(m, parseNumberToken(g.num), g.per, perUser, false);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  if (rates.length > 0) {
    const peak = rates.find(r => r.basis === 'peak');
    const chosen = peak ?? rates[0];
    const others = rates.filter(r => r !== chosen);
    const notes = [
      chosen.note,
      ...others.map(
        o =>
          `${fmt(roundSig(o.perSecond, 4))} req/s${
            o.basis ? ` (${o.basis})` : ''
          } also stated; sized for the ${chosen.basis ?? 'stated'} rate`,
      ),
    ].filter(Boolean);
    setSignal(
      ctx.signals,
      'requests_per_s',
      roundSig(chosen.perSecond, 6),
      'stated',
      notes.join('; ') || undefined,
    );
    if (chosen.basis)
      setSignal(ctx.signals, 'requests_per_s_basis', chosen.basis, 'stated');
  }
}

const WINDOW_RE = new RegExp(
  `(?:\\b(?<prep>in|within|under|over|inside|of|:)\\s)?(?<num>${N})\\s?-?\\s?(?<unit>h|hrs?|hours?|mins?|minutes?|days?)\\b(?<window>\\s?(?:window|batch window|time window))?`,
  'g',
);

/** Batch windows: "6h window", "within 4 hours", "in 3 days" (days only after in/within/over) in a batch request. */
export function extractBatchWindow(ctx: QuantityContext): void {
  for (const m of matches(ctx, WINDOW_RE)) {
    const g = m.groups!;
    if (!ctx.batch && !g.window) continue;
    const days = /^d/.test(g.unit);
    // "the last 30 days of logs" is what to process, not how long it may take
    if (
      days &&
      !g.window &&
      !/^(?:in|within|under|over|inside)$/.test(g.prep ?? '')
    )
      continue;
    let perUnit = 1 / 60;
    if (days) perUnit = 24;
    else if (/^h/.test(g.unit)) perUnit = 1;
    const hours = parseNumberToken(g.num) * perUnit;
    if (!checkPositive(ctx, 'batch_window_hours', hours, m[0])) continue;
    setSignal(ctx.signals, 'batch_window_hours', roundSig(hours, 6), 'stated');
    ctx.spans.take(m.index, m.index + m[0].length);
  }
}

const GAP =
  "(?:(?!(?:per|and|or|with|at|to|in|on|for|from|of|the|a|an|each|every|tokens?|requests?|queries|gpus?)\\b)[a-z][a-z'-]*\\s){0,2}?";
const USERS_RE = new RegExp(
  `(?<num>${N})(?:\\s?(?:-|to)\\s?(?<num2>\\d[\\d,.]*(?:\\s?k)?))?\\s?\\+?\\s?(?<gap>${GAP})(?<noun>${USER_NOUNS})\\b`,
  'g',
);
const USERS_BEFORE_RE = new RegExp(
  `\\b(?<lead>team|company|org(?:anization|anisation)?|user ?base|audience|headcount|workforce|dau|mau|wau|users|concurrency|concurrent users)\\s?(?:of|with|is|are|:|=|around|about|~|roughly|approximately|size)?\\s?(?:about|around|roughly|~|approximately|maybe)?\\s?(?<num>${N})(?!\\s?(?:%|ms|s\\b|req|tokens?|gpus?|[km]?\\$))`,
  'g',
);
/** Open sessions at once stand for people at once: "500 concurrent sessions", "200 chats open at the same time". */
const SESSIONS_RE = new RegExp(
  `(?<num>${N})\\s?\\+?\\s?(?:(?<adj>concurrent|simultaneous|parallel|active|open|live|in-flight)\\s(?:user\\s|chat\\s)?(?<noun>sessions|conversations|chats|connections)\\b|(?<noun2>sessions|conversations|chats|connections)\\s(?:open\\s|running\\s|active\\s)?(?<when>at once|at the same time|in parallel|simultaneously|concurrently)\\b)`,
  'g',
);
const USERS_ADJ_RE = new RegExp(
  `(?<num>${N})[\\s-](?:person|people|member|strong|seat|user)\\s(?<noun>team|company|org|department|group|firm|shop|startup)\\b`,
  'g',
);

function usersKindFrom(words: string, clause: string): UsersKind {
  if (/\bdau\b|daily(?:[\s-]active)?\b|\bper day\b|\ba day\b/.test(words))
    return 'daily_active';
  if (/\bmau\b|monthly(?:[\s-]active)?\b/.test(words)) return 'monthly_active';
  if (
    /\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|concurrency|sessions?)\b/.test(
      words,
    )
  )
    return 'concurrent';
  if (
    /\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|at (?:the same time|once)|in parallel|at any (?:one )?time)\b/.test(
      clause,
    )
  )
    return 'concurrent';
  if (/\bdaily active\b|\bdau\b/.test(clause)) return 'daily_active';
  return 'total';
}

/** Upper bound on users: more than the people on Earth is a typo or a test. */
export const MAX_USERS = 1e10;

/** Users and what they count ("5k DAU", "300 concurrent users", "team of 40", "ten thousand employees"). */
export function extractUsers(ctx: QuantityContext): void {
  const found: Array<{
    value: number;
    kind: UsersKind;
    start: number;
    end: number;
    written: string;
    range?: string;
  }> = [];
  for (const m of matches(ctx, USERS_RE)) {
    const g = m.groups!;
    const { clause, after } = around(
      ctx,
      m.index,
      m.index + m[0].length,
      0,
      30,
    );
    // "support agents" are people, "AI agents" are not
    if (
      g.noun === 'agents' &&
      !/\b(?:support|sales|human|service|call[\s-]center|help ?desk|field)\s$/.test(
        `${g.gap} `,
      )
    )
      continue;
    // "5 developers per team": not a headcount
    if (/^\s?(?:per|each)\s(?!day\b)/.test(after)) continue;
    const daily =
      /^\s?(?:a day|per day|each day|every day|daily|on a given day)\b/.test(
        after,
      );
    const upper = g.num2 ? parseNumberToken(g.num2) : undefined;
    found.push({
      value: upper ?? parseNumberToken(g.num),
      kind: daily
        ? 'daily_active'
        : usersKindFrom(`${g.gap} ${g.noun}`, clause),
      start: m.index,
      end: m.index + m[0].length,
      written: m[0],
      range: upper !== undefined ? `${g.num}-${g.num2}` : undefined,
    });
  }
  for (const m of matches(ctx, SESSIONS_RE)) {
    found.push({
      value: parseNumberToken(m.groups!.num),
      kind: 'concurrent',
      start: m.index,
      end: m.index + m[0].length,
      written: m[0],
    });
  }
  for (const re of [USERS_BEFORE_RE, USERS_ADJ_RE]) {
    for (const m of matches(ctx, re)) {
      const g = m.groups!;
      const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
      const lead = g.lead ?? g.noun ?? '';
      found.push({
        value: parseNumberToken(g.num),
        kind: usersKindFrom(lead, clause),
        start: m.index,
        end: m.index + m[0].length,
        written: m[0],
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const first = found.find(f => !ctx.spans.overlaps(f.start, f.end));
  for (const f of found) ctx.spans.take(f.start, f.end);
  if (!first) return;
  if (!Number.isFinite(first.value)) return;
  if (first.value <= 0) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${first.written.trim()}": the number of users must be at least 1`,
    });
    return;
  }
  if (first.value > MAX_USERS) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${first.written.trim()}" is ${first.value.toExponential(
        1,
      )} users, more than there are people on Earth; give a realistic number of users`,
    });
    return;
  }
  if (!Number.isInteger(first.value)) {
    first.value = Math.round(first.value);
  }
  const approx = approximateAt(ctx, first.start, first.end);
  let note: string | undefined;
  if (approx)
    note = `"${approx.phrase}" read as about ${fmt(
      first.value,
    )}; give the exact number if it matters`;
  else if (first.range)
    note = `${first.range} read as ${fmt(
      first.value,
    )}, the upper end, to size for it`;
  setSignal(
    ctx.signals,
    'users',
    first.value,
    approx || first.range ? 'inferred' : 'stated',
    note,
  );
  setSignal(
    ctx.signals,
    'users_kind',
    first.kind,
    first.kind === 'total' ? 'inferred' : 'stated',
  );
  const others = found.filter(
    f => f !== first && f.value !== first.value && Number.isFinite(f.value),
  );
  if (others.length > 0 && first.kind === others[0].kind) {
    ctx.signals.assumptions.push(
      `several user counts given (${[first, ...others]
        .map(f => fmt(f.value))
        .join(', ')}): used the first, ${fmt(first.value)}`,
    );
  }
}

const FRACTIONS: Record<string, number> = {
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  fifth: 0.2,
  tenth: 0.1,
};
const SHARE_RE =
  /\b(?:(?:a|one)\s)?(?<frac>half|third|quarter|fifth|tenth)\s(?:of\s(?:them|those|these|us|the\s[a-z]+|our\s[a-z]+|all\s[a-z]+|users|employees|people|staff))|\b(?<pct>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s(?:of\s(?:them|those|these|the\s[a-z]+|our\s[a-z]+|users|employees|people|staff)\s)?/g;

/** "a fifth of them would use it on a given day", "20% are active daily" → active_share. */
export function extractActiveShare(ctx: QuantityContext): void {
  for (const m of matches(ctx, SHARE_RE)) {
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    if (
      !/\b(?:use|using|active|daily|a day|per day|given day|at a time|at once|log in|logged in)\b/.test(
        clause,
      )
    )
      continue;
    const g = m.groups!;
    const share = g.frac ? FRACTIONS[g.frac] : Number(g.pct) / 100;
    if (!(share > 0 && share <= 1)) continue;
    setSignal(ctx.signals, 'active_share', roundSig(share, 4), 'stated');
    ctx.spans.take(m.index, m.index + m[0].length);
    return;
  }
}

const GPU_COUNT_RE = new RegExp(
  `(?<num>${N})\\s?x?\\s?(?:gpus|cards|accelerators)\\b`,
  'g',
);

/** "16 GPUs", "at most 8 GPUs" → max_gpus (counts before named GPUs are added by the mention reader). */
export function extractGpuCount(
  ctx: QuantityContext,
  namedCounts: number[],
): void {
  let total = namedCounts.reduce((a, b) => a + b, 0);
  for (const m of matches(ctx, GPU_COUNT_RE)) {
    const n = parseNumberToken(m.groups!.num);
    ctx.spans.take(m.index, m.index + m[0].length);
    if (!checkPositive(ctx, 'max_gpus', n, m[0])) continue;
    total = Math.max(total, n);
  }
  if (total > 0)
    setSignal(ctx.signals, 'max_gpus', Math.round(total), 'stated');
}
