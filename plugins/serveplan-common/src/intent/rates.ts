/**
 * Traffic: request rates (per second, peak or average), per-user rates, batch sizes and batch
 * windows, from "50 rps", "3,000 MRs on a normal weekday", "each maybe 3 per week", "12 million
 * comments" in a batch job and "10pm-6am window".
 */
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  periodSeconds,
  roundSig,
} from './numbers';
import { CLOCK_RANGE_SOURCE, hoursBetween } from './clockWindow';
import { setSignal } from './signals';
import {
  around,
  checkPositive,
  fmt,
  matches,
  QuantityContext,
  readAmount,
  SCALE_WORDS,
  UPPER,
  USER_NOUNS,
} from './quantityReading';

const RATE_NOUNS =
  'requests?|reqs?|queries|query|calls?|messages?|msgs|prompts?|completions?|conversations?|chats?|questions?|documents?|docs?|tickets?|emails?|articles?|summaries|translations?|files?|generations?|tasks?|jobs?|inferences?|contracts?|reports?|transcripts?|posts?|descriptions?|items?|records?|reviews?|sessions?|searches|lookups|pages|rows|images|videos|products|listings|entries|issues|runs';
const PER_USER =
  '(?:per|a|each|every)\\s(?:user|person|head|dev|developer|engineer|employee|seat|agent|member|customer|lawyer|writer|analyst)';
const TIME_UNIT =
  's|sec|second|min|minute|h|hr|hour|day|d|night|week|wk|month|mo|year|yr';

/**
 * A verb between the counted noun and its period: "60,000 tickets close each day", "3,000 MRs
 * get merged per day". At most two words, none a preposition or a number.
 */
const VERB_GAP =
  '(?:\\s(?!(?:per|a|an|each|every|and|or|of|with|for|from|to|at|on|in|by|than|nightly|daily|hourly|weekly|monthly|overnight)\\b)[a-z]+(?:\\sin|\\sout|\\sup)?){0,2}?';
/** "on a normal weekday", "on a typical day", "in a busy week": a period after a count. */
const ON_A_DAY =
  '\\s(?:on|in|during)\\s(?:a|an|any|the|each|every)\\s(?:(?:normal|typical|average|regular|usual|busy|quiet|given|good)\\s)?(?<per3>weekday|workday|working day|business day|day|week|month)\\b';
/** A bare count with a period, the noun said before or understood: "around 5,000 a day", "3 per week". */
const BARE_RATE_RE = new RegExp(
  `(?<num>${N})${UPPER}(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${TIME_UNIT})\\b(?!\\s?(?:/|per)\\b)`,
  'g',
);
/** A count of any plural noun, for the size of a batch ("12 million comments", "30k episodes"). */
const BATCH_COUNT_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?(?:(?!(?:per|a|an|each|every|and|or|of|in|on|to|for|from|with|${SCALE_WORDS})\\b)[a-z-]+\\s){0,2}?(?<noun>[a-z]{2,}s)\\b`,
  'g',
);
const NOT_BATCH_NOUNS =
  /^(?:nodes|machines|servers|instances|replicas|cards|cores|languages|models|steps|teams|times|variants|versions|regions|zones|clusters|fields|columns|parameters|params|layers|experts)$/;
/**
 * "four times that during outages", "twice as much at peak": a multiple of the rate just stated;
 * and a bare multiple after a surge verb ("spikes to 3x", "bursts of 5x at launch"), where the
 * rate it multiplies is understood.
 */
const MULTIPLE_RE = new RegExp(
  `\\b(?:(?<num>${N})\\s?(?:x|times)|(?<word>twice|double|triple))\\s(?:that|this|as much|as many|the (?:average|usual|normal|rate|load|traffic|baseline|norm|typical (?:load|rate|traffic)))\\b|\\b(?:spikes?|spiking|bursts?|bursting|peaks?|peaking|surges?|surging|jumps?|jumping|climbs?|climbing)\\s(?:up\\s)?(?:to|at|of|by)\\s(?:about\\s|around\\s|roughly\\s|~\\s?)?(?<num2>${N})\\s?(?:x|times)(?=\\s?(?:[,.;:)!?]|$)|\\s(?:that|normal|the|at|during|on|in|when|whenever|around|over|for|if)\\b)`,
  'g',
);

/**
 * The period said before the count: "on a normal day that's about 20,000 conversations", "in a
 * busy week we get 3,000 tickets". Up to five words between the period and the count.
 */
const PERIOD_FIRST_RE = new RegExp(
  `\\b(?:on|in|during)\\s(?:a|an|any|the|each|every)\\s(?:(?:normal|typical|average|regular|usual|busy|quiet|given|good|slow|peak)\\s)?(?<per>weekday|workday|working day|business day|day|week|month|night)\\b,?\\s(?:(?!(?:per|a|an|each|every)\\b)[a-z']+,?\\s){0,5}?(?<num>${N})${UPPER}\\s?(?:(?!(?:per|a|an|each|every|and|or|of|in|on|to|for|from|with|${SCALE_WORDS})\\b)[a-z-]+\\s){0,2}?(?<noun>${RATE_NOUNS}|[a-z]{2,}s)\\b(?!\\s?(?:/|per|a|an|each|every)\\s?(?:${TIME_UNIT})\\b)`,
  'g',
);

const SHORT_RATE_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?(?<unit>rps|qps|rpm|rph|rpd|req/s|reqs/s|req/sec|requests?/s(?:ec)?|r/s|q/s|queries/s|req/min|requests?/min|req/h|req/hr|requests?/h(?:our)?|req/day|requests?/day|req/d)(?![a-z])`,
  'g',
);
const NOUN_RATE_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?(?:(?!(?:per|a|an|each|every|and|or|of|in|on|to|for|from|with|${SCALE_WORDS})\\b)[a-z-]+\\s){0,2}?(?<noun>${RATE_NOUNS})\\b(?:\\s?(?<peruser>${PER_USER}))?(?:${VERB_GAP}(?:(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${TIME_UNIT})\\b|\\s?(?<per2>nightly|daily|hourly|weekly|monthly|per night|a night|every night|each night|overnight)\\b|${ON_A_DAY}))?(?:\\s(?<each>each|per (?:user|person|head)))?`,
  'g',
);

const NOT_RATE_NOUNS =
  'tokens?|words?|times|hours?|minutes?|seconds?|days?|weeks?|months?|years?|gpus?|dollars?|usd|pages?|characters?|chars|percent';
const GENERIC_RATE_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?(?:(?!(?:per|a|an|each|every|and|or|of|in|on|to|for|from|with|${SCALE_WORDS})\\b)[a-z-]+\\s){0,2}?(?<noun>[a-z]{2,}s)\\b(?:\\s?(?<peruser>${PER_USER}))?${VERB_GAP}(?:(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${TIME_UNIT})\\b|${ON_A_DAY})(?:\\s(?<each>each|per (?:user|person|head)))?`,
  'g',
);

const PEAK =
  /\b(?:peak|peaks|peaking|at peak|bursts?|burst(?:ing|y)|spikes?|spiking|max(?:imum)?|up to|top|busiest|rush)\b/;
const AVERAGE =
  /\b(?:average|avg|on average|mean|typical(?:ly)?|sustained|steady|baseline|normally|usually)\b/;

function unitSeconds(u: string): number | undefined {
  const map: Record<string, string> = {
    rps: 's',
    qps: 's',
    rpm: 'min',
    rph: 'h',
    rpd: 'day',
    d: 'day',
    night: 'day',
    nightly: 'day',
    daily: 'day',
    hourly: 'h',
    weekly: 'week',
    monthly: 'month',
    'per night': 'day',
    'a night': 'day',
    'every night': 'day',
    'each night': 'day',
    overnight: 'day',
  };
  const short = /\/(s|sec|min|h|hr|hour|day|d)$/.exec(u);
  if (short) return periodSeconds(short[1] === 'd' ? 'day' : short[1]);
  return periodSeconds(map[u] ?? u);
}

/** "weekday", "business day" → "day"; the rest as written. */
function periodOfDay(period: string | undefined): string | undefined {
  if (!period) return undefined;
  return /day$/.test(period) ? 'day' : period;
}

function unitName(unit: string): string {
  const names: Record<string, string> = {
    s: 'second',
    sec: 'second',
    min: 'minute',
    h: 'hour',
    hr: 'hour',
    d: 'day',
  };
  const short = /\/(s|sec|min|h|hr|hour|day|d)$/.exec(unit);
  const u = short ? short[1] : unit;
  return names[u] ?? (/^(?:rps|qps)$/.test(u) ? 'second' : u.replace(/s$/, ''));
}

function perUserCue(clause: string): boolean {
  return new RegExp(
    `\\beach\\b(?!\\s+(?:(?:${RATE_NOUNS})\\b|of (?:the|these|those) (?:${RATE_NOUNS})\\b|one\\b|time\\b|month\\b|day\\b|week\\b))|\\b${PER_USER}\\b|\\b(?:every|a|each) (?:user|person|employee|dev|developer|engineer)\\b|\\bthey(?:'d| would| will)? each\\b`,
  ).test(clause);
}

const RATE_RANGE_WHY = 'to size for it';

/** Request rates (converted to per second, peak or average), per-user rates and batch sizes. */
export function extractRates(ctx: QuantityContext): void {
  const rates: Array<{
    perSecond: number;
    basis: 'peak' | 'average' | null;
    /** Where the rate's words end, for "four times that" after it. */
    end: number;
    note?: string;
  }> = [];
  const handle = (
    m: RegExpMatchArray & { index: number },
    amount: { value: number; notes: string[] },
    unit: string | undefined,
    perUser: boolean,
    nightly: boolean,
  ) => {
    const count = amount.value;
    const end = m.index + m[0].length;
    const { clause } = around(ctx, m.index, end, 0, 0);
    const written = m[0].trim();
    if (!checkPositive(ctx, 'requests_per_s', count, written)) return;
    if (
      nightly ||
      (ctx.batch && (!unit || /^(?:day|d|night)$/.test(unit)) && !perUser)
    ) {
      const noun = /([a-z]+)\s*$/.exec(
        written
          .replace(
            /\b(?:nightly|daily|overnight|per night|a night|every night|each night|a day|per day)\b.*$/,
            '',
          )
          .trim(),
      )?.[1];
      const notes = [
        ...amount.notes,
        unit || nightly ? `"${written}" read as one batch` : undefined,
        noun && !/^(?:requests?|reqs?|queries|calls?|prompts?)$/.test(noun)
          ? `one request per ${noun.replace(/s$/, '')}`
          : undefined,
      ];
      setSignal(
        ctx.signals,
        'batch_requests',
        count,
        'stated',
        notes.filter(Boolean).join('; ') || undefined,
      );
      return;
    }
    if (!unit) return;
    const seconds = unitSeconds(unit);
    if (!seconds) return;
    if (perUser) {
      const perDay = (count * 86400) / seconds;
      if (seconds < 3600 && count >= 1) {
        ctx.signals.questions.push({
          field: 'requests_per_s',
          message: `"${written}": ${fmt(count)} requests per ${unitName(
            unit,
          )} from each user is more than a person sends (${fmt(
            roundSig(perDay, 3),
          )} a day). Did you mean ${fmt(count)} requests per ${unitName(
            unit,
          )} in total?`,
        });
        return;
      }
      setSignal(
        ctx.signals,
        'requests_per_user_per_day',
        roundSig(perDay, 6),
        'stated',
        [
          ...amount.notes,
          seconds !== 86400
            ? `${written} per user = ${fmt(roundSig(perDay, 4))} per day`
            : undefined,
        ]
          .filter(Boolean)
          .join('; ') || undefined,
      );
      return;
    }
    const perSecond = count / seconds;
    // the word next to the rate decides ("120 rps avg / 400 rps peak"), else the clause
    const { before: near, after: next } = around(ctx, m.index, end, 14, 12);
    const adjacent = `${near.split(/[/,;]/).pop() ?? ''} ${
      next.split(/[/,;]/)[0]
    }`;
    let basis: 'peak' | 'average' | null = null;
    if (PEAK.test(adjacent)) basis = 'peak';
    else if (AVERAGE.test(adjacent)) basis = 'average';
    else if (PEAK.test(clause) && !AVERAGE.test(clause)) basis = 'peak';
    else if (AVERAGE.test(clause) && !PEAK.test(clause)) basis = 'average';
    const notes: string[] = [...amount.notes];
    if (seconds > 1)
      notes.push(
        `${written} = ${fmt(roundSig(perSecond, 4))} requests per second`,
      );
    if (seconds >= 86400 && basis === null) {
      basis = 'average';
      notes.push('a daily or longer volume is an average rate');
    }
    rates.push({
      perSecond,
      basis,
      end,
      note: notes.join('; ') || undefined,
    });
  };

  for (const m of matches(ctx, SHORT_RATE_RE)) {
    const g = m.groups!;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    handle(
      m,
      readAmount(g.num, g.num2, { why: RATE_RANGE_WHY }),
      g.unit,
      perUserCue(clause) && /\beach\b|per (?:user|person)/.test(clause),
      false,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const m of matches(ctx, NOUN_RATE_RE)) {
    const g = m.groups!;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    const unit = g.per ?? g.per2 ?? periodOfDay(g.per3);
    const nightly = !!g.per2 && /night|overnight/.test(g.per2);
    if (!unit && !ctx.batch) continue;
    const perUser = !!g.peruser || !!g.each || perUserCue(clause);
    handle(
      m,
      readAmount(g.num, g.num2, { count: true, why: RATE_RANGE_WHY }),
      unit,
      perUser,
      nightly,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // any other plural noun with an explicit period: "2,000 issues per hour", "40 agent runs per day"
  for (const m of matches(ctx, GENERIC_RATE_RE)) {
    const g = m.groups!;
    if (new RegExp(`^(?:${USER_NOUNS}|${NOT_RATE_NOUNS})$`).test(g.noun))
      continue;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    const perUser = !!g.peruser || !!g.each || perUserCue(clause);
    handle(
      m,
      readAmount(g.num, g.num2, { count: true, why: RATE_RANGE_WHY }),
      g.per ?? periodOfDay(g.per3),
      perUser,
      false,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // the period first: "on a normal day that's about 20,000 conversations"
  for (const m of matches(ctx, PERIOD_FIRST_RE)) {
    const g = m.groups!;
    if (new RegExp(`^(?:${USER_NOUNS}|${NOT_RATE_NOUNS})$`).test(g.noun))
      continue;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    handle(
      m,
      readAmount(g.num, g.num2, { count: true, why: RATE_RANGE_WHY }),
      periodOfDay(g.per === 'night' ? 'day' : g.per),
      perUserCue(clause),
      false,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // a bare count with a period: "around 5,000 a day", "each maybe 3 per week"
  for (const m of matches(ctx, BARE_RATE_RE)) {
    const g = m.groups!;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    handle(
      m,
      readAmount(g.num, g.num2, { count: true, why: RATE_RANGE_WHY }),
      g.per,
      perUserCue(clause),
      false,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // in a batch job, a count of anything else is its size: "roughly 12 million comments"
  if (ctx.batch && ctx.signals.values.batch_requests === undefined) {
    for (const m of matches(ctx, BATCH_COUNT_RE)) {
      const g = m.groups!;
      if (new RegExp(`^(?:${USER_NOUNS}|${NOT_RATE_NOUNS})$`).test(g.noun))
        continue;
      const amount = readAmount(g.num, g.num2, {
        count: true,
        why: RATE_RANGE_WHY,
      });
      // a batch worth planning for; "4 nodes", "5 languages" are not its size
      if (!(amount.value >= 100) || NOT_BATCH_NOUNS.test(g.noun)) continue;
      handle(m, amount, undefined, false, false);
      ctx.spans.take(m.index, m.index + m[0].length);
      break;
    }
  }
  // "roughly four times that during outages": a multiple of the rate before it, at its peak
  for (const m of matches(ctx, MULTIPLE_RE)) {
    const base = [...rates].reverse().find(r => r.end <= m.index);
    if (!base) continue;
    const g = m.groups!;
    const factor = g.word
      ? { twice: 2, double: 2, triple: 3 }[g.word]!
      : parseNumberToken(g.num ?? g.num2);
    if (!(factor > 1)) continue;
    rates.push({
      perSecond: base.perSecond * factor,
      basis: 'peak',
      end: m.index + m[0].length,
      note: `"${m[0].trim()}" read as a peak of ${fmt(factor)} × ${fmt(
        roundSig(base.perSecond, 4),
      )} = ${fmt(roundSig(base.perSecond * factor, 4))} requests per second`,
    });
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  if (rates.length > 0) {
    const peak = rates.find(r => r.basis === 'peak');
    const chosen = peak ?? rates[0];
    const others = rates.filter(r => r !== chosen);
    const notes = [
      chosen.note,
      ...others.map(
        o =>
          `${fmt(roundSig(o.perSecond, 4))} req/s${
            o.basis ? ` (${o.basis})` : ''
          } also stated; sized for the ${chosen.basis ?? 'stated'} rate`,
      ),
    ].filter(Boolean);
    setSignal(
      ctx.signals,
      'requests_per_s',
      roundSig(chosen.perSecond, 6),
      'stated',
      notes.join('; ') || undefined,
    );
    if (chosen.basis)
      setSignal(ctx.signals, 'requests_per_s_basis', chosen.basis, 'stated');
  }
}

const CLOCK_RANGE_RE = new RegExp(CLOCK_RANGE_SOURCE, 'g');

const WINDOW_RE = new RegExp(
  `(?:\\b(?<prep>in|within|under|over|inside|of|:)\\s)?(?<num>${N})${UPPER}\\s?-?\\s?(?<unit>h|hrs?|hours?|mins?|minutes?|days?)\\b(?<window>\\s?(?:window|batch window|time window))?`,
  'g',
);

/** Batch windows: "6h window", "within 4 hours", "in 3 days" (days only after in/within/over) in a batch request. */
export function extractBatchWindow(ctx: QuantityContext): void {
  for (const m of matches(ctx, CLOCK_RANGE_RE)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 20);
    if (!ctx.batch && !/^\s?(?:batch\s)?window\b/.test(after)) continue;
    const hours = hoursBetween(g.from, g.to);
    if (hours === undefined) continue;
    setSignal(
      ctx.signals,
      'batch_window_hours',
      roundSig(hours, 6),
      'stated',
      `"${m[0].trim()}" read as a window of ${fmt(roundSig(hours, 4))} h`,
    );
    ctx.spans.take(m.index, end);
  }
  for (const m of matches(ctx, WINDOW_RE)) {
    const g = m.groups!;
    if (!ctx.batch && !g.window) continue;
    const days = /^d/.test(g.unit);
    // "the last 30 days of logs" is what to process, not how long it may take
    if (
      days &&
      !g.window &&
      !/^(?:in|within|under|over|inside)$/.test(g.prep ?? '')
    )
      continue;
    let perUnit = 1 / 60;
    if (days) perUnit = 24;
    else if (/^h/.test(g.unit)) perUnit = 1;
    const read = readAmount(g.num, g.num2, {
      show: n => `${fmt(roundSig(n * perUnit, 6))} h`,
      why: 'the longest it may take',
    });
    const hours = read.value * perUnit;
    if (!checkPositive(ctx, 'batch_window_hours', hours, m[0])) continue;
    setSignal(
      ctx.signals,
      'batch_window_hours',
      roundSig(hours, 6),
      'stated',
      read.notes.join('; ') || undefined,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
}
