/**
 * Rates said as the time between one sender's requests, for many senders: "2,000 players online,
 * each triggering a line roughly every 20 seconds" is 2,000 / 20 s = 100 requests a second; "40
 * kiosks, each sending 3 events every 2 minutes" is 40 × 3 / 120 s = 1 a second.
 *
 * The interval ("every N seconds", "every N minutes", "every minute"; under an hour) is one
 * request (or the count said right before it) per interval for each sender. The senders are the
 * count a distributive "each" stands for ("..., each triggering", "they each", distributedOver),
 * or the subject "each/every <noun>" (or "per <noun>" after the interval) with a count of that
 * noun elsewhere in the text (perEntityScale). With nobody counted ("the dashboard refreshes
 * every 30 seconds") the interval is no rate; a pace of tokens ("a token every 30 ms") is a
 * latency, not an interval between requests (milliseconds are not read here). When no reader
 * found who uses the service, the senders counted are its users (extractSendersAsUsers).
 */
import { NUMBER_SOURCE as N, parseNumberToken, roundSig } from './numbers';
import { attachNumbers, AttachedNumber } from './numberAttachment';
import { distributedOver, perEntityScale } from './perEntityRates';
import { clauseText, fmt, matches, QuantityContext } from './quantityReading';
import { setSignal, Spans } from './signals';

const INTERVAL_RE = new RegExp(
  `\\b(?:(?:once\\s)?every\\s(?:(?:about|around|roughly|approximately|~)\\s?)?(?:(?<num>${N})\\s?(?<unit>seconds?|secs?|s|minutes?|mins?)|(?<bare>minute))|per\\s(?<perNum>${N})\\s?(?<perUnit>seconds?|secs?|s|minutes?|mins?))\\b`,
  'g',
);

/** Counted senders whose rate is no load: a rate per GPU or node is a throughput. */
const NOT_SENDERS = new Set(['gpu', 'node', 'time', 'money', 'token']);

/** Hedges and up to three words between a count of events and its interval: "3 events ", "2 short pings roughly ". */
const COUNT_THEN_INTERVAL =
  /^(?:\s[a-z][a-z'-]*){1,3}\s(?:(?:about|around|roughly|approximately|~)\s?)?$/;

export interface IntervalRate {
  perSecond: number;
  /** The interval's words: "every 20 seconds". */
  start: number;
  end: number;
  /** Where the senders' count is, when a distributive "each" stands for it ("at peak 1,200 students"). */
  sendersAt?: number;
  /** The senders counted, one each ("30 robots"); undefined for a rate per group ("per 100 seats"). */
  senders?: AttachedNumber;
  note: string;
}

/** The count of events said right before the interval ("3 events every 2 minutes"), if any. */
function eventsBefore(
  ctx: QuantityContext,
  readings: AttachedNumber[],
  at: number,
  senders: AttachedNumber | undefined,
): AttachedNumber | undefined {
  const clause = clauseText(ctx, at);
  return readings.find(
    r =>
      r.start !== senders?.start &&
      r.start >= clause.start &&
      r.phraseEnd <= at &&
      (r.kind === 'work' || r.kind === 'thing') &&
      COUNT_THEN_INTERVAL.test(ctx.text.slice(r.end, at).toLowerCase()),
  );
}

/** Request rates said as intervals between each counted sender's requests. */
export function readIntervalRates(ctx: QuantityContext): IntervalRate[] {
  const out: IntervalRate[] = [];
  const readings = attachNumbers({ ...ctx, spans: new Spans() });
  for (const m of matches(ctx, INTERVAL_RE)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    // "every 2 minutes", and "1 query per 2 min": a count over a span of several units
    const num = g.num ?? g.perNum;
    const unit = g.unit ?? g.perUnit;
    const seconds = g.bare
      ? 60
      : parseNumberToken(num) * (/^m/.test(unit) ? 60 : 1);
    if (!(seconds > 0 && seconds < 3600)) continue;
    let distributed = distributedOver(ctx, start, end);
    // "750 agents × 1 query per 2 min each": the count right before the interval is the events
    // each one sends, not who sends them; the senders are counted before it
    if (
      distributed &&
      (distributed.kind === 'work' || distributed.kind === 'thing') &&
      COUNT_THEN_INTERVAL.test(
        ctx.text.slice(distributed.end, start).toLowerCase(),
      )
    )
      distributed = distributedOver(ctx, distributed.start, end);
    const senders =
      distributed && distributed.kind && !NOT_SENDERS.has(distributed.kind)
        ? distributed
        : undefined;
    const scale = senders ? undefined : perEntityScale(ctx, start, end, true);
    const count = senders?.value ?? scale?.factor;
    const counted =
      senders ??
      (scale?.count.value === scale?.factor ? scale?.count : undefined);
    if (!(count !== undefined && count > 0)) continue;
    const events = eventsBefore(ctx, readings, start, senders);
    // "3 messages every minute" has its period already: the count reader reads it
    if (events?.period) continue;
    const each = events?.value ?? 1;
    const perSecond = (count * each) / seconds;
    const who = senders
      ? `${fmt(senders.value)} ${senders.noun}`
      : `${fmt(count)} senders`;
    out.push({
      perSecond,
      start: events?.start ?? start,
      end: scale ? Math.max(end, scale.end) : end,
      sendersAt: senders?.start,
      senders: counted,
      note: `${fmt(each)} request${
        each === 1 ? '' : 's'
      } "${m[0].trim()}" from each of ${who} = ${fmt(
        roundSig(perSecond, 4),
      )} requests per second`,
    });
  }
  return out;
}

/**
 * The senders of an interval rate are the service's users when no reader found who uses it:
 * "each kiosk pings it every 30 seconds, and there are 12 kiosks" is served to 12 clients in all.
 * People counted elsewhere ("2,000 players online, each ...") are read by users.ts first.
 */
export function extractSendersAsUsers(ctx: QuantityContext): void {
  const values = ctx.signals.values;
  if (ctx.batch || values.users !== undefined) return;
  if (ctx.signals.errors.some(e => e.field === 'users')) return;
  // every interval, read or not: rates.ts has taken their words already
  const senders = readIntervalRates({ ...ctx, spans: new Spans() }).find(
    r => r.senders,
  )?.senders;
  if (!senders || !(senders.value >= 1)) return;
  setSignal(
    ctx.signals,
    'users',
    Math.round(senders.value),
    'inferred',
    `the ${fmt(senders.value)} ${
      senders.noun ?? 'senders'
    } sending requests read as the users`,
  );
  setSignal(ctx.signals, 'users_kind', 'total', 'inferred');
}
