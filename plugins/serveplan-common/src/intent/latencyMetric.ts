/**
 * Which metric a time limit bounds, read from what the time is attached to rather than from the
 * first metric word found near it:
 * - the start of the output ("first word", "starts streaming", "see something") → TTFT;
 * - the pace of the output ("per token", "between tokens", "tokens every 30 ms") → ITL;
 * - a finished artefact ("the proposal ... back within", "done in", "the last word") → E2E.
 * Each cue has a strength: a metric's own name (TTFT, "end to end") is surest; a phrase that says
 * which part of the output is timed comes next; a bare noun for the artefact ("the answer", "the
 * report") is weakest, because "the answer should start within 300 ms" times its first token.
 * A time's cues are looked for only between it and the neighbouring times of its clause, so in
 * "first token 300 ms and 40 ms between tokens" each number keeps its own.
 */
import { LatencyMetric } from './intentSchema';
import { MUST_SOURCE } from './obligation';

/**
 * A unit of work an agent or a pipeline repeats, timed as a whole when said whole ("full step",
 * "the whole turn", "an entire iteration"): E2E, like the whole answer.
 */
export const WORK_UNIT =
  '(?:steps?|turns?|rounds?|round[\\s-]trips?|iterations?|cycles?|loops?|exchanges?|interactions?|calls?|pipelines?|workflows?|chains?|passes|pass|operations?|transactions?)';

/**
 * 4 = the metric named; 3 = the part of the output named (first word, per token, whole answer);
 * 2 = what happens then (starts, is done); 1 = only the artefact named (the report).
 */
export type CueStrength = 1 | 2 | 3 | 4;

export interface MetricCue {
  metric: LatencyMetric;
  strength: CueStrength;
  start: number;
  end: number;
}

/** Things a response is made of, for "first word", "last token", "between words". */
const OUTPUT_PIECE =
  '(?:tokens?|words?|bytes?|chunks?|characters?|chars|letters?|syllables?|sentences?|lines?|bits?|pieces?|parts?|results?|text|output|audio|sound)';
/**
 * A word that says which pieces of output are meant without changing what they are: "between
 * streamed tokens", "between successive words", "between generated chunks".
 */
const PIECE_QUALIFIER =
  'streamed|streaming|generated|output|emitted|successive|consecutive|subsequent|individual|two|the';
/** What a request produces, as a whole: timed as a whole, it is E2E. */
export const ARTEFACT =
  '(?:answers?|repl(?:y|ies)|responses?|results?|outputs?|summar(?:y|ies)|reports?|proposals?|drafts?|translations?|documents?|docs|files?|pages?|emails?|letters?|functions?|snippets?|completions?|generations?|recaps?|briefs?|quotes?|plans?|suggestions?|recommendations?|transcripts?)';

/** Verbs of beginning, for "starts coming back" (not "start-up": it is a noun). */
const START_VERB =
  '(?:start|starts|started|starting|begin|begins|beginning|began)(?![\\s-]?up\\b)';
/** Verbs of output arriving or being made, in the form after "start" ("coming", "to appear"). */
const ARRIVAL_VERB =
  '(?:com(?:e|ing)|arriv(?:e|ing)|appear(?:ing)?|show(?:ing)?|stream(?:ing)?|flow(?:ing)?|print(?:ing)?|typ(?:e|ing)|render(?:ing)?|return(?:ing)?|load(?:ing)?|display(?:ing)?|generat(?:e|ing)|produc(?:e|ing)|writ(?:e|ing)|answer(?:ing)?|respond(?:ing)?|repl(?:y|ying)|talk(?:ing)?|speak(?:ing)?)';

/** The verbs a requirement is said with: "replies must come ...", "the answer needs to ...". */
const MODAL = `(?:${MUST_SOURCE}|shall|will|would|can|could|needs?|ought to|are to|is to)`;

const CUES: Array<[LatencyMetric, CueStrength, RegExp]> = [
  // the metric named
  [
    'ttft',
    4,
    /\bttft\b|\btime[\s-]to[\s-]first[\s-]\w+|\bfirst[\s-]token[\s-](?:time|latency)\b/g,
  ],
  [
    'itl',
    4,
    /\bitl\b|\btpot\b|\binter[\s-]?token\b|\btime per output token\b|\btoken[\s-]latency\b/g,
  ],
  [
    'e2e',
    4,
    /\be2e\b|\bend[\s-]to[\s-]end\b|\bround[\s-]trip\b|\bturnaround\b|\bcompletion (?:time|latency)\b|\b(?:total|overall) (?:time|latency|wait|duration)\b/g,
  ],
  // the part of the output timed: "the first few words", "the last token", "the whole answer",
  // "the full text" (not "full-text search", a kind of search)
  [
    'ttft',
    3,
    new RegExp(
      `\\bfirst[\\s-](?:(?:few|couple of|bit of|piece of)\\s)?(?:${OUTPUT_PIECE}|responses?|repl(?:y|ies)|answers?)\\b`,
      'g',
    ),
  ],
  // the output said to begin arriving: "starts coming back", "begins to appear", "start
  // streaming". The verb after "start" names the output, so a later "back" or "done" in the same
  // phrase is the arrival that starts, not the finish.
  [
    'ttft',
    3,
    new RegExp(`\\b${START_VERB}\\s(?:to\\s)?${ARRIVAL_VERB}\\b`, 'g'),
  ],
  // the pace of the output: "per token", "between words", "a token every", "tokens stream"
  [
    'itl',
    3,
    new RegExp(
      `\\bper[\\s-](?:output[\\s-])?(?:token|word)\\b|\\bbetween (?:(?:${PIECE_QUALIFIER}) )?(?:${OUTPUT_PIECE}|each (?:token|word))\\b|\\b(?:a|each|every) (?:new |fresh |next |further |subsequent )?(?:token|word)\\b|(?<!first[\\s-])\\btokens?\\s(?:(?:must|should|need to|needs to|have to|has to|then|to|will|can|keep|keeps|coming)\\s){0,3}(?:stream\\w*|flow\\w*|arriv\\w*|every\\b)|\\b(?:stream|streams|streaming|flow|flows|flowing) (?:out )?at\\b|\\bof the (?:previous|last|prior) (?:one|token|word)\\b`,
      'g',
    ),
  ],
  [
    'e2e',
    3,
    new RegExp(
      `\\blast[\\s-]${OUTPUT_PIECE}\\b|\\b(?:whole|full|complete|entire|finished|final) (?:\\w+ )?(?:${ARTEFACT}|${WORK_UNIT}|thing|job|task|run|flow|request|text(?![\\s-]search))\\b|\\bfully\\b|\\bin full\\b|\\bfor all (?:the )?(?:text|${ARTEFACT})\\b`,
      'g',
    ),
  ],
  // what happens at that time: output starts ("starts", "see something") or is finished ("done")
  [
    'ttft',
    2,
    /\b(?:start|starts|started|starting|begin|begins|beginning)\b(?![\s-]?up\b)|\b(?:see|sees|get|gets|show|shows|display|displays) (?:something|anything)\b|\b(?:something|anything) (?:appears?|shows?|on (?:the )?screen)\b/g,
  ],
  [
    'e2e',
    2,
    /\b(?:finish|finishes|finished|finishing|done|complete|completes|completed|completing|ready|delivered|returned)\b|\bback\b(?![\s-]?end)|\bto (?:generate|produce|write|complete|finish|return|deliver)\b(?! the first)/g,
  ],
  // only the artefact: "the answer within 3 s", "response time", "per document"; without an
  // article only as the subject of a requirement ("replies must come within 2 s")
  [
    'e2e',
    1,
    new RegExp(
      `\\b(?:the|a|an|each|every|any|its|their|our|whole) (?:\\w+ )?${ARTEFACT}\\b|\\b${ARTEFACT}(?=\\s${MODAL}\\b)|\\bresponse[\\s-]times?\\b|\\b(?:respond|responds|responding|responses?|answer|answers|answered|reply|replies|replied)(?=\\s?(?:(?:with)?in\\b|under\\b|below\\b|<|less than\\b))|\\bper (?:document|doc|request|file|page|contract|report|call|step|turn|iteration|round)\\b|\\b(?:pop|pops|show|shows) up\\b|\\bappears?\\b|\\btotal\\b`,
      'g',
    ),
  ],
];

/** Every metric cue in `text`, with offsets shifted by `offset`. */
export function findMetricCues(text: string, offset: number): MetricCue[] {
  const out: MetricCue[] = [];
  for (const [metric, strength, re] of CUES)
    for (const m of text.matchAll(re)) {
      const start = offset + (m.index ?? 0);
      out.push({ metric, strength, start, end: start + m[0].length });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** How far a cue may sit from its number: it usually leads ("first token under ..."). */
export const CUE_REACH_BEFORE = 60;
export const CUE_REACH_AFTER = 45;

/**
 * The metric of the time at [start, end): the strongest cue in its scope (the stretch of the
 * clause between the neighbouring times), the nearest of equals, one before the number first.
 */
export function metricAttachedTo(
  cues: MetricCue[],
  scope: { start: number; end: number },
  start: number,
  end: number,
): LatencyMetric | undefined {
  const distance = (c: MetricCue) =>
    c.end <= start ? start - c.end : c.start - end;
  const inReach = cues.filter(c =>
    c.end <= start
      ? c.start >= scope.start && start - c.end <= CUE_REACH_BEFORE
      : c.start >= end &&
        c.end <= scope.end &&
        c.start - end <= CUE_REACH_AFTER,
  );
  inReach.sort(
    (a, b) =>
      b.strength - a.strength ||
      Number(a.start >= end) - Number(b.start >= end) ||
      distance(a) - distance(b),
  );
  return inReach[0]?.metric;
}

/** "30 ms per token", "25 ms a token", "40 ms between tokens": the pace, whatever came before. */
export const PACE_AFTER_NUMBER =
  /^\s*(?:(?:per|\/|a|each|for each|for every) ?(?:output )?(?:token|word)\b|between (?:tokens|words)\b)/;
