/**
 * When the people just counted use the system, by the words around their count: on a day or in a
 * month ("300 people use it daily", "daily around 4,000 pet owners", activePeriod.ts), or at the
 * same time ("90 agents on the portal in same time", "40 dispatchers, all on it at once", "45
 * translators. In busy season all of them use it at the same time", peopleCounts.ts).
 */
import { UsersKind } from './intentSchema';
import { activePeriodAfter, activePeriodBefore } from './activePeriod';
import { allAtOnceAfter, atOnceRightAfter } from './peopleCounts';

export interface WordsAroundPeople {
  /** The words before the count in its clause (about 40 characters). */
  before: string;
  /** The words after the count in its clause: about 30 and about 70 characters. */
  after: string;
  longer: string;
  /** The next 12 characters of the text, across a bracket. */
  next: string;
  /** The next 120 or so characters of the text, across clause and sentence ends. */
  following: string;
}

/**
 * The kind of users the words around a count of people make them, or undefined when they say no
 * period and no time at once. A period said after the count comes first ("3,000 drivers daily,
 * all at once at the depot" are daily actives); a time at once right after the count comes before
 * a period said before it ("on a busy day 300 clerks are logged in at the same time").
 */
export function whenPeopleUseIt(
  words: WordsAroundPeople,
): Exclude<UsersKind, 'total'> | undefined {
  const { before, after, longer, next, following } = words;
  return (
    activePeriodAfter(after, longer, next) ??
    (atOnceRightAfter(longer) ? 'concurrent' : undefined) ??
    activePeriodBefore(before) ??
    (allAtOnceAfter(following) ? 'concurrent' : undefined)
  );
}
