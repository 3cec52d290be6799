/**
 * Latency targets from a request: each number with a duration unit (or "a minute" timed per
 * thing made or said to be fine), the metric named near it (TTFT, ITL, E2E, or the use case's
 * usual one) and its percentile; tokens per second as ITL; the SLO percentile.
 */
import { LatencyMetric, LatencyTarget } from './intentSchema';
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  RANGE_SEPARATOR_SOURCE as RS,
  RANGE_UPPER_SOURCE as NU,
  roundSig,
  toMilliseconds,
} from './numbers';
import { Clause } from './text';
import {
  ARTEFACT,
  findMetricCues,
  metricAttachedTo,
  PACE_AFTER_NUMBER,
  WORK_UNIT,
} from './latencyMetric';
import {
  percentageIsPercentile,
  percentageStandsAlone,
} from './percentileScope';
import {
  describesTheNetwork,
  saysHowLate,
  saysHowLongItTakes,
} from './lateness';
import { setSignal } from './signals';
import { PERCENT_WORDS } from './shares';
import {
  approximateAt,
  around,
  checkPositive,
  clauseText,
  fmt,
  matches,
  QuantityContext,
  rangeNote,
} from './quantityReading';

/**
 * "p99", "99th percentile", "median": a percentile in its own words (not a median length: "the
 * median is perhaps 40,000 tokens", "median prompt size", "up to 100k tokens, median ~45k": no
 * time is said in thousands); also shortened: "99th pct",
 * "95 pctl", "95%ile"; "pct" only after an ordinal, since "99 pct" is a percentage); also an
 * ordinal of 50 or more after "at the" / "for the" with no noun after it ("under 300 ms at the
 * 99th"), where the noun "percentile" is understood. "the 21st floor" and "the 25th of May" have
 * their noun.
 */
const PERCENTILE_RE =
  /\bp(\d{2}(?:\.\d+)?)\b|\b(\d{2}(?:\.\d+)?)(?:(?:th|st|nd|rd)?[\s-]?(?:percentile|pctl)\b|(?:th|st|nd|rd)[\s-]?pct\b|\s?%ile\b)|\b(median)\b(?!\s(?:length|size|document|prompt|input|output|article|file|contract|agreement)s?\b)(?![^.;!?\d]{0,30}\d[\d,.]*\s?k?\s?(?:tokens?|pages?|words?|characters?)\b)(?!\s?[:=]?\s?(?:~\s?|≈\s?|(?:about|around|roughly)\s)?\d[\d,.]*\s?k\b)|\b(?:at|for|on|by) the ((?:[5-9]\d)(?:\.\d+)?)(?:th|st|nd|rd)\b(?!\s?-?\s?[a-z])/g;

/**
 * A percentile said again by reference, the one named before it: "TTFT under 300 ms at p99,
 * ITL under 40 ms at the same percentile", "both at the same pct".
 */
const SAME_PERCENTILE_RE = /\b(?:the\s)?same\s(?:percentile|pctl|pct|%ile)\b/gi;

interface PercentileMention {
  value: number;
  start: number;
  end: number;
  /**
   * A percentage in a clause of its own qualifies the latency clause it is joined to by a comma
   * (`neighbourQualified`): that clause's start, and whether the percentage comes after it.
   */
  qualifies?: { clauseStart: number; side: 'after' | 'before' };
}

/**
 * "95 % of requests", "99 percent of the time", "in under 15 seconds for 95 % of passengers": a
 * percentage of something (with a sign or the word "percent", however spelt: "pct", "procent",
 * PERCENT_WORDS of shares.ts) is a percentile only in a clause
 * about latency (a time limit or a latency word, percentileScope.ts); "20 % of the users use it
 * daily" is a share of users. What it is of is a plural noun, regular ("visitors") or not
 * ("people", "staff", "traffic": IRREGULAR_PLURAL).
 */
const IRREGULAR_PLURAL =
  'people|children|men|women|staff|personnel|folk|everyone|everybody|traffic|usage';
/**
 * A thing asked of the system, in the singular a writer may leave after "of" when the plural "s"
 * is dropped ("95 % of request", "99 % of call"); the clause still has to be about latency.
 */
const SINGULAR_OCCASION =
  'request|query|call|case|message|question|answer|response|reply|prompt|chat|conversation|session|ticket|search|transaction|user|customer|visitor';
const PERCENTAGE_OF_RE = new RegExp(
  `\\b(\\d{2}(?:\\.\\d+)?)\\s?(?:${PERCENT_WORDS})\\s(?:of\\s(?:(?:the\\s|our\\s|all\\s)?(?:[a-z]+s|time|${IRREGULAR_PLURAL}|${SINGULAR_OCCASION})|them|those|these))\\b`,
  'g',
);

/**
 * "39 times out of 40", "nine out of ten times", "99 requests in 100", "49 out of every 50 replies":
 * a proportion said as a count of occasions out of a total ("every" or "each" may lead the total
 * in), a percentile (19 / 20 = 95) on the same terms as a percentage of something
 * (PERCENTAGE_OF_RE): in a clause about latency, and a majority. "1 in 8 users" is a share; "2 in
 * 3 regions" (a noun of no occasion after "in") and "3 in 4 minutes" are no proportion.
 */
const OCCASIONS =
  '(?:times|cases|requests|queries|calls|answers|responses|replies|messages|users)';
const OUT_OF_RE = new RegExp(
  `\\b(?<n>\\d{1,4})\\s(?:${OCCASIONS}\\s)?(?:out of\\s(?:every\\s|each\\s)?(?<m>\\d{1,5})\\b|in\\s(?:every\\s|each\\s)?(?<m2>\\d{1,5})\\b(?!\\s(?!${OCCASIONS}\\b)[a-z]))(?:\\s${OCCASIONS}\\b)?`,
  'g',
);

/** The percentile "n out of m" says, when it is one: a majority short of all. */
function proportionPercentile(n: number, m: number): number | undefined {
  if (!(m > 0 && n < m && n / m >= 0.5)) return undefined;
  return roundSig((100 * n) / m, 4);
}

/**
 * The latency clause a percentage standing alone in its clause qualifies: "done within 5 s of the
 * call ending, 95 % of the time" (the clause before it), "95 % of the time, under 2 s" (the one
 * after it), joined to it by a comma. Only a majority (50 % or more) is a latency percentile
 * this way: "first token under 500 ms, 30 % of the users" is no SLO.
 */
function neighbourQualified(
  ctx: QuantityContext,
  clause: Clause,
  percentage: string,
  value: number,
): PercentileMention['qualifies'] {
  if (value < 50 || !percentageStandsAlone(clause.text, percentage))
    return undefined;
  const i = ctx.clauses.findIndex(c => c.start === clause.start);
  if (i < 0) return undefined;
  const joined = (a: Clause, b: Clause) =>
    /^\s*,\s*$/.test(ctx.text.slice(a.start + a.text.length, b.start));
  const previous = ctx.clauses[i - 1];
  if (
    previous &&
    joined(previous, clause) &&
    percentageIsPercentile(previous.text)
  )
    return { clauseStart: previous.start, side: 'after' };
  const next = ctx.clauses[i + 1];
  if (next && joined(clause, next) && percentageIsPercentile(next.text))
    return { clauseStart: next.start, side: 'before' };
  return undefined;
}

function findPercentiles(ctx: QuantityContext): PercentileMention[] {
  const out: PercentileMention[] = [];
  const add = (
    value: number,
    start: number,
    length: number,
    qualifies?: PercentileMention['qualifies'],
  ) => {
    if (!(value > 0 && value < 100)) return;
    if (out.some(p => p.start === start)) return;
    out.push({ value, start, end: start + length, qualifies });
  };
  for (const m of ctx.text.matchAll(PERCENTILE_RE))
    add(m[3] ? 50 : Number(m[1] ?? m[2] ?? m[4]), m.index ?? 0, m[0].length);
  for (const m of ctx.text.matchAll(PERCENTAGE_OF_RE)) {
    const start = m.index ?? 0;
    const clause = clauseText(ctx, start) as Clause;
    const value = Number(m[1]);
    if (percentageIsPercentile(clause.text)) add(value, start, m[0].length);
    else {
      const qualifies = neighbourQualified(ctx, clause, m[0], value);
      if (qualifies) add(value, start, m[0].length, qualifies);
    }
  }
  for (const m of ctx.text.matchAll(OUT_OF_RE)) {
    const start = m.index ?? 0;
    const g = m.groups!;
    const value = proportionPercentile(Number(g.n), Number(g.m ?? g.m2));
    if (value === undefined) continue;
    // "3 in 4 minutes" is a time, not a proportion
    if (
      /^\s?(?:ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b/.test(
        ctx.text.slice(start + m[0].length),
      )
    )
      continue;
    const clause = clauseText(ctx, start) as Clause;
    if (percentageIsPercentile(clause.text)) add(value, start, m[0].length);
    else {
      const qualifies = neighbourQualified(ctx, clause, m[0], value);
      if (qualifies) add(value, start, m[0].length, qualifies);
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "at the same percentile": the one said last before it
  for (const m of ctx.text.matchAll(SAME_PERCENTILE_RE)) {
    const start = m.index ?? 0;
    const earlier = out.filter(p => p.end <= start).pop();
    if (earlier) add(earlier.value, start, m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The percentage qualifying the clause of a time (`neighbourQualified`): the last time of that
 * clause takes one said after it, the first time one said before it.
 */
function qualifyingPercentile(
  percentiles: PercentileMention[],
  clause: Clause,
  scope: TimeScope,
): PercentileMention | undefined {
  return percentiles.find(
    p =>
      p.qualifies?.clauseStart === clause.start &&
      (p.qualifies.side === 'after'
        ? !scope.bounded.after
        : !scope.bounded.before),
  );
}

/** Where a time's metric and percentile may be read: its clause, cut at the times around it. */
interface TimeScope {
  start: number;
  end: number;
  /** Whether another time cuts the scope on that side. */
  bounded: { before: boolean; after: boolean };
}

/** A word that joins one target to the next within a clause: "300 ms and ITL under 40 ms". */
const JOINING_WORD = /\s(?:and|&|plus|then|as well as)\s/;
const TARGET_JOINER = new RegExp(JOINING_WORD.source, 'g');
/** A comma or a joining word: what stands between two targets. */
const BETWEEN_TARGETS = new RegExp(`,|${JOINING_WORD.source}`);

/**
 * Whether `gap` holds nothing but the names of latency metrics ("TTFT", "inter-token latency"),
 * "at" and spaces: a percentile after such a gap still follows the time before it.
 */
function onlyMetricNames(gap: string): boolean {
  let rest = gap;
  for (const cue of findMetricCues(gap, 0).reverse())
    if (cue.strength === 4)
      rest = `${rest.slice(0, cue.start)} ${rest.slice(cue.end)}`;
  return /^\s*(?:(?:latency|at|@)\s*)*$/i.test(rest);
}

/**
 * The percentile of the time at [start, end): in its scope, before it within 40 chars ("p95 under
 * 300 ms") or right after it ("300 ms p95"). One written straight after the previous time is that
 * time's ("TTFT 300 ms p95 and ITL 40 ms p99": p95 is the first's), and so is one written after
 * the previous time and its metric's name when a joining word or a comma then leads to this time
 * ("120 ms TTFT p95 and inter-token under 35 ms": p95 is the TTFT's, the ITL has none). One
 * straight before the next time is the next's ("p50 300 ms / p99 1.2 s"), and so is one after
 * a joining word that leads on to the next time ("120 ms TTFT and ITL p95 under 35 ms").
 */
function percentileAttachedTo(
  text: string,
  percentiles: PercentileMention[],
  scope: TimeScope,
  start: number,
  end: number,
): PercentileMention | undefined {
  const adjoining = (from: number, to: number) =>
    /^\s*(?:at\s+)?$/.test(text.slice(from, to));
  const trailsPrevious = (p: PercentileMention) =>
    adjoining(scope.start, p.start) ||
    (onlyMetricNames(text.slice(scope.start, p.start)) &&
      BETWEEN_TARGETS.test(text.slice(p.end, start)));
  const prior = percentiles
    .filter(
      p =>
        p.start >= scope.start &&
        p.end <= start &&
        start - p.end <= 40 &&
        !(scope.bounded.before && trailsPrevious(p)),
    )
    .sort((a, b) => b.end - a.end)[0];
  if (prior) return prior;
  return percentiles
    .filter(
      p =>
        p.start >= end &&
        p.end <= scope.end &&
        p.start - end <= 15 &&
        !(
          scope.bounded.after &&
          (adjoining(p.end, scope.end) ||
            JOINING_WORD.test(text.slice(end, p.start)))
        ),
    )
    .sort((a, b) => a.start - b.start)[0];
}

/**
 * A percentile in brackets right after a time: "TTFT <= 1.2 s (95th pct), ITL <= 80 ms". The
 * bracket opens a clause of its own, but the percentile is that time's alone, not one stated
 * apart for every target.
 */
function bracketedPercentile(
  text: string,
  percentiles: PercentileMention[],
  end: number,
): PercentileMention | undefined {
  return percentiles.find(
    p =>
      p.start > end &&
      /^\s*[([]\s*(?:at\s+)?$/.test(text.slice(end, p.start)) &&
      /^\s*[)\]]/.test(text.slice(p.end)),
  );
}

/**
 * A percentile alone in the clause after a time, ending its sentence: "ITL under 30 ms at p99, and
 * TTFT under 200 ms, also at p99". It is that time's when an earlier target of the text already
 * has a percentile of its own (`earlierHasOne`); with none, it stands apart from every target and
 * is spread to them all ("TTFT 350 ms, ITL 45 ms, at p99": percentileScope.ts).
 */
function trailingClausePercentile(
  text: string,
  percentiles: PercentileMention[],
  end: number,
  earlierHasOne: boolean,
): PercentileMention | undefined {
  if (!earlierHasOne) return undefined;
  return percentiles.find(
    p =>
      !p.qualifies &&
      p.start > end &&
      /^\s*,\s*(?:(?:also|again|likewise|similarly|both|measured|and)\s+)*(?:at\s+|@\s?)?$/.test(
        text.slice(end, p.start),
      ) &&
      /^\s*(?:too|as well|again)?\s*(?:[.;!?](?=\s|$)|$)/.test(
        text.slice(p.end),
      ),
  );
}

/** Words that may lead a clause in before its percentile: "and for", "but in", "at least". */
const CLAUSE_LEAD_IN =
  /^\s*(?:(?:and|but|so|then|also|for|in|on|with|at least|about|around|roughly|some|over)\s+)*$/;

/**
 * A percentile opening the clause of the only time in it: "for 95 % of requests the first words
 * of the answer should appear within one second", "in 99 % of cases the full reply is back in
 * 6 s". It is that time's however many words stand between them; a time of another clause ("...,
 * and a complete answer within 8 s") does not share it. A clause of two or more times is left to
 * the other rules (a percentile heading a list of times may reach them all).
 */
function percentileOpeningClause(
  text: string,
  percentiles: PercentileMention[],
  clause: Clause,
  scope: TimeScope,
  start: number,
): PercentileMention | undefined {
  if (scope.bounded.before || scope.bounded.after) return undefined;
  return percentiles.find(
    p =>
      !p.qualifies &&
      p.start >= clause.start &&
      p.end <= start &&
      CLAUSE_LEAD_IN.test(text.slice(clause.start, p.start)),
  );
}

/** The stretch of the clause between the times before and after duration `i`. */
function scopeOf(
  durations: Array<{ index: number; 0: string }>,
  i: number,
  clause: Clause,
): TimeScope {
  const clauseEnd = clause.start + clause.text.length;
  const prevEnd =
    i > 0 ? durations[i - 1].index + durations[i - 1][0].length : -1;
  const nextStart =
    i + 1 < durations.length ? durations[i + 1].index : Infinity;
  return {
    start: Math.max(clause.start, prevEnd),
    end: Math.min(clauseEnd, nextStart),
    bounded: { before: prevEnd > clause.start, after: nextStart < clauseEnd },
  };
}

/**
 * Where a time's metric cues may be read: its scope, cut at the joining words between it and the
 * times around it. Up to the last joining word before the next time ("first token under 150 ms
 * and inter-token latency under 30 ms": "inter-token" leads the second time), and from the first
 * one after the previous time ("250 ms for TTFT and 30 ms for ITL": "for TTFT" ends the first).
 */
function metricScopeOf(
  text: string,
  scope: TimeScope,
  start: number,
  end: number,
): TimeScope {
  let { start: from, end: to } = scope;
  if (scope.bounded.after) {
    const joiners = [...text.slice(end, to).matchAll(TARGET_JOINER)];
    const last = joiners[joiners.length - 1];
    if (last) to = end + (last.index ?? 0);
  }
  if (scope.bounded.before) {
    const first = text.slice(from, start).matchAll(TARGET_JOINER).next().value;
    if (first) from += (first.index ?? 0) + first[0].length;
  }
  return { ...scope, start: from, end: to };
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

/** A limit this long with no metric named is on the whole response, not the first token. */
export const LONG_WAIT_MS = 10_000;

/** The words a duration is written with; also the spelling pass's targets ("secnds", "minuet"). */
export const DURATION_UNIT_WORDS: readonly string[] = [
  'ms',
  'msec',
  'msecs',
  'millis',
  'millisecond',
  'milliseconds',
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
];

const DURATION_UNIT = `(?:${[...DURATION_UNIT_WORDS]
  .sort((a, b) => b.length - a.length)
  .join('|')})(?![a-z])`;
/** "300 ms", "1.5 s", and ranges: "200-500 ms", "1 to 2 seconds", "200ms-1s". */
const DURATION_RE = new RegExp(
  `(?<num>${N})(?:\\s?(?<unit0>${DURATION_UNIT}))?(?:${RS}(?<num2>${NU}))?\\s?(?<unit>${DURATION_UNIT})`,
  'g',
);
/**
 * "a minute per summary", "a second for each reply", "a minute or so is fine": a duration said
 * with an article, timed per thing the task makes or said to be acceptable. ("in a minute",
 * "takes a second" are read as "1 minute" before the readers run.) "30 requests a minute" is a
 * rate: a count right before the article keeps it one (ARTICLE_DURATION_RATE_BEFORE).
 */
const ARTICLE_DURATION_RE = new RegExp(
  `\\b(?:a|an)\\s(?<unit>second|minute)\\b(?=\\s(?:per|for (?:each|every|a|one|one single)|a|each)\\s(?:[a-z-]+\\s)?(?:${ARTEFACT}|${WORK_UNIT})\\b|(?:\\s(?:or so|or two|at most|max|tops))?\\s(?:is|would be|will be|should be|sounds|seems|feels)\\s(?:(?:totally|perfectly|still|quite|probably|more than)\\s)?(?:fine|ok|okay|acceptable|tolerable|alright|all right|good enough|plenty|reasonable)\\b)`,
  'g',
);
/**
 * "a minute at most for the whole leaflet", "at most a minute", "no more than a second": an
 * article duration with a limit word, which says it is a time to keep to. A count right before
 * the article makes it a rate with its limit: "8 calls a minute at most".
 */
const LIMITED_ARTICLE_DURATION_RE =
  /\b(?:(?:at (?:the )?most|max|no (?:more|longer) than|not (?:more|longer) than)\s(?:a|one)\s(?<unit>second|minute)\b|\ba\s(?<unit2>second|minute)\s(?:at (?:the )?most|max|tops)\b)/g;
/**
 * "within about a second", "in roughly a minute", "under around one second": an article
 * duration with a hedge between the limit word and it (without one, "within a second" is read
 * as "1 second" before the readers run).
 */
const HEDGED_ARTICLE_DURATION_RE =
  /\b(?:under|within|below|less than|in)\s(?:about|around|roughly|approximately|maybe|~)\s?(?:a|one)\s(?<unit>second|minute)\b/g;

/**
 * "more than a couple of seconds", "a few of minutes": a vague count in words (rewritten to a
 * number before the readers run, "2 of seconds") of the unit. Without "of" ("a couple minutes")
 * the rewritten "2 minutes" is read as any time.
 */
const VAGUE_COUNT_OF_UNIT_RE = /\b(?<num>\d+)\sof\s(?<unit>seconds|minutes)\b/g;

/**
 * A time that says how long something took or lasted, or how long someone spent or wasted on
 * something, not how fast an answer must be: "it took 40 minutes", "the old tool took like 40
 * seconds to load", "the call lasted 3 minutes", "somebody spent twenty minutes on the coffee
 * machine".
 */
const PAST_DURATION_BEFORE =
  /\b(?:took|lasted|used to take|spen[dt]s?|spending|wasted?|wastes|wasting)\s(?:(?:like|about|around|roughly|almost|nearly|over|maybe|easily|up to|a good|a solid|an extra)\s|~\s?)*$/;
/**
 * The length of the longest or shortest of the things the task reads: "the longest ones are 90
 * minutes", "the shortest calls run about 2 minutes" (a recording's length, not a time to answer).
 */
const LONGEST_OF_THINGS_BEFORE =
  /\b(?:longest|shortest|biggest|smallest)\s(?:ones?|[a-z]+s)\s(?:are|is|run|last|go)\s(?:(?:about|around|roughly|maybe|up to|over|under)\s|~\s?)?$/;
/**
 * A time the writer says they gave first and then dropped, in the same sentence: "I first wrote
 * 1 s but that's probably unrealistic", "we originally asked for 200 ms, though that was too
 * tight". The earlier words, not a target; the target is the one said instead.
 */
const GIVEN_FIRST_BEFORE =
  /\b(?:i|we)\s(?:(?:had\s)?(?:first|originally|initially|previously)\s)(?:wrote|said|put(?:\sdown)?|asked\sfor|typed|had|suggested|proposed|mentioned|wanted)\s(?:(?:about|around|roughly|maybe)\s|~\s?)?$/i;
const DROPPED_AFTER =
  /^[^.;!?]{0,20}?\b(?:but|though|however)\b|^[^.;!?]{0,40}?\b(?:unrealistic|not\srealistic|too\s(?:tight|ambitious|aggressive|optimistic|strict))\b/;

/**
 * A count of asks right before "in" and the time: "maybe 10 questions in 1 minute", "300
 * messages in 10 minutes", "40 calls within an hour": the time is the period of a rate, not a
 * limit on one answer. A count of what one answer is made of ("40 pages in 30 seconds") or of
 * what is summarised ("10 emails in 20 seconds") is a pace of work and stays a time.
 */
const ASKS_IN_PERIOD_BEFORE =
  /\b\d[\d,.]*k?\s(?:[a-z-]+\s)?(?:questions?|queries|query|requests?|reqs?|messages?|calls?|chats?|conversations?|prompts?|searches|lookups?)\s(?:in|within|during|over)\s(?:(?:about|around|roughly|maybe|just|only|the)\s)?$/;

/** A time followed by "long": the length of a thing ("a 20 minutes long demo", "is 5 minutes long"). */
const LENGTH_OF_THING_AFTER = /^\s?long\b/;

/** A count right before "a minute": "120 requests a minute", "5k calls a second". */
const ARTICLE_DURATION_RATE_BEFORE = /\d[\d,.]*\s?[a-z]*\s(?:[a-z-]+\s){0,2}$/;

/**
 * "64 RTX 4090s", "the old GTX 1080s", "two Radeon 7900s": a model number of three or more digits
 * with a plural "s" glued to it, after a name (one or two words) that follows a count, a
 * determiner or a preposition, names several products, not seconds. The name word is no latency word, unit or
 * connective, so "p99 TTFT 2s", "a timeout of 300s" and "under 120s" stay times.
 */
const PLURAL_MODEL_NUMBER = /^\d{3,5}s$/;
const NAME_BEFORE_MODEL_NUMBER =
  /(?:^|[^\w.,])(?:\d[\d,.]*k?|the|our|their|its|my|your|these|those|some|several|many|few|no|of|on|with|using|across)\s(?<name>(?:[a-z][a-z0-9-]*\s)?[a-z][a-z0-9-]*)\s$/;
const NOT_A_NAME =
  /^(?:ttft|itl|tpot|e2e|p\d{2}|latency|latencies|timeout|time|wait|delay|deadline|limit|budget|sla|slo|target|under|within|below|in|of|at|about|around|roughly|max|maximum|min|minimum|first|last|next|whole|full|total|ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?)$/;

/**
 * A token made at a pace, right before "every" or "per": "a new token should arrive at least
 * every 30 ms", "one token per 40 ms" is a streaming pace, so a target. A token length that describes a thing
 * ("a ~60-token chunk every 4 s", "200-token messages every 10 seconds") is no pace: the thing is
 * sent every so often, which is a rate.
 */
const TOKEN_PACE_BEFORE =
  /(?<![-\d])\btokens?(?:\s[a-z]+){0,5}\s(?:every|per)\s*$/;

/**
 * A decade: a round number glued to "s" after "the" or a word placing it in the decade ("back to
 * the 80s", "since the 1990s", "in the early 70s", "mid-60s"), not seconds. "p95 under 30s" keeps
 * its time: no "the" or placing word before it.
 */
const DECADE = /^(?:1[89]|20)?\d0s$/;
const DECADE_BEFORE = /\b(?:the|early|late|mid)[\s-]$/;

/** Whether the time `written` with `before` it names a decade ("the 80s"). */
export function namesDecade(written: string, before: string): boolean {
  return DECADE.test(written) && DECADE_BEFORE.test(before.toLowerCase());
}

/** Whether the time `written` with `before` it is a plural model name ("64 rtx 4090s"). */
export function pluralModelName(written: string, before: string): boolean {
  if (!PLURAL_MODEL_NUMBER.test(written)) return false;
  const name = NAME_BEFORE_MODEL_NUMBER.exec(before.toLowerCase())?.groups
    ?.name;
  return name !== undefined && !name.split(' ').some(w => NOT_A_NAME.test(w));
}

/**
 * "36 jets, mostly Embraer 190s", "30 servers, mainly Dell R750s", "12 trucks, all of them Volvo
 * 16s": after a count of things and a comma, "mostly", "mainly", "all" and the like lead in what
 * kind the things counted are, so a name with a number of two digits or more glued to a plural
 * "s" names that kind, not seconds. "40 requests, mostly under 30s" keeps its time: the word
 * before the number is a limit, no name (NOT_A_NAME).
 */
const KIND_OF_THINGS_COUNTED_BEFORE =
  /\d[\d,.]*k?\s(?:[a-z-]+\s){0,2}[a-z-]+,\s(?:mostly|mainly|largely|chiefly|primarily|predominantly|all|both|most)\s(?:of them\s)?(?<name>(?:[a-z][a-z0-9-]*\s)?[a-z][a-z0-9-]*)\s$/;

/**
 * Whether the time `written` with the text of its sentence `before` it names the kind of things
 * just counted ("36 jets, mostly embraer 190s").
 */
export function namesKindCounted(written: string, before: string): boolean {
  if (!/^\d{2,5}s$/.test(written)) return false;
  const name = KIND_OF_THINGS_COUNTED_BEFORE.exec(before.toLowerCase())?.groups
    ?.name;
  return name !== undefined && !name.split(' ').some(w => NOT_A_NAME.test(w));
}

/** A time as read by DURATION_RE or ARTICLE_DURATION_RE. */
interface TimeMatch {
  0: string;
  index: number;
  groups: { num: string; unit: string; unit0?: string; num2?: string };
}

/** Every time in the text not yet read, digits ("300 ms") and articles ("a minute per summary"). */
function findTimes(ctx: QuantityContext): TimeMatch[] {
  const times: TimeMatch[] = [...matches(ctx, DURATION_RE)].map(m => ({
    0: m[0],
    index: m.index,
    groups: m.groups as unknown as TimeMatch['groups'],
  }));
  for (const m of matches(ctx, HEDGED_ARTICLE_DURATION_RE)) {
    const at =
      m.index + m[0].lastIndexOf(' ', m[0].length - m.groups!.unit.length - 2);
    times.push({
      0: m[0].slice(at - m.index).trim(),
      index: at + 1,
      groups: { num: '1', unit: m.groups!.unit },
    });
  }
  for (const m of matches(ctx, VAGUE_COUNT_OF_UNIT_RE))
    if (approximateAt(ctx, m.index, m.index + m.groups!.num.length))
      times.push({
        0: m[0],
        index: m.index,
        groups: { num: m.groups!.num, unit: m.groups!.unit },
      });
  for (const m of matches(ctx, LIMITED_ARTICLE_DURATION_RE)) {
    const unit = m.groups!.unit ?? m.groups!.unit2!;
    // "8 calls a minute at most": a rate with its limit, not a time
    if (
      m.groups!.unit2 &&
      ARTICLE_DURATION_RATE_BEFORE.test(
        around(ctx, m.index, m.index + m[0].length, 40, 0).before,
      )
    )
      continue;
    const at = m.index + m[0].search(/\b(?:a|one)\s(?:second|minute)\b/);
    times.push({
      0: m[0].slice(at - m.index),
      index: at,
      groups: { num: '1', unit },
    });
  }
  for (const m of matches(ctx, ARTICLE_DURATION_RE)) {
    const { before } = around(ctx, m.index, m.index + m[0].length, 40, 0);
    if (ARTICLE_DURATION_RATE_BEFORE.test(before)) continue;
    if (times.some(t => t.index === m.index)) continue;
    times.push({
      0: m[0],
      index: m.index,
      groups: { num: '1', unit: m.groups!.unit },
    });
  }
  return times.sort((a, b) => a.index - b.index);
}

const TOKENS_PER_S_RE = new RegExp(
  `(?<num>${N})\\s?(?:output\\s)?(?:tokens?|toks?)\\s?(?:/|per)\\s?(?:s|sec|second)\\b`,
  'g',
);

/**
 * A time alone in its clause, right after a comma, is timed by what the clause before it says
 * when that clause has no time of its own: "the answer can take a while to start, 15 seconds is
 * OK" times the start (TTFT). So is a time after a colon, which gives the value of what the clause
 * before it names: "for autocomplete what matters is TTFT: p95 under 250 ms".
 */
function metricOfPreviousClause(
  ctx: QuantityContext,
  clause: Clause,
  durations: Array<{ index: number }>,
  start: number,
  end: number,
): LatencyMetric | undefined {
  const i = ctx.clauses.findIndex(c => c.start === clause.start);
  const previous = i > 0 ? ctx.clauses[i - 1] : undefined;
  if (!previous) return undefined;
  const joint = ctx.text.slice(
    previous.start + previous.text.length,
    clause.start,
  );
  if (!/^\s*[,:]\s*$/.test(joint)) return undefined;
  if (durations.some(d => d.index >= previous.start && d.index < clause.start))
    return undefined;
  return metricAttachedTo(
    findMetricCues(previous.text, previous.start),
    { start: previous.start, end: clause.start },
    start,
    end,
  );
}

/** A target read from a time in the text, with where that time ends. */
interface PlacedTarget {
  target: LatencyTarget;
  end: number;
}

/**
 * Words that put a time in place of the one just said: "let's say 700 ms", "well, 700 ms",
 * "I mean 500 ms", "or rather 2 s", "make that 300 ms".
 */
const RESTATEMENT_BEFORE =
  /(?:\blet'?s say|\bsay|\bi mean|\bor rather|\brather|\bmake (?:it|that)|\bwell,|\bactually,?|\bcorrection:?|\bsorry,)\s?(?:~|about\s|around\s|roughly\s|maybe\s)?$/;

/**
 * The earlier target a time restates: the last one for the same metric in the same sentence,
 * when a restatement word stands right before the new time. Two times without one ("p50 300 ms,
 * p99 1 s") are two targets.
 */
function restatedTarget(
  text: string,
  start: number,
  placed: PlacedTarget[],
  metric: LatencyMetric,
): PlacedTarget | undefined {
  if (!RESTATEMENT_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
    return undefined;
  const earlier = [...placed].reverse().find(p => p.target.metric === metric);
  if (!earlier || /[.!?](?:\s|$)/.test(text.slice(earlier.end, start)))
    return undefined;
  return earlier;
}

/**
 * The metric a time no words tie to has in a follow-up: that of the one target the conversation
 * has so far ("TTFT under 1 s", then "make that 800 ms" restates the TTFT). With no target, or
 * targets of several metrics, nothing says which one it is.
 */
export function conversationMetric(
  contextTargets: readonly LatencyTarget[] | undefined,
): LatencyMetric | undefined {
  const metrics = new Set((contextTargets ?? []).map(t => t.metric));
  return metrics.size === 1 ? [...metrics][0] : undefined;
}

/**
 * Latency targets and the SLO percentile of `ctx`. `contextTargets` are the conversation's
 * targets so far, when the text is a follow-up.
 */
export function extractLatency(
  ctx: QuantityContext,
  useCase: string | undefined,
  contextTargets?: readonly LatencyTarget[],
): void {
  const ongoing = conversationMetric(contextTargets);
  const percentiles = findPercentiles(ctx);
  for (const p of percentiles) ctx.spans.take(p.start, p.end);
  const targets: LatencyTarget[] = [];
  const notes: string[] = [];
  const defaulted: string[] = [];

  // every time first, so each reads its metric only up to its neighbours ("first token 300 ms
  // and 40 ms between tokens": the second number's cue is after it, the first's before)
  const durations = findTimes(ctx);
  const placed: PlacedTarget[] = [];
  for (const [i, m] of durations.entries()) {
    const g = m.groups;
    // "200 ms" alone: the unit after the number; "200ms-1s": each bound with its own
    if (g.unit0 && !g.num2) continue;
    const value = parseNumberToken(g.num2 ?? g.num);
    const unit = g.unit;
    const start = m.index;
    const end = start + m[0].length;
    const { before, after } = around(ctx, start, end, 60, 30);
    // minutes in a batch request are a window, not a latency
    if (/^min/.test(unit) && ctx.batch) continue;
    // "64 RTX 4090s": GPUs, not seconds
    if (pluralModelName(m[0], before)) continue;
    // "36 jets, mostly Embraer 190s": the kind of things counted, not seconds
    if (namesKindCounted(m[0], ctx.text.slice(Math.max(0, start - 80), start)))
      continue;
    // "every 5 seconds", "for 10 minutes", "one query per 2 min", and hedged: "peaks for ~30
    // min", "for about 20 minutes": not a target ("a new token at least every 30 ms" is a
    // streaming pace, so a target)
    if (
      /\b(?:every|for|each|per)\s*(?:(?:~|about|around|roughly|approximately|approx\.?|maybe|some|like)\s*)?$/.test(
        before,
      ) &&
      !/\b(?:under|within|below|less than)\s*$/.test(before) &&
      !TOKEN_PACE_BEFORE.test(before)
    )
      continue;
    // "interviews back to the 80s", "since the early 1990s": a decade, not seconds
    if (namesDecade(m[0], before)) continue;
    if (
      /^\s*(?:window|of (?:audio|video)|long (?:audio|video|clips?|recordings?))/.test(
        after,
      )
    )
      continue;
    // "the meeting took 40 minutes", "the demo is 20 minutes long": how long something lasted
    // or lasts, not a limit on an answer
    if (
      PAST_DURATION_BEFORE.test(before) ||
      ASKS_IN_PERIOD_BEFORE.test(before) ||
      LENGTH_OF_THING_AFTER.test(after) ||
      LONGEST_OF_THINGS_BEFORE.test(before)
    )
      continue;
    // "I first wrote 1 s but that's unrealistic": a time given up
    if (
      GIVEN_FIRST_BEFORE.test(before) &&
      DROPPED_AFTER.test(ctx.text.slice(end, end + 60))
    ) {
      ctx.spans.take(start, end);
      continue;
    }
    // "the alert is usually 20 minutes late", "the average delivery takes 31 minutes": how
    // things stand now, not a limit
    if (saysHowLate(before, after) || saysHowLongItTakes(before)) continue;
    // "the Wi-Fi is slow, 600 ms round trip": the network's delay, not the model's
    const sentence = ctx.text
      .slice(0, start)
      .split(/[.!?;](?=\s)|\n/)
      .pop()!;
    if (describesTheNetwork(sentence, before, after)) continue;
    const ms = toMilliseconds(value, unit);
    if (ms === undefined) continue;
    if (g.num2) {
      // a range: the upper end is the slowest the request accepts
      const lowMs = toMilliseconds(parseNumberToken(g.num), g.unit0 ?? unit);
      if (lowMs !== undefined && lowMs < ms)
        notes.push(
          rangeNote(
            lowMs,
            ms,
            n => `${fmt(roundSig(n, 6))} ms`,
            'the slowest it accepts',
          ),
        );
    }
    if (!checkPositive(ctx, 'latency_targets', ms, m[0])) {
      ctx.spans.take(start, end);
      continue;
    }
    const clause = clauseText(ctx, start) as Clause;
    const scope = scopeOf(durations, i, clause);
    const attached = metricAttachedTo(
      findMetricCues(clause.text, clause.start),
      metricScopeOf(ctx.text, scope, start, end),
      start,
      end,
    );
    const percentile =
      percentileAttachedTo(ctx.text, percentiles, scope, start, end) ??
      qualifyingPercentile(percentiles, clause, scope) ??
      percentileOpeningClause(ctx.text, percentiles, clause, scope, start) ??
      bracketedPercentile(ctx.text, percentiles, end) ??
      trailingClausePercentile(
        ctx.text,
        percentiles,
        end,
        placed.some(p => p.target.percentile !== null),
      );
    const fromPrevious = attached
      ? undefined
      : metricOfPreviousClause(ctx, clause, durations, start, end);
    const named = attached ?? fromPrevious;
    let metric: LatencyMetric;
    if (named) {
      metric = named;
    } else if (ms >= LONG_WAIT_MS) {
      // nobody means a first token that slow: such a limit bounds the whole response
      metric = 'e2e';
      notes.push(
        `no metric named for ${fmt(
          ms,
        )} ms: read as end-to-end (a limit that long bounds the whole response)`,
      );
    } else if (ongoing) {
      metric = ongoing;
      notes.push(
        `no metric named for ${fmt(
          ms,
        )} ms: read as ${ongoing.toUpperCase()}, the target the conversation has`,
      );
    } else {
      metric = defaultLatencyMetric(useCase);
      defaulted.push(`${fmt(ms)} ms`);
    }
    // "per token" right after the number
    if (PACE_AFTER_NUMBER.test(after)) metric = 'itl';
    // "well under a second, let's say 700 ms": the second time restates the first
    const restated = restatedTarget(ctx.text, start, placed, metric);
    if (restated) {
      targets.splice(targets.indexOf(restated.target), 1);
      placed.splice(placed.indexOf(restated), 1);
      notes.push(
        `${fmt(restated.target.ms)} ms restated as ${fmt(
          roundSig(ms, 6),
        )} ms: only the later one kept`,
      );
    }
    placed.push({
      target: {
        metric,
        ms: roundSig(ms, 6),
        percentile: percentile?.value ?? null,
      },
      end,
    });
    targets.push(placed[placed.length - 1].target);
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
      const attached = metricAttachedTo(
        findMetricCues(clause.text, clause.start),
        { start: clause.start, end: clause.start + clause.text.length },
        sub.index,
        sub.index + sub[0].length,
      );
      const percentile = percentileAttachedTo(
        ctx.text,
        percentiles,
        {
          start: clause.start,
          end: clause.start + clause.text.length,
          bounded: { before: false, after: false },
        },
        sub.index,
        sub.index + sub[0].length,
      );
      targets.push({
        metric: attached ?? defaultLatencyMetric(useCase),
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
