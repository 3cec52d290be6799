/**
 * The daily use of a single user: when the users are one person (the writer alone, "I'm the only
 * one using it"), a volume of requests said per day or longer ("maybe 70 requests on a busy day",
 * "about 200 prompts a week") is that person's use, so it is also the requests per user per day.
 * Only a volume said per day or longer is read: a rate per second or minute says nothing of a day.
 */
import { attachNumbers } from './numberAttachment';
import { periodSeconds, roundSig } from './numbers';
import { fmt, QuantityContext } from './quantityReading';
import { setSignal, Spans } from './signals';

const DAY_S = 86400;

/** Seconds in a period word of the attachment ("day", "week", "night"), or undefined. */
function secondsOf(period: string): number | undefined {
  if (/day$|^night$/.test(period)) return DAY_S;
  return periodSeconds(period);
}

/**
 * Sets requests_per_user_per_day from the volume the request rate was read from, when the users
 * are one person and no rate per user was said.
 */
export function setLoneUserDailyUse(ctx: QuantityContext): void {
  const { values } = ctx.signals;
  const rate = values.requests_per_s;
  if (values.users !== 1 || values.requests_per_user_per_day !== undefined)
    return;
  if (rate === undefined || rate === null || !(rate > 0)) return;
  // the volume is read again from the words, whatever reader took them for the rate
  for (const r of attachNumbers({ ...ctx, spans: new Spans() })) {
    if (r.kind !== 'work' || !r.period) continue;
    const seconds = secondsOf(r.period);
    if (!seconds || seconds < DAY_S) continue;
    if (Math.abs(r.value / seconds - rate) > rate * 0.01) continue;
    const perDay = roundSig((r.value * DAY_S) / seconds, 6);
    setSignal(
      ctx.signals,
      'requests_per_user_per_day',
      perDay,
      'stated',
      `"${ctx.text
        .slice(r.start, r.periodEnd)
        .trim()}" from one user read as ${fmt(
        perDay,
      )} requests per user per day`,
    );
    return;
  }
}
