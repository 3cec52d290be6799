/**
 * When a rate said for each person is a question and when it is an error.
 *
 * A rate from each person that is more than a person sends ("10 users, 5,000 requests per second
 * each") may still be a plan read another way: "each" may be a slip for "in total", so it is put
 * back to the writer as a question (rates.ts). A rate from one person above the sanity bound on
 * any whole deployment's rate (REQUESTS_PER_S_SANITY_BOUND: "30 staff, each of them sending 2.5
 * million requests per second") is a plan under no reading: not per person,
 * not as the total for all of them, and not per day either (still over a million requests a day
 * from one person). That is an impossible number, so it is a specific error naming the numbers.
 *
 * The evaluation set labels both sides: 5,000 and 3,000 requests per second each are questions
 * (halves 1 and 4), 2.5 million per second each is an error (half 12).
 */
import { roundSig } from './numbers';
import { fmt } from './quantityReading';
import { SignalProblem } from './signals';

/**
 * A sanity bound, not a measured figure: a million requests a second, for all users together, is
 * orders of magnitude beyond what one planned LLM deployment serves. A rate above it is an error.
 */
export const REQUESTS_PER_S_SANITY_BOUND = 1e6;

/**
 * The error for a per-person rate (`perSecond`, said as `written`) that no reading makes a plan,
 * or undefined when it is lower (a high one is a question, asked elsewhere). `people` is how many
 * people the rate is said for, when the text says.
 */
export function impossiblePerPersonRate(
  perSecond: number,
  written: string,
  people?: number,
): SignalProblem | undefined {
  if (!(perSecond > REQUESTS_PER_S_SANITY_BOUND)) return undefined;
  const all =
    people && people > 1
      ? `; for ${fmt(people)} people that would be ${fmt(
          roundSig(perSecond * people, 3),
        )} requests per second in all`
      : '';
  return {
    field: 'requests_per_s',
    message: `"${written.trim()}": ${fmt(
      roundSig(perSecond, 3),
    )} requests per second from one person is more than any whole deployment is planned for (the bound is ${fmt(
      REQUESTS_PER_S_SANITY_BOUND,
    )} a second for everyone together)${all}. Give the rate each person sends (a few requests a minute is typical) or the total for everyone`,
  };
}
