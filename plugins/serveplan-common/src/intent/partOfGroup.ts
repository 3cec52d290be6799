/**
 * A count said to be a part of the people just counted, and what part: "12,000 members, of whom
 * 1,500 log in each day" (daily actives), "40k subscribers, of which 9k are active in a typical
 * month" (monthly actives), "3,000 drivers, 400 of them online at once" (people at once). A part
 * with no activity said of it ("of whom 300 are in Spain") is not read here.
 */
import { UsersKind } from './intentSchema';
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { activePeriodAfter } from './activePeriod';

export interface GroupPart {
  value: number;
  /** What the part counts: people active on a day, in a month, or at once. */
  kind: Exclude<UsersKind, 'total'>;
  /** Offsets of the part's own words in the text ("5,000 are daily active"). */
  start: number;
  end: number;
  written: string;
}

/** Words that make a count approximate: "of whom maybe 300". */
const HEDGE =
  '(?:(?:about|around|roughly|~|approximately|maybe|probably|perhaps|only|just|some|something like)\\s?)?';
/** A share rather than a count: "of whom 60 %", "of which 1 in 4" (shares.ts reads those). */
const NOT_A_SHARE = '(?!\\s?(?:%|percent\\b|in\\s|out\\sof\\b|\\/|x\\b))';
/**
 * Right after the group: "of whom 300", "of which about 2k", "and of those 40", or the part then
 * the pronoun: "300 of them", "2k of whom". `rest` is what is said of the part, up to the end of
 * its clause.
 */
const PART_AFTER = new RegExp(
  `^\\s?,?\\s?(?:\\(\\s?)?(?:(?:and\\s)?(?:of\\s(?:which|whom|those|them)|among\\s(?:them|those|whom))\\s${HEDGE}(?<num>${N})${NOT_A_SHARE}(?:\\s(?:people|users|persons))?|${HEDGE}(?<num2>${N})\\sof\\s(?:them|those|whom|which))(?<rest>[^.;!?()]{0,60})`,
);

/**
 * People there at one moment: "are online at once", "concurrently", "at the same time" (also "in
 * the same time" and "at same time", as many writers whose first language is not English put it).
 */
const AT_ONCE =
  /^[^.;!?]{0,30}?\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|at once|(?:at|in) (?:the )?same time|in parallel|online|logged in|connected)\b/;

/**
 * The part of the group said in `after`, the text right after the group's count and noun, which
 * starts at offset `offset` of the text. Undefined when no part follows or nothing says what the
 * part does.
 */
export function partOfGroupAfter(
  after: string,
  offset: number,
): GroupPart | undefined {
  const m = PART_AFTER.exec(after);
  if (!m) return undefined;
  const g = m.groups!;
  const token = g.num ?? g.num2;
  const value = parseNumberToken(token);
  if (!Number.isFinite(value)) return undefined;
  const rest = g.rest;
  const kind: GroupPart['kind'] | undefined =
    activePeriodAfter(rest, rest, rest) ??
    (AT_ONCE.test(rest) ? 'concurrent' : undefined);
  if (!kind) return undefined;
  // the words before the count have no digits, so its first occurrence is the count
  const start = offset + m[0].indexOf(token);
  return {
    value,
    kind,
    start,
    end: offset + m[0].length,
    written: m[0].slice(start - offset).trim(),
  };
}

/**
 * A part of the people named in the clause, and all after it: "300 of them at once", "of whom
 * about 40 log in daily". Not "of us": that counts the writer's own group.
 */
const PART_ONWARDS = new RegExp(
  `(?:^|[^\\w,.])(?:${HEDGE}(?:${N})\\s?of\\s(?:them|those|these|whom|which)|of\\s(?:whom|which|those|them)\\s${HEDGE}(?:${N}))\\b[^]*$`,
  'i',
);

/**
 * The clause without what it says of a part of the people counted in it ("We have 3,000 drivers
 * and need 5,000 of them online at once" → "We have 3,000 drivers and need"): words for a time at
 * once or a period said of the part are not said of the people as a whole. With no count before
 * it ("for our analysts, about 60 of them concurrent"), the "part" is the only count: kept.
 */
export function clauseBeforeParts(clause: string): string {
  const part = PART_ONWARDS.exec(clause);
  if (!part || !/\d/.test(clause.slice(0, part.index))) return clause;
  return clause.slice(0, part.index);
}
