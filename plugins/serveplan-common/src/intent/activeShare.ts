/**
 * Active share: the share of the users active on a day, said as a share of people ("a fifth of
 * them would use it on a given day", "1 in 4 are on at once") or as a part of the users counted
 * ("12,000 members, of whom 1,500 log in each day"); and a part larger than its group, a
 * contradiction to ask about.
 */
import { roundSig } from './numbers';
import { setSignal, Signals } from './signals';
import { around, fmt, QuantityContext } from './quantityReading';
import { PeopleCountSpan, readShares, shareOfNotAllDaily } from './shares';
import { GroupPart } from './partOfGroup';

/**
 * Parts said of groups: a part larger than its group ("2,000 users, of which 5,000 are daily
 * active") is a contradiction to ask about, since one of the two numbers is wrong but nothing
 * says which; the daily actives of the users counted ("12,000 members, of whom 1,500 log in each
 * day") are the share active on a day.
 */
export function readParts(
  ctx: QuantityContext,
  parts: Array<{
    whole: { value: number; written: string };
    part: GroupPart;
  }>,
  users: { value: number },
): void {
  for (const { whole, part } of parts) {
    if (part.value > whole.value) {
      ctx.signals.questions.push({
        field: 'users',
        message: `"${part.written}" is more people than the ${fmt(
          whole.value,
        )} they are said to be part of ("${whole.written.trim()}"); which number is right?`,
      });
      continue;
    }
    if (whole !== users || part.kind !== 'daily_active') continue;
    const share = roundSig(part.value / whole.value, 4);
    if (share > 0)
      setSignal(
        ctx.signals,
        'active_share',
        share,
        'stated',
        `"${part.written}" of ${fmt(whole.value)}: ${fmt(
          share * 100,
        )} % active on a day`,
      );
  }
}

/**
 * The counts of people extractUsers read in a text, for extractActiveShare: a share said after
 * one of them ("75,000 total users, 8 % active daily") is a share of those people.
 */
export const peopleCounted = new WeakMap<Signals, PeopleCountSpan[]>();

/** Words that say the share is of people active, on a day or at once. */
const ACTIVE_CUE =
  /\b(?:use|uses|using|active|activity|daily|a day|per day|(?:each|every|any|given|typical|normal|usual|average|ordinary) (?:(?:school|working|work|business|shift) )?day|at a time|at once|simultaneously|concurrently|online|at peak|log in|logs in|logged in|opens?)\b/;

/**
 * "a fifth of them would use it on a given day", "of whom maybe 60 % code on any given day", "1
 * in 4 are on at once" → active_share. The share is read with the number-noun attachment
 * (shares.ts): it must be a share of people (a person noun, or a pronoun or nothing after a
 * people count), and its clause must say they are active; "1 in 10 requests need tools" or "a
 * quarter of the tickets" are shares of something else.
 */
export function extractActiveShare(ctx: QuantityContext): void {
  for (const s of readShares(ctx, peopleCounted.get(ctx.signals))) {
    if (s.of !== 'people') continue;
    const { clause } = around(ctx, s.start, s.end, 0, 0);
    if (
      !ACTIVE_CUE.test(clause) &&
      !shareOfNotAllDaily(ctx.text.toLowerCase(), s.start, s.end)
    )
      continue;
    setSignal(ctx.signals, 'active_share', roundSig(s.share, 4), 'stated');
    ctx.spans.take(s.start, s.end);
    return;
  }
}
