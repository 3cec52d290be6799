/**
 * Traffic: request rates (per second, peak or average), per-user rates, batch sizes and batch
 * windows, from "50 rps", "3,000 MRs on a normal weekday", "each maybe 3 per week", "12 million
 * comments" in a batch job and "10pm-6am window". Counts said with a noun ("60,000 tickets close
 * each day", "30k episodes") come from the number-noun attachment (itemVolumes.ts): the noun says
 * whether a number counts items, the words around it give the period (after it, or said first:
 * "on a normal day that's about 20,000 conversations"). The regexes left read what has no counted
 * noun after the number: rate units ("rps"), a bare count with a period ("5,000 a day"), and
 * multiples of a rate. A count of other things ("we print 210,000 copies a week") gives way to a
 * count of the work itself said beside it, and a count of work items to get through once ("we
 * need to classify 4 million tickets from last year", oneOffJobs.ts) is a batch size. Counted
 * senders each sending at an interval ("2,000 players, each triggering a line every 20 seconds")
 * are read by requestIntervals.ts. A count said per run of the job ("90,000 narratives per run")
 * is one batch, and is the batch's size before a count with no period. A rate per person more
 * than a person sends is asked about, unless it makes the total stated beside it ("350 devs, 6
 * completions/min each (~35 req/s)"). A day is 24 h and a month 730 h.
 */
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  periodSeconds,
  roundSig,
} from './numbers';
import { EVENT_IN_BEFORE } from './weekWindows';
import {
  CLOCK_RANGE_SOURCE,
  hoursBetween,
  START_THEN_DUE_SOURCE,
  DUE_THEN_START_SOURCE,
  WINDOW_END_MOVED_SOURCE,
  windowHours,
  WEEKDAY_NAME,
} from './clockWindow';
import { setSignal, SignalProblem } from './signals';
import {
  around,
  checkPositive,
  clauseText,
  fmt,
  matches,
  QuantityContext,
  rangeNote,
  readAmount,
  setBatchWindow,
  UPPER,
  windowNote,
} from './quantityReading';
import { ItemVolume, readItemVolumes } from './itemVolumes';
import { inMoneyFrame } from './moneyFrame';
import { distributedOver, perEntityScale } from './perEntityRates';
import { nounKind, tokenRoleOfNoun } from './numberAttachment';
import { antecedentBefore } from './countReferents';
import { nounStem, producedNouns } from './taskArtefacts';
import { impossiblePerPersonRate } from './personRates';
import { oneOffJobVerb } from './oneOffJobs';
import { readIntervalRates } from './requestIntervals';
import { readRequestOccasions } from './requestOccasions';
import { readSentBatches } from './sentBatches';
import { eachOfThePeopleSaid, onePersonNamed } from './peopleSubjectRates';

const RATE_NOUNS =
  'requests?|reqs?|queries|query|calls?|messages?|msgs|prompts?|completions?|conversations?|chats?|questions?|documents?|docs?|tickets?|emails?|articles?|summaries|translations?|files?|generations?|tasks?|jobs?|inferences?|contracts?|reports?|transcripts?|posts?|descriptions?|items?|records?|reviews?|sessions?|searches|lookups|pages|rows|images|videos|products|listings|entries|issues|runs?';
/** How often a thing recurs, between "each" and what recurs: "each weekly run", "every nightly report". */
const RECURRENCE =
  '(?:(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|annual)\\s)?';
const PER_USER =
  '(?:per|a|each|every)\\s(?:user|person|head|dev|developer|engineer|employee|seat|agent|member|customer|lawyer|writer|analyst)';
const TIME_UNIT =
  's|sec|second|min|minute|h|hr|hour|day|d|night|week|wk|month|mo|year|yr';

/**
 * A bare count with a period, the noun said before or understood: "around 5,000 a day", "3 per
 * week", or said by a pronoun for a plural before it: "about 300 of them per week".
 */
const BARE_RATE_RE = new RegExp(
  `(?<num>${N})${UPPER}(?<pronoun>\\sof\\s(?:them|those|these))?(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${TIME_UNIT})\\b(?!\\s?(?:/|per)\\b)`,
  'g',
);
/**
 * What "them" may not stand for in a count of work per period: people ("400 staff, 50 of them a
 * day" counts people who come, not requests), GPUs or nodes.
 */
const NOT_COUNTED_WORK = /^(?:person|gpu|node)$/;

/** "each", "every one of them" as the subject before a count: "each would run maybe". */
const EACH_DOES_BEFORE =
  /\b(?:each|every one|everyone|every person)(?: of (?:them|us|those))?\s(?:[a-z']+\s){0,4}$/;

/**
 * Whether the pronoun of a count at `start` ("300 of them a week") stands for people or machines:
 * the nearest plural before it, in its sentence or the one before ("We have 900 nurses. About
 * 150 of them a day ...").
 */
function pronounForNonWork(ctx: QuantityContext, start: number): boolean {
  const from = Math.max(0, start - 90);
  const antecedent = antecedentBefore(
    ctx.text.slice(from, start).replace(/[.!?;](?=\s)/g, ','),
    nounKind,
  );
  return antecedent !== undefined && NOT_COUNTED_WORK.test(antecedent.kind);
}
/**
 * "four times that during outages", "twice as much at peak": a multiple of the rate just stated;
 * and a bare multiple after a surge verb ("spikes to 3x", "bursts of 5x at launch"), where the
 * rate it multiplies is understood.
 */
const MULTIPLE_RE = new RegExp(
  `\\b(?:(?<num>${N})\\s?(?:x|times)|(?<word>twice|double|triple))\\s(?:that|this|as much|as many|the (?:average|usual|normal|rate|load|traffic|baseline|norm|typical (?:load|rate|traffic)))\\b|\\b(?:spikes?|spiking|bursts?|bursting|peaks?|peaking|surges?|surging|jumps?|jumping|climbs?|climbing)\\s(?:up\\s)?(?:to|at|of|by)\\s(?:about\\s|around\\s|roughly\\s|~\\s?)?(?<num2>${N})\\s?(?:x|times)(?=\\s?(?:[,.;:)!?]|$)|\\s(?:that|normal|the|at|during|on|in|when|whenever|around|over|for|if)\\b)`,
  'g',
);

const SHORT_RATE_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?(?<unit>rps|qps|rpm|rph|rpd|req/s|reqs/s|req/sec|requests?/s(?:ec)?|r/s|q/s|queries/s|req/min|requests?/min|req/h|req/hr|requests?/h(?:our)?|req/day|requests?/day|req/d)(?![a-z])`,
  'g',
);
/** A rate unit that counts requests ("rps", "req/min"), not a bare period ("day"). */
const SHORT_UNIT_RE = /^(?:rp[smhd]|qps|[rq]\/s|reqs?\/|requests?\/|queries\/)/;
/**
 * Words that make a rate the peak: "at peak" (and its misspelling "at peek"), "in the worst
 * minute", and a limit said of the rate: "12 calls a second at most", "max 30 rps".
 */
export const PEAK =
  /\b(?:peak|peaks|peaked|peaking|at peak|at peek|bursts?|burst(?:ed|ing|y)|spikes?|spiked|spiking|max(?:imum)?|up to|at (?:the )?most|top|top(?:s|ped|ping) out|max(?:es|ed|ing) out|busiest|worst|heaviest|rush)\b/;
/**
 * A verb of reaching the highest point right before a rate, past a preposition and a hedge:
 * "peaked at about 15", "spikes to roughly 300", "tops out at ~40", "hit a peak of 90", and a
 * verb of reaching said as what may happen ("it can hit 35", "may reach 120"): a rate it can
 * reach is its high point. Read before the clause, which may hold an average too.
 */
const PEAK_LEAD =
  /\b(?:peak(?:s|ed|ing)?|spik(?:e|es|ed|ing)|burst(?:s|ed|ing)?|surg(?:e|es|ed|ing)|top(?:s|ped|ping)? out|max(?:es|ed|ing)? out|(?:a|the|its|our)\s(?:peak|high|maximum|max)(?:\sload|\straffic|\srate)?|(?:can|could|may|might|sometimes|occasionally)\s(?:even\s)?(?:hit|reach|climb to|jump to|shoot up to|go up to|get up to))\s(?:(?:at|to|of|around|near|is|was|of about)\s)?(?:(?:about|around|roughly|approximately|nearly|almost|some|over|close to|~)\s?)?$/;
/** Words that make a rate the average, the verb too: "traffic averages 8 requests/sec". */
export const AVERAGE =
  /\b(?:average[sd]?|averaging|avg|on average|mean|typical(?:ly)?|sustained|steady|baseline|normally|usually)\b/;

function unitSeconds(u: string): number | undefined {
  const map: Record<string, string> = {
    rps: 's',
    qps: 's',
    rpm: 'min',
    rph: 'h',
    rpd: 'day',
    d: 'day',
    // a nightly count that is not one batch is a daily rate
    night: 'day',
  };
  const short = /\/(s|sec|min|h|hr|hour|day|d)$/.exec(u);
  if (short) return periodSeconds(short[1] === 'd' ? 'day' : short[1]);
  return periodSeconds(map[u] ?? u);
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

/**
 * A job run once a week: "every Sunday night", "each Saturday", "a weekly tagging job". A count
 * per week in a batch request that says so is one run's size.
 */
const WEEKLY_RUN = new RegExp(
  `\\b(?:every|each)\\s${WEEKDAY_NAME}\\b|\\bweekly\\s(?:[a-z-]+\\s){0,2}?(?:jobs?|runs?|batch(?:es)?|refresh|backfill)\\b`,
);

/**
 * "each of 20,000 invoices", "each of the 40 GPUs", "each of 220,000 archived articles": "each"
 * over things, no cue of a person. After a count, the noun may follow one describing word.
 */
const EACH_OF_COUNTED =
  /\beach of (?:(?:the|these|those|our|its|their)\s)?(?<count>[\d,.]+k?\s)?(?<noun>[a-z][a-z-]*)(?:\s(?<next>[a-z][a-z-]*))?/g;

/**
 * What joins the steps of a calculation: "0.05 req/s each -> 200 req/s", "6/min each => 35
 * req/s", "= 40 rps in all" ("<=" and ">=" are limits, not steps).
 */
const CALCULATION_STEP = /->|=>|\u2192|\u21d2|(?<![<>!=~])=(?!=)/g;

/**
 * The clause of the rate at `start`-`end`, cut to its step of a calculation: in "0.05 req/s each
 * -> 200 req/s peak" the "each" belongs to the rate before the arrow, and the one after it is
 * the total.
 */
function stepOfClause(ctx: QuantityContext, start: number, end: number) {
  const clause = clauseText(ctx, start);
  let from = 0;
  let to = clause.text.length;
  for (const m of clause.text.matchAll(CALCULATION_STEP)) {
    const at = clause.start + (m.index ?? 0);
    if (at + m[0].length <= start) from = at + m[0].length - clause.start;
    else if (at >= end) {
      to = at - clause.start;
      break;
    }
  }
  return clause.text.slice(from, to);
}

/**
 * "120k tokens each", "40 pages each", "$2 each": "each" after a length or a price is the size of
 * each item, not a rate per person.
 */
const MEASURE_EACH = /\d[\d,.]*\s?(?:k|m)?\s(?<noun>[a-z]+)\seach\b/g;
const MEASURE_KINDS = /^(?:token|page|time|money)$/;

/**
 * "each" said of the items, what is done to each of them: "180,000 emails that each need to be
 * tagged", "letters which each get a summary". No person is in it.
 */
const DONE_TO_EACH =
  '(?:needs?|has|have|must|should)\\s(?:to\\s)?be\\s[a-z]+(?:ed|en)\\b|(?:gets?|is|are)\\s(?:[a-z]+(?:ed|en)|an?|its|their)\\b';

function perUserCue(text: string): boolean {
  const clause = text
    .replace(
      EACH_OF_COUNTED,
      (phrase, count?: string, noun?: string, next?: string) => {
        // the word after the count's first word only when a count was said ("each of whom
        // processes" has no count)
        const kind =
          nounKind(noun ?? '') ?? (count && next ? nounKind(next) : undefined);
        return kind && kind !== 'person' ? '' : phrase;
      },
    )
    .replace(MEASURE_EACH, (phrase, noun: string) =>
      MEASURE_KINDS.test(nounKind(noun) ?? '') ? '' : phrase,
    );
  if (onePersonNamed(clause)) return true;
  return new RegExp(
    `\\beach\\b(?!\\s+(?:${RECURRENCE}(?:${RATE_NOUNS})\\b|of (?:the|these|those) (?:${RATE_NOUNS})\\b|one\\b|time\\b|(?:(?:business|working|single)\\s)?(?:${TIME_UNIT}|weekday|workday)\\b|${DONE_TO_EACH}))|\\b${PER_USER}\\b|\\b(?:every|a|each) (?:user|person|employee|dev|developer|engineer)\\b|\\bthey(?:'d| would| will)? each\\b`,
  ).test(clause);
}

const RATE_RANGE_WHY = 'to size for it';
/** Nouns of a visit made of several requests: "sessions", "conversations", "chats". */
const SESSION_NOUNS = /\b(?:sessions?|conversations?|chats?|visits?|calls?)\b/;
/** The requests in each of them, right after a rate of sessions: ", roughly 4 questions each". */
const REQUESTS_WITHIN_EACH = new RegExp(
  `^,?\\s(?:with\\s|and\\s)?(?:(?:roughly|about|around|maybe|typically|on average|averaging)\\s|~\\s?)?(?<m>${N})\\s(?:questions|messages|requests|queries|turns|prompts|exchanges)\\s(?:each|apiece|per\\s(?:session|conversation|chat|visit|call))\\b`,
);
/** Words that date a load to the present, before the service exists: "right now", "currently". */
const CURRENT_LOAD =
  /\b(?:right now|currently|at the moment|at present|these days|nowadays|today)\b/;
/** Nouns that name the requests themselves, what the service is sent. */
const REQUEST_NOUN = /^(?:requests?|reqs?|queries|calls?|prompts?)$/;
/** How far a stated total may be from a per-person rate times the people and still agree ("~35"). */
const TOTAL_AGREES = 0.1;
/** A rate's unit repeated after a value settled on: "10-20 rps, call it 15 rps". */
const RATE_UNIT_AFTER = `rps|qps|req/s|requests?|queries|(?:a|per|/)\\s?(?:${TIME_UNIT})`;
/** The text right after a rate matched by a regex, where a value may be settled on. */
const afterRate = (m: RegExpMatchArray & { index: number }) =>
  m.input!.slice(m.index + m[0].length, m.index + m[0].length + 30);

/**
 * Whether a count at `start`-`end` is said for each of the people counted before it: "3,000
 * customers a day and each one sends 6 messages", "3,000 devs, 5 requests each per day".
 */
function eachOfPerson(ctx: QuantityContext, start: number, end: number) {
  return distributedOver(ctx, start, end)?.kind === 'person';
}

/**
 * Whether the rate at `start`-`end` is the peak or the average: the word next to it decides ("120
 * rps avg / 400 rps peak"), else a verb of peaking right before it, else its clause.
 */
function rateBasis(
  ctx: QuantityContext,
  start: number,
  end: number,
): 'peak' | 'average' | null {
  const { before: near, after: next, clause } = around(ctx, start, end, 14, 12);
  const adjacent = `${near.split(/[/,;]/).pop() ?? ''} ${
    next.split(/[/,;]/)[0]
  }`;
  const lead = ctx.text.slice(
    Math.max(clauseText(ctx, start).start, start - 40),
    start,
  );
  if (PEAK_LEAD.test(lead) || PEAK.test(adjacent)) return 'peak';
  if (AVERAGE.test(adjacent)) return 'average';
  if (PEAK.test(clause) && !AVERAGE.test(clause)) return 'peak';
  if (AVERAGE.test(clause) && !PEAK.test(clause)) return 'average';
  return peakLeadIn(ctx.text, start) || peakNamedAfter(ctx.text, end)
    ? 'peak'
    : null;
}

/**
 * The rate just said named the peak later in its sentence, with a word pointing back at it: "...
 * 50 a minute - size for that peak", "300 an hour, and that is the peak", "plan for this spike";
 * or said to be more than the rest of the time: "80 claims a day in storm season, fewer
 * otherwise", "about 30 an hour when a sale is on, less at other times".
 */
const PEAK_NAMED_AFTER =
  /\b(?:(?:plan|size|design|provision|build|budget|account)\s(?:it\s)?(?:for|around)|(?:that|this)(?:'s|\sis|\swould be|\swill be))\s(?:that|this|the|our)\s(?:peak|spike|burst|rush|maximum|max)\b|\b(?:less|fewer|lower|quieter)\s(?:than\sthat\s)?(?:otherwise|at other times|the rest of the (?:time|year|month|week|day))\b/;

/** Whether the sentence holding offset `end`, after it, names the rate before it the peak. */
function peakNamedAfter(text: string, end: number): boolean {
  const after = text.slice(end);
  const stop = after.search(/[.!?\n](?=\s|$)/);
  const rest = stop < 0 ? after : after.slice(0, stop);
  return PEAK_NAMED_AFTER.test(rest) && !/\d/.test(rest);
}

/**
 * A time named the busiest in the sentence's lead-in, before the rate: "At the busiest time,
 * Monday mornings, we'd expect ...", "On Fridays, which is our peak, we see ...", the time
 * named the worry ("Exam week is the big concern: we may get ..."), or a bad or busy time said
 * as the occasion ("On a rough evening we could get ...", "during hectic weeks", "on a busy
 * winter morning", one word naming the time between). Only the words
 * that name a high point (not "top" or "up to", which lead in other things), after any other
 * count of the lead-in: "with 30,000 members, and in the worst hour we see ..."; a time said in
 * brackets after the peak is no count: "at peak (Mondays 8-10) we see ...".
 */
const PEAK_TIME =
  /\b(?:peak|peaks|busiest|heaviest|worst|rush hours?|at peak)\b|\b(?:night|day|week|weekend|morning|evening|season|hour|month)s?\s(?:is|are)\s(?:the|our|my)\s(?:(?:big|main|real|only)\s)?(?:worry|concern|crunch|headache)\b|\b(?:on|in|during)\s(?:(?:a|the|our|those|these)\s)?(?:(?:really|very|particularly|truly)\s)?(?:bad|busy|heavy|hectic|crazy|rough|frantic)\s(?:[a-z]+\s)?(?:day|morning|afternoon|evening|night|week|weekend|month|shift|hour)s?\b/;

/**
 * A heading that names a peak time, ending in a colon before a list of figures: "holiday peak:
 * 900 concurrent users, 20,000 req/hour", "Peak season: ...", "At peak: ...", "busiest hour:".
 * Every figure after it in its sentence is said of the peak ("Peak latency: ..." names a
 * measure, not a time, and is no such heading).
 */
const PEAK_HEADING =
  /(?:\b(?:peak|busiest|rush)(?:\s(?:season|hours?|days?|times?|periods?|weeks?|months?|load|traffic))?|\bat peak)\s?:\s[^:]*$/;

/**
 * Whether the sentence holding offset `start` leads in, before it, with a peak time, or with a
 * peak heading and its colon.
 */
function peakLeadIn(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const sentenceStart =
    Math.max(before.search(/[.!?\n](?=\s)[^.!?\n]*$/), -1) + 1;
  const lead = before.slice(sentenceStart);
  const heading = PEAK_HEADING.exec(lead);
  if (heading && !AVERAGE.test(heading[0])) return true;
  // the peak time is the rate's own: named after every other count in the lead-in ("45,000
  // monthly users, and at the busiest moment we logged 1,800 a minute"), not before one
  // ("at peak 300 users, and 5,000 requests a day")
  // an aside in brackets names when the peak is ("in the peak (morning, 6-9) it is ..."), no count
  const own = lead.replace(/\([^()]*\)/g, ' ').replace(/^[^]*\d/, '');
  return PEAK_TIME.test(own) && !AVERAGE.test(own);
}

/** Request rates (converted to per second, peak or average), per-user rates and batch sizes. */
export function extractRates(ctx: QuantityContext): void {
  // a job with a time to finish in is offline work, cue words or not
  const batch =
    ctx.batch || ctx.signals.values.batch_window_hours !== undefined;
  const rates: Array<{
    perSecond: number;
    basis: 'peak' | 'average' | null;
    /** Where the rate's words end, for "four times that" after it. */
    end: number;
    note?: string;
    /** The noun of a count of things other than work items ("copies", "cars"). */
    otherThing?: string;
    /** Said in requests ("900 requests a second", "40 rps"), not in a count of other items. */
    inRequests?: boolean;
    written?: string;
    /** Said of the load as it is now ("600 calls a day right now"), not of what is planned. */
    current?: boolean;
  }> = [];
  /**
   * Rates per person more than a person sends, to ask about unless the text also states the
   * total they make with the people counted ("350 devs, 6 completions/min each (~35 req/s)").
   */
  const doubts: Array<{
    written: string;
    total?: number;
    /** The people counted, as said: "350 devs". */
    people?: string;
    question: SignalProblem;
  }> = [];
  /** One count read at `start`-`end`: a rate, a per-user rate or a batch size. */
  const handle = (
    start: number,
    end: number,
    said: { value: number; notes: string[]; low?: number },
    unit: string | undefined,
    perUserSaid: boolean,
    options: {
      nightly?: boolean;
      noun?: string;
      otherThing?: boolean;
      /** The verb of a job to be done once ("classify 4 million tickets"): one batch. */
      job?: string;
    } = {},
  ) => {
    let amount = said;
    let perUser = perUserSaid;
    let count = amount.value;
    const written = ctx.text.slice(start, end).trim();
    if (!checkPositive(ctx, 'requests_per_s', count, written)) return;
    // a rate for each tenant (or per 100 seats) times how many there are is the whole load
    const period = unit ? unitSeconds(unit) : undefined;
    const scale = perEntityScale(
      ctx,
      start,
      end,
      period !== undefined && period < 3600 && count >= 1,
    );
    if (scale) {
      count *= scale.factor;
      amount = { value: count, notes: [...amount.notes, scale.note] };
      perUser = false;
      ctx.spans.take(end, scale.end);
    }
    if (
      options.nightly ||
      options.job ||
      (batch &&
        (!unit ||
          /^(?:day|d|night)$/.test(unit) ||
          (/^(?:week|wk)$/.test(unit) && WEEKLY_RUN.test(ctx.text))) &&
        !perUser)
    ) {
      const noun = options.noun;
      const notes = [
        ...amount.notes,
        unit || options.nightly ? `"${written}" read as one batch` : undefined,
        options.job
          ? `"${written}" to ${options.job} read as one job's size`
          : undefined,
        noun && !REQUEST_NOUN.test(noun)
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
      // what one person sends, said as a range, is a typical rate: its middle
      if (amount.low !== undefined) {
        const range = rangeNote(amount.low, count, fmt, RATE_RANGE_WHY);
        count = (amount.low + count) / 2;
        amount = {
          value: count,
          notes: [
            `${fmt(amount.low)} to ${fmt(amount.value)} read as ${fmt(
              count,
            )}, the middle: a typical rate per person is the mean`,
            ...amount.notes.filter(n => n !== range),
          ],
        };
      }
      const perDay = (count * 86400) / seconds;
      if (seconds < 3600 && count >= 1) {
        const people = distributedOver(ctx, start, end);
        const impossible = impossiblePerPersonRate(
          count / seconds,
          written,
          people?.value,
        );
        if (impossible) {
          ctx.signals.errors.push(impossible);
          return;
        }
        doubts.push({
          written,
          total: people ? (count / seconds) * people.value : undefined,
          people: people && `${fmt(people.value)} ${people.noun ?? 'people'}`,
          question: {
            field: 'requests_per_s',
            message: `"${written}": ${fmt(count)} requests per ${unitName(
              unit,
            )} from each user is more than a person sends (${fmt(
              roundSig(perDay, 3),
            )} a day). Did you mean ${fmt(count)} requests per ${unitName(
              unit,
            )} in total?`,
          },
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
    // "25,000 customer sessions a month, roughly 4 questions each": the requests in each session
    const within = REQUESTS_WITHIN_EACH.exec(ctx.text.slice(end, end + 60));
    let multiplied = !!scale;
    if (within && SESSION_NOUNS.test(options.noun ?? written)) {
      const each = parseNumberToken(within.groups!.m);
      if (each > 1) {
        count *= each;
        amount = {
          value: count,
          notes: [
            ...amount.notes,
            `${within[0].replace(/^[\s,]+/, '')}: ${fmt(
              each,
            )} requests in each`,
          ],
        };
        ctx.spans.take(end, end + within[0].length);
        multiplied = true;
      }
    }
    const perSecond = count / seconds;
    let basis = rateBasis(ctx, start, end);
    const notes: string[] = [...amount.notes];
    if (seconds > 1)
      notes.push(
        `${
          multiplied ? `${fmt(count)} requests per ${unitName(unit)}` : written
        } = ${fmt(roundSig(perSecond, 4))} requests per second`,
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
      otherThing: options.otherThing ? options.noun : undefined,
      inRequests: options.noun
        ? REQUEST_NOUN.test(options.noun)
        : SHORT_UNIT_RE.test(unit ?? ''),
      written,
      current: CURRENT_LOAD.test(clauseText(ctx, start).text),
    });
  };

  const byRegex = (
    m: RegExpMatchArray & { index: number },
    amount: { value: number; notes: string[]; settledEnd?: number },
    unit: string | undefined,
    perUser: boolean,
    noun?: string,
  ) => {
    const end = m.index + m[0].length;
    handle(m.index, end, amount, unit, perUser, { noun });
    // with the value settled on after it ("10-20 rps, call it 15")
    ctx.spans.take(m.index, end + (amount.settledEnd ?? 0));
  };
  for (const m of matches(ctx, SHORT_RATE_RE)) {
    const g = m.groups!;
    const clause = stepOfClause(ctx, m.index, m.index + m[0].length);
    byRegex(
      m,
      readAmount(g.num, g.num2, {
        why: RATE_RANGE_WHY,
        after: { text: afterRate(m), unit: RATE_UNIT_AFTER },
      }),
      g.unit,
      perUserCue(clause) && /\beach\b|per (?:user|person)/.test(clause),
    );
  }
  // counts of work items and other things, by the noun each number counts (itemVolumes.ts):
  // "60,000 tickets close each day", "2M docs nightly", "30k episodes" in an offline job
  const volumes = readItemVolumes(ctx);
  // a noun of work, of text the model reads or writes ("replies"), or of what the task makes
  const produced = producedNouns(ctx.text);
  const countsTheWork = (v: ItemVolume) =>
    v.work ||
    tokenRoleOfNoun(v.noun) !== undefined ||
    produced.has(nounStem(v.noun));
  const readVolume = (v: ItemVolume, job?: string) => {
    if (ctx.spans.overlaps(v.start, v.end)) return;
    const clause = stepOfClause(ctx, v.start, v.end);
    const perUser =
      v.perUser ||
      perUserCue(clause) ||
      eachOfPerson(ctx, v.start, v.end) ||
      eachOfThePeopleSaid(ctx, v.start, v.reading.value, v.period);
    // "each analyst needs to review 300 reports": work per person, not one job
    if (job && perUser) return;
    // a count per night or per run of the job is one batch
    const nightly = v.period === 'night' || v.perRun;
    const oneBatch =
      nightly || (batch && (!v.period || v.period === 'day') && !perUser);
    // a batch holds many items: "one batch job", "one job a night" name the job, not its size
    if (oneBatch && !v.plural) return;
    handle(
      v.start,
      v.end,
      { value: v.reading.value, notes: v.reading.notes, low: v.reading.low },
      v.period,
      perUser,
      { nightly, noun: v.noun, otherThing: !countsTheWork(v), job },
    );
    ctx.spans.take(v.start, v.end);
  };
  // with a period any item noun is a rate; without one, a count of work items in an offline
  // job is its size. A count said per night or per run names the batch itself, so it is read
  // first: "3.4 billion events last quarter ... around 7,500 tickets per night" is a batch of
  // 7,500, whatever is said before it.
  const ownBatch = (v: ItemVolume) => v.period === 'night' || v.perRun;
  for (const v of [
    ...volumes.filter(ownBatch),
    ...volumes.filter(other => !ownBatch(other)),
  ]) {
    if (v.period || (batch && v.work)) readVolume(v);
    else {
      // "we need to classify 4 million tickets from last year": a job's size, batch words or not
      const job = oneOffJobVerb(ctx, v);
      if (job) readVolume(v, job);
    }
  }
  // "clients request it about 90,000 times an hour", "the correlator sends us 1,200 alarm
  // batches per minute": occasions of asking the service, and batches sent to it, one request each
  for (const r of [...readRequestOccasions(ctx), ...readSentBatches(ctx)]) {
    if (ctx.spans.overlaps(r.start, r.periodEnd)) continue;
    const perUser =
      r.perWhom !== undefined ||
      r.each === true ||
      perUserCue(stepOfClause(ctx, r.start, r.periodEnd)) ||
      eachOfPerson(ctx, r.start, r.periodEnd) ||
      eachOfThePeopleSaid(ctx, r.start, r.value, r.period);
    handle(
      r.start,
      r.periodEnd,
      { value: r.value, notes: r.notes, low: r.low },
      r.period,
      perUser,
      { noun: r.noun },
    );
    ctx.spans.take(r.start, r.periodEnd);
  }
  // a bare count with a period: "around 5,000 a day", "each maybe 3 per week"
  for (const m of matches(ctx, BARE_RATE_RE)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    // "we have 36k a year for this", "can spend 3k a month": money, for the budget reader
    if (inMoneyFrame(ctx.text, m.index, end, clauseText(ctx, m.index).start))
      continue;
    // "15 people, and each would run maybe 5 of these a day": with "each" the people are who
    // does it, and "these" the work
    const eachBefore = EACH_DOES_BEFORE.test(
      ctx.text.slice(Math.max(0, m.index - 50), m.index),
    );
    if (g.pronoun && !eachBefore && pronounForNonWork(ctx, m.index)) continue;
    const clause = stepOfClause(ctx, m.index, end);
    byRegex(
      m,
      readAmount(g.num, g.num2, {
        count: true,
        why: RATE_RANGE_WHY,
        after: { text: afterRate(m), unit: RATE_UNIT_AFTER },
      }),
      g.per,
      perUserCue(clause),
    );
  }
  // in an offline job, the first sizeable count of any other thing is its size: "roughly 12
  // million comments"; "4 nodes" or "5 languages" are not (NOT_ITEMS, and at least 100)
  if (batch && ctx.signals.values.batch_requests === undefined) {
    const size = volumes.find(
      v =>
        !v.period &&
        !v.work &&
        v.reading.value >= 100 &&
        !ctx.spans.overlaps(v.start, v.end),
    );
    if (size) readVolume(size);
  }
  // "2,000 players, each triggering a line every 20 seconds": senders over the interval
  if (!batch)
    for (const r of readIntervalRates(ctx)) {
      rates.push({
        perSecond: r.perSecond,
        // the interval's words, else those of the senders ("at peak 1,200 students, each ...")
        basis:
          rateBasis(ctx, r.start, r.end) ??
          (r.sendersAt === undefined
            ? null
            : rateBasis(ctx, r.sendersAt, r.sendersAt + 1)),
        end: r.end,
        note: r.note,
        written: ctx.text.slice(r.start, r.end).trim(),
      });
      ctx.spans.take(r.start, r.end);
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
      // a multiple of a count of other things is one too
      otherThing: base.otherThing,
      written: m[0].trim(),
    });
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const d of doubts) {
    const stated = rates.find(
      r =>
        d.total !== undefined &&
        Math.abs(r.perSecond - d.total) <= TOTAL_AGREES * d.total,
    );
    if (stated && d.people)
      ctx.signals.assumptions.push(
        `"${d.written}" from each of ${d.people} makes the ${fmt(
          roundSig(stated.perSecond, 4),
        )} requests per second stated in total`,
      );
    else ctx.signals.questions.push(d.question);
  }
  if (rates.length > 0) {
    // "we print 210,000 copies a week" beside "about 1,200 summaries a day": a count of other
    // things is a fact about the business when a count of the work itself is said
    const work = rates.filter(r => r.otherThing === undefined);
    const counted = work.length > 0 ? work : rates;
    // "600 calls a day right now ... the bot would handle 5,000 chats a week": size for the
    // planned load when today's is said beside it
    const planned = counted.filter(r => !r.current);
    const candidates = planned.length > 0 ? planned : counted;
    // of two peaks, the one said in requests is the service's ("Black Friday peaked at 11k orders
    // per minute ... at peak we expect 900 requests a second")
    const peak =
      candidates.find(r => r.basis === 'peak' && r.inRequests) ??
      candidates.find(r => r.basis === 'peak');
    const chosen = peak ?? candidates[0];
    const others = candidates.filter(r => r !== chosen);
    const notes = [
      chosen.note,
      ...others.map(
        o =>
          `${fmt(roundSig(o.perSecond, 4))} req/s${
            o.basis ? ` (${o.basis})` : ''
          } also stated; sized for the ${chosen.basis ?? 'stated'} rate`,
      ),
      ...counted
        .filter(r => !candidates.includes(r))
        .map(
          r =>
            `"${r.written}" is today's load: sized for the planned one instead`,
        ),
      ...rates
        .filter(r => !counted.includes(r))
        .map(
          r =>
            `"${r.written}" not read as requests: a count of ${r.otherThing}, not of the work`,
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
const START_THEN_DUE_RE = new RegExp(START_THEN_DUE_SOURCE, 'g');
const DUE_THEN_START_RE = new RegExp(DUE_THEN_START_SOURCE, 'g');
const WINDOW_END_MOVED_RE = new RegExp(WINDOW_END_MOVED_SOURCE, 'g');
/** The hours of a window matched by CLOCK_RANGE_RE or START_THEN_DUE_RE. */
const clockWindowHours = (g: Record<string, string | undefined>) =>
  windowHours({ from: g.from!, to: g.to!, fromDay: g.fromDay, toDay: g.toDay });

const WINDOW_RE = new RegExp(
  `(?:\\b(?<prep>in|within|under|over|inside|of|:)\\s)?(?<num>${N})${UPPER}\\s?-?\\s?(?<unit>h|hrs?|hours?|mins?|minutes?|days?|weeks?)\\b(?<window>\\s?(?:window|batch window|time window))?`,
  'g',
);

/**
 * Hours given to finish a job: "which gives us about 8 hours", "leaves us 6 hours", "we have 5
 * hours to finish it", and as learners write it: "we have 2 days for finish it", "a week for
 * processing". Such a window makes the request a batch job even without a batch word.
 */
const GIVES_US_BEFORE =
  /\b(?:gives?|giving|leaves?|leaving|allows?|allowing)\s(?:us|me|them|it|the job)\s(?:(?:about|around|roughly|only|just|~)\s?)?$/;
const TO_FINISH_AFTER =
  /^\s(?:(?:to|for)\s(?:finish(?:ing)?|complet(?:e|ing)|run(?:ning)?|process(?:ing)?|get(?:ting)? through|do(?:ing)?)|until\s(?:it|the job)\s(?:must|has to))\b/;
const timeToFinish = (before: string, after: string) =>
  GIVES_US_BEFORE.test(before.toLowerCase()) ||
  TO_FINISH_AFTER.test(after.toLowerCase());

/**
 * A deadline named right before a count of days, with a verb of setting or moving it: "the
 * deadline moved up to 7 days", "a turnaround of 3 days", "the time frame is now 10 days".
 */
const DEADLINE_BEFORE =
  /\b(?:deadline|turnaround|time\s?frame|timeline|time limit)\b(?:\s(?:is|was|has|had|have|got|gets|been|now|moved|moves|shrunk|shrank|shortened|extended|changed|cut|slipped|down|up|back|forward|brought|pulled|pushed|set))*\s(?:to|of|is|at|:)\s?(?:(?:about|around|roughly|just|only|~)\s?)?$/;

/**
 * A length said as what an item holds, with no preposition of time before it: "each tape is 45
 * minutes of footage", "about 2 hours of recorded speech per case", "3 days worth of logs". "of"
 * with who starts the work or an event it is counted from ("3 days of us starting it", "10 days
 * of the kickoff") keeps the window.
 */
const OF_CONTENT_AFTER =
  /^\s?(?:worth\b|of\s(?!(?:the|our|its|their|this|that|a|an|us|we|me|them|it|when|after|kick-?off|start|starting|signing|signature|award|approval|receipt|delivery|handover|go-live|launch|onboarding|wall-?clock|compute|processing|runtime|run time)\b))/;

/** A window read from clock times: the hours, the note saying how, and the phrase's span taken. */
function setClockWindow(
  ctx: QuantityContext,
  m: RegExpMatchArray & { index: number },
  hours: number | undefined,
  how = '',
): void {
  if (hours === undefined) return;
  setSignal(
    ctx.signals,
    'batch_window_hours',
    roundSig(hours, 6),
    'stated',
    windowNote(m[0], hours, how),
  );
  ctx.spans.take(m.index, m.index + m[0].length);
}

/** Batch windows: "6h window", "within 4 hours", "in 3 days" (days only after in/within/over) in a batch request. */
export function extractBatchWindow(ctx: QuantityContext): void {
  for (const m of matches(ctx, CLOCK_RANGE_RE)) {
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 20);
    if (!ctx.batch && !/^\s?(?:batch\s)?window\b/.test(after)) continue;
    setClockWindow(ctx, m, clockWindowHours(m.groups!));
  }
  // "the run kicks off Sunday 22:00 and results are due Monday 06:00": from start to due time
  // "it has to be finished by 7am; we kick it off at 11pm": the same, due time first
  if (ctx.batch)
    for (const re of [START_THEN_DUE_RE, DUE_THEN_START_RE])
      for (const m of matches(ctx, re))
        setClockWindow(
          ctx,
          m,
          clockWindowHours(m.groups!),
          ' from the start to the time the results are due',
        );
  // a follow-up moving only the end ("the window got extended to 6am"): from the start said before
  const start = ctx.windowStart;
  if (start !== undefined)
    for (const m of matches(ctx, WINDOW_END_MOVED_RE))
      setClockWindow(
        ctx,
        m,
        hoursBetween(start, m.groups!.to),
        ` from ${start}, the start said before`,
      );
  // a length called a window ("a 60-hour window") is read before other lengths in the text,
  // which may be how long each item is ("each episode is about 52 minutes")
  const windows = [...matches(ctx, WINDOW_RE)];
  for (const m of [
    ...windows.filter(w => w.groups!.window),
    ...windows.filter(w => !w.groups!.window),
  ]) {
    const g = m.groups!;
    const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
    const after = ctx.text.slice(
      m.index + m[0].length,
      m.index + m[0].length + 30,
    );
    if (!ctx.batch && !g.window && !timeToFinish(before, after)) continue;
    // "each call is 40 minutes of audio": a length of what each item holds, not time to work
    if (!g.prep && !g.window && OF_CONTENT_AFTER.test(after)) continue;
    // "the inspectors arrive in 3 weeks": when something happens, not time to work
    if (g.prep === 'in' && !g.window && EVENT_IN_BEFORE.test(before)) continue;
    // weeks are read as days are: "within two weeks of wall-clock time"
    const days = /^[dw]/.test(g.unit);
    // "the last 30 days of logs" is what to process, not how long it may take; "the deadline
    // moved up to 7 days" is how long
    const beforeNumber = ctx.text.slice(
      Math.max(0, m.index - 40),
      m.index + (g.prep ? g.prep.length + 1 : 0),
    );
    if (
      days &&
      !g.window &&
      !/^(?:in|within|under|over|inside)$/.test(g.prep ?? '') &&
      !DEADLINE_BEFORE.test(beforeNumber) &&
      !timeToFinish(before, after)
    )
      continue;
    let perUnit = 1 / 60;
    if (/^w/.test(g.unit)) perUnit = 168;
    else if (days) perUnit = 24;
    else if (/^h/.test(g.unit)) perUnit = 1;
    const read = readAmount(g.num, g.num2, {
      show: n => `${fmt(roundSig(n * perUnit, 6))} h`,
      why: 'the longest it may take',
    });
    const hours = read.value * perUnit;
    if (!setBatchWindow(ctx, hours, m[0], read.notes.join('; ') || undefined))
      continue;
    ctx.spans.take(m.index, m.index + m[0].length);
  }
}
