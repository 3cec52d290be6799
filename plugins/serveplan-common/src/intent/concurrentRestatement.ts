/**
 * A follow-up that restates how many people use the service at once without naming them again:
 * "Correction, I looked at last cohort's numbers: it's closer to 350 at the same time", "more
 * like 80 at once", "actually ~40 concurrently". Read only when the intent so far counts people
 * at once, so the bare number has one field it can be.
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';

const AT_ONCE_RESTATED = new RegExp(
  `\\b(?:closer\\sto|more\\slike|it'?s|it\\sis|actually|really|rather|make\\sit|call\\sit)\\s(?:(?:about|around|roughly|maybe)\\s|~\\s?)?(?<n>${N})\\s(?:(?:of\\sthem|people|at\\speak)\\s)?(?:at\\s(?:the\\ssame\\stime|once)|concurrently|simultaneously|in\\sparallel)\\b`,
  'g',
);

/** The one count of people at once the follow-up restates, as written and read; else undefined. */
export function readConcurrentRestatement(
  followUp: string,
): { value: number; text: string } | undefined {
  const found = [...followUp.matchAll(AT_ONCE_RESTATED)];
  if (found.length !== 1) return undefined;
  const value = parseNumberToken(found[0].groups!.n);
  return value > 0 ? { value, text: found[0][0] } : undefined;
}
