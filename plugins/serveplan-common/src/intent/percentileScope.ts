/**
 * Whether a percentile a text states reaches latency targets that have none of their own.
 *
 * A percentile written next to one time ("first token within 400 ms at p99") belongs to that time
 * only: a second target in the same request ("then 40 tokens per second") has no percentile. A
 * percentile reaches every target when it stands apart from them: no target of the text carries
 * it ("p99 please", "all latencies measured at p99"), the words spread it ("both at p99",
 * "p99 across the board", "p99: TTFT 300 ms, ITL 40 ms"), or it heads a sentence's list of times
 * ("99th percentile first token 300 ms and 40 ms between tokens").
 *
 * A percentage ("95 % of requests") is a percentile only in a clause about latency
 * (`percentageIsPercentile`), or alone in a clause of its own beside one ("within 2 s, 95 % of
 * the time": `percentageStandsAlone`); elsewhere it is a share of users or of anything else.
 */
import { LatencyTarget } from './intentSchema';

/**
 * "p99", "p99.9", "99th percentile", "99th-percentile", shortened ("99th pct", "95%ile"), and "at
 * the 99th" with "percentile" understood (as latencyTargets.ts reads it).
 */
const PERCENTILE = String.raw`(?:\bp\d{2}(?:\.\d+)?\b|\b\d{2}(?:\.\d+)?(?:(?:th|st|nd|rd)?[\s-]?(?:percentile|pctl)\b|(?:th|st|nd|rd)[\s-]?pct\b|\s?%ile\b)|\b(?:at|for|on|by) the [5-9]\d(?:\.\d+)?(?:th|st|nd|rd)\b(?!\s?-?\s?[a-z]))`;
/** Words that spread one statement over several things. */
const EVERY = String.raw`(?:both|all(?:\s(?:of\s)?(?:them|the\s\w+))?|each|every(?:thing|\s\w+)?|across the board|throughout|in (?:all|every) cases?)`;
/**
 * A percentile with a spreading word within a few words on either side ("both at p99", "p99 for
 * all of them"), or heading a list ("p99: ...", "at p95 — TTFT ...").
 */
const SPREAD = new RegExp(
  String.raw`\b${EVERY}\b(?:\s[\w-]+){0,3}?\s(?:at\s|@\s?)?${PERCENTILE}|${PERCENTILE}(?:\s[\w-]+){0,3}?\s(?:for\s|on\s|across\s|in\s)?${EVERY}\b|${PERCENTILE}(?:\s(?:latenc(?:y|ies)|slos?|targets?|everywhere))?\s?[:—–]`,
  'i',
);

/** A time limit or a streaming speed: what a latency target is written with. */
const TIME =
  /\d\s?(?:ms|msecs?|millis(?:econds?)?|s|secs?|seconds?)\b|\btokens?\s?(?:\/|per|a|each)\s?(?:s|sec|second)\b|\btok\/s\b/g;
const PERCENTILE_RE = new RegExp(PERCENTILE, 'gi');
/** The name of one latency metric right before a percentile ("TTFT p95", "e2e p99"). */
const METRIC_NAME_BEFORE =
  /\b(?:ttft|itl|tpot|e2e|end[\s-]to[\s-]end|first[\s-]token|inter[\s-]token)\s?(?:latency\s)?(?:at\s|@\s?)?$/i;

/** The names of latency metrics, for a percentile written before one ("p95 TTFT"). */
const METRIC_NAME = String.raw`(?:ttft|itl|tpot|e2e|end[\s-]to[\s-]end|first[\s-]token|inter[\s-]?token|time[\s-]to[\s-]first[\s-]token)\b`;
/** A metric's name right after a percentile: "p95 TTFT", "95th-percentile inter-token". */
const METRIC_NAME_AFTER = new RegExp(String.raw`^[\s-]?${METRIC_NAME}`, 'i');
/** A metric's name anywhere in a stretch of text. */
const METRIC_NAME_ANYWHERE = new RegExp(String.raw`\b${METRIC_NAME}`, 'i');
/** The percentile at the start of a text, to see what follows it. */
const PERCENTILE_HEAD = new RegExp(`^${PERCENTILE}`, 'i');

/**
 * A percentile before every time of its sentence, with two or more times after it: it heads
 * them all. One written after a time ("400 ms at p99, then 40 tokens/s") is that time's, and
 * so is one written as part of the first of a list of named items ("p95 TTFT 300 ms, ITL 40 ms").
 */
function headsTimes(text: string): boolean {
  for (const sentence of text.split(/[.;!?](?=\s|$)|\n/)) {
    const first = sentence.search(PERCENTILE_RE);
    if (first < 0) continue;
    // "e2e p99 <= 2.5 s, TTFT <= 300 ms": a percentile right after a metric's name is that
    // metric's, not a heading for the times after it
    if (METRIC_NAME_BEFORE.test(sentence.slice(0, first))) continue;
    const times = [...sentence.matchAll(TIME)];
    if (times.length < 2 || !times.every(m => (m.index ?? 0) > first)) continue;
    // "p95 TTFT <= 120 ms, ITL <= 25 ms": a percentile right before a metric's name is that
    // metric's when the next time names its own metric before it, as a list item of its own
    const afterPercentile = sentence.slice(first).replace(PERCENTILE_HEAD, '');
    const firstEnd = (times[0].index ?? 0) + times[0][0].length;
    if (
      METRIC_NAME_AFTER.test(afterPercentile) &&
      METRIC_NAME_ANYWHERE.test(sentence.slice(firstEnd, times[1].index))
    )
      continue;
    return true;
  }
  return false;
}

/**
 * True when the percentile stated in `text` applies to every target without one; `targets` are
 * the targets the same text states (undefined when it states none).
 */
export function percentileSpreads(
  text: string,
  targets: readonly LatencyTarget[] | undefined,
): boolean {
  const own = (targets ?? []).filter(t => t.percentile !== null);
  // no target of this text carries it: the percentile was stated on its own
  if (own.length === 0) return true;
  // every target has its own: there is nothing to fill
  if (own.length === targets!.length) return false;
  return SPREAD.test(text) || headsTimes(text);
}

/** A time limit ("300 ms", "2 seconds", "a minute") in words or digits. */
const TIME_LIMIT =
  /\d\s?(?:ms|msecs?|millis|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b|\bsub[\s-]?second\b/;
/** Words that make a clause about latency even without a number of milliseconds. */
const LATENCY_WORD =
  /\b(?:latenc(?:y|ies)|ttft|itl|tpot|e2e|end[\s-]to[\s-]end|first token|time to first|response times?|turnaround|wait(?:s|ing)?|fast(?:er)?|quick(?:ly)?|instant(?:ly)?|snappy|slow(?:er)?|lag(?:gy)?|delay(?:s|ed)?)\b/;

/**
 * Whether a percentage ("95 % of requests", "99 % of the time") in `clause` is a latency
 * percentile: only when a time limit or a latency word shares its clause ("95 % of calls under 2
 * s", "fast for 99 % of the time"). Otherwise it is a share ("20 % of the users use it daily").
 */
export function percentageIsPercentile(clause: string): boolean {
  const text = clause.toLowerCase();
  return TIME_LIMIT.test(text) || LATENCY_WORD.test(text);
}

/**
 * What may stand beside a percentage in a clause of its own: hedges, limits and the words that
 * lead it in ("and in 99 % of cases", "95 % of the time at least", "for about 90 % of requests").
 */
const BESIDE_PERCENTAGE =
  /\b(?:or so|or more|or better|or higher|at least|at minimum|something like|minimum|ideally|say|roughly|about|around|approximately|and|or|but|so|in|for|of)\b|~/g;

/**
 * Whether the percentage `percentage` is all its clause says: "..., 95 % of the time", "at least
 * 99 % of requests". Such a clause qualifies the clause it is joined to; "95 % of the tickets are
 * in English" says something of its own.
 */
export function percentageStandsAlone(
  clause: string,
  percentage: string,
): boolean {
  const rest = clause
    .toLowerCase()
    .replace(percentage.toLowerCase(), ' ')
    .replace(BESIDE_PERCENTAGE, ' ');
  return rest.trim() === '';
}
