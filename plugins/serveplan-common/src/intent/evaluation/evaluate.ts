/**
 * Field-level accuracy of an intent engine on labelled requests (requests.yaml): for each case,
 * every labelled field counts once; the figure is correct fields / labelled fields, overall, per
 * field and per half of the set (halves 2-11 were each written after the rules of their time, to
 * measure them on text they were not tuned on; see requests.yaml). Pure: the caller reads the
 * cases and supplies the engine.
 */
import {
  isServeplanInputError,
  ServeplanInputError,
} from '../../errors/ServeplanInputError';
import { Intent, LatencyTarget } from '../intentSchema';

/** The parts of the set, in the order they were written (requests.yaml's header says how). */
export const EVALUATION_HALVES = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
  23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
  42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
  61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
  80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98,
  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114,
  115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129,
  130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140,
] as const;
export type EvaluationHalf = (typeof EVALUATION_HALVES)[number];

export interface EvaluationCase {
  id: string;
  half: EvaluationHalf;
  style: string;
  /** A single request... */
  text?: string;
  /** ...or a conversation, labelled for the intent after the last turn. */
  turns?: string[];
  /** Expected values; `question`: whether a clarifying question is expected; `error`: rejected. */
  expect: Record<string, unknown>;
}

export interface FieldMiss {
  id: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface Score {
  correct: number;
  total: number;
  accuracy: number;
}

export interface EvaluationReport {
  overall: Score;
  byHalf: Record<string, Score>;
  byField: Record<string, Score>;
  byStyle: Record<string, Score>;
  misses: FieldMiss[];
}

/** Runs one case: the intent, or the error it raised. */
export type IntentEngine = (c: EvaluationCase) => Intent;

const closeEnough = (a: number, b: number) =>
  b === 0 ? a === 0 : Math.abs(a - b) / Math.abs(b) <= 0.01;

function targetsEqual(
  actual: LatencyTarget[],
  expected: LatencyTarget[],
): boolean {
  if (actual.length !== expected.length) return false;
  return expected.every(e =>
    actual.some(
      a =>
        a.metric === e.metric &&
        closeEnough(a.ms, e.ms) &&
        (a.percentile ?? null) === (e.percentile ?? null),
    ),
  );
}

/** True when an extracted value matches its label. */
export function fieldMatches(
  field: string,
  actual: unknown,
  expected: unknown,
): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (field === 'latency_targets')
    return (
      Array.isArray(actual) &&
      targetsEqual(actual as LatencyTarget[], expected as LatencyTarget[])
    );
  if (typeof expected === 'number')
    return typeof actual === 'number' && closeEnough(actual, expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const a = new Set(actual.map(String));
    return (
      a.size === new Set(expected.map(String)).size &&
      expected.every(e => a.has(String(e)))
    );
  }
  return actual === expected;
}

function score(correct: number, total: number): Score {
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

export function evaluateIntentEngine(
  cases: EvaluationCase[],
  engine: IntentEngine,
): EvaluationReport {
  const tally = (
    map: Record<string, [number, number]>,
    key: string,
    ok: boolean,
  ) => {
    const t = map[key] ?? [0, 0];
    t[0] += ok ? 1 : 0;
    t[1] += 1;
    map[key] = t;
  };
  const byHalf: Record<string, [number, number]> = {};
  const byField: Record<string, [number, number]> = {};
  const byStyle: Record<string, [number, number]> = {};
  const misses: FieldMiss[] = [];
  let correct = 0;
  let total = 0;
  const record = (
    c: EvaluationCase,
    field: string,
    ok: boolean,
    expected: unknown,
    actual: unknown,
  ) => {
    total++;
    if (ok) correct++;
    else misses.push({ id: c.id, field, expected, actual });
    tally(byHalf, `half ${c.half}`, ok);
    tally(byField, field, ok);
    tally(byStyle, c.style, ok);
  };

  for (const c of cases) {
    let intent: Intent | undefined;
    let error: unknown;
    try {
      intent = engine(c);
    } catch (e) {
      if (!isServeplanInputError(e)) throw e;
      error = e;
    }
    for (const [field, expected] of Object.entries(c.expect)) {
      if (field === 'error') {
        record(
          c,
          field,
          !!error === expected,
          expected,
          error ? (error as Error).message : 'no error',
        );
        continue;
      }
      if (!intent) {
        // A rejected request asks nothing: "no question" is right when the rejection was expected.
        // Its other fields are scored against what the rejection says was read, when the
        // rejection was expected (a request rejected wrongly gets no field right).
        const rejectionExpected = c.expect.error === true;
        const reading = (error as ServeplanInputError).reading;
        const read =
          field !== 'question' && rejectionExpected && reading
            ? reading[field]
            : undefined;
        record(
          c,
          field,
          field === 'question'
            ? expected === false && rejectionExpected
            : read !== undefined && fieldMatches(field, read, expected),
          expected,
          read !== undefined ? read : `error: ${(error as Error).message}`,
        );
        continue;
      }
      if (field === 'question') {
        record(
          c,
          field,
          (intent.question !== null) === expected,
          expected,
          intent.question,
        );
        continue;
      }
      const actual = (intent as unknown as Record<string, unknown>)[field];
      record(c, field, fieldMatches(field, actual, expected), expected, actual);
    }
  }
  const toScores = (m: Record<string, [number, number]>) =>
    Object.fromEntries(
      Object.entries(m).map(([k, [a, b]]) => [k, score(a, b)]),
    );
  return {
    overall: score(correct, total),
    byHalf: toScores(byHalf),
    byField: toScores(byField),
    byStyle: toScores(byStyle),
    misses,
  };
}

/** The report as lines for a person. */
export function formatEvaluationReport(r: EvaluationReport): string {
  const pct = (s: Score) =>
    `${(s.accuracy * 100).toFixed(1)} % (${s.correct}/${s.total})`;
  const lines = [`overall: ${pct(r.overall)}`];
  for (const [k, s] of Object.entries(r.byHalf).sort())
    lines.push(`${k}: ${pct(s)}`);
  lines.push('per field:');
  for (const [k, s] of Object.entries(r.byField).sort(
    (a, b) => a[1].accuracy - b[1].accuracy || a[0].localeCompare(b[0]),
  ))
    lines.push(`  ${k}: ${pct(s)}`);
  lines.push('per style:');
  for (const [k, s] of Object.entries(r.byStyle).sort())
    lines.push(`  ${k}: ${pct(s)}`);
  if (r.misses.length) {
    lines.push('misses:');
    for (const m of r.misses)
      lines.push(
        `  ${m.id} ${m.field}: expected ${JSON.stringify(
          m.expected,
        )}, got ${JSON.stringify(m.actual)}`,
      );
  }
  return lines.join('\n');
}
