/**
 * Users kind: what a count of people counts, all of them, the daily or monthly actives or the
 * people there at once, by its own words ("5k DAU", "300 concurrent users") and by the words
 * around it that say when they use it ("300 people use it daily", "40 dispatchers, all on it at
 * once"); what its clause says of a part ("and 300 of them at once") is not said of them all.
 */
import { UsersKind } from './intentSchema';
import { around, QuantityContext } from './quantityReading';
import { whenPeopleUseIt } from './whenPeopleUseIt';
import { clauseBeforeParts } from './partOfGroup';

/**
 * When the people counted at `start`-`end` are said to use it, by the words around them
 * (whenPeopleUseIt.ts): "300 people use it daily", "1,200 sellers are active in a typical month",
 * "daily around 4,000 pet owners", "40 dispatchers, all on it at once".
 */
export function saidActive(
  ctx: QuantityContext,
  start: number,
  end: number,
): Exclude<UsersKind, 'total'> | undefined {
  const { before, after } = around(ctx, start, end, 40, 30);
  const { after: longer } = around(ctx, start, end, 0, 70);
  return whenPeopleUseIt({
    before,
    after,
    longer,
    next: ctx.text.slice(end, end + 12),
    following: ctx.text.slice(end, end + 120),
  });
}

export function usersKindFrom(words: string, clause: string): UsersKind {
  if (/\bdau\b|daily(?:[\s-]active)?\b|\bper day\b|\ba day\b/.test(words))
    return 'daily_active';
  if (/\bmau\b|monthly(?:[\s-]active)?\b/.test(words)) return 'monthly_active';
  if (
    /\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|concurrency|sessions?)\b/.test(
      words,
    )
  )
    return 'concurrent';
  // what the clause says of a part ("and 300 of them at once") is not said of them all
  const own = clauseBeforeParts(clause);
  if (
    /\b(?:concurrent(?:ly)?|concurrency|simultaneous(?:ly)?|(?:at|in) (?:the )?same (?:time|moment)|at once|in parallel|at any (?:one )?time)\b/.test(
      own,
    )
  )
    return 'concurrent';
  if (/\bdaily active\b|\bdau\b/.test(own)) return 'daily_active';
  if (/\bmonthly active\b|\bmau\b/.test(own)) return 'monthly_active';
  return 'total';
}
