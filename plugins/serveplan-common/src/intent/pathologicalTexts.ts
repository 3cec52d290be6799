/**
 * Requests that once made the intent engine's regular expressions backtrack for seconds to hours,
 * each with what it broke. The tests read each to check it is answered (read or rejected) and does
 * not stall; `yarn bench` times them against a target. One list, so a new one is guarded by both.
 */
export const PATHOLOGICAL_INTENT_TEXTS: ReadonlyArray<{
  text: string;
  broke: string;
}> = [
  {
    text: 'we need summarization classification translation, fast',
    broke: 'long words before a comma: the licence-name matcher (over 10 s)',
  },
  {
    text: 'jdssbmwcfqphkullwcxhvi zcdxvagyo  t',
    broke: 'a double space after long words: the licence-name matcher',
  },
  {
    text: 'abcdefghijklmnopqrstuvwxyzabcdefghij abcdefghijklmnop,  apache',
    broke: 'long words, a comma and a double space before a licence',
  },
  {
    text: `licensed under ${'xor'.repeat(40)} zz, apache`,
    broke:
      '"or" inside words split a licence list 2^n ways before a failing end',
  },
  {
    text: `x agent for ${'a'.repeat(3000)}1`,
    broke: "a title agent's words split n^3 ways before a failing end",
  },
  {
    text: `HR assistant for 90 staff, licence: ${'ab 1.2.3 '.repeat(200)}x`,
    broke: 'a long list of versions after a licence word',
  },
  {
    text: 'we run a chatbot for 5k users with p95 TTFT under 300 ms on H100s, budget $20k/month. '.repeat(
      100,
    ),
    broke:
      'nothing yet: the longest ordinary request, repeated to 8,600 characters',
  },
];

/**
 * How long a test lets one of these take before it calls it a stall: far above the bench target
 * (a second), so a loaded machine does not fail it, and far below the minutes a backtracking
 * regex takes. The speed itself is `yarn bench`'s to check.
 */
export const STALL_LIMIT_MS = 10_000;
