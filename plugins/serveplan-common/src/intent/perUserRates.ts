/**
 * Rates per user said in ways the count readers (itemVolumes.ts, rates.ts) do not read; read
 * before them, so the words are not read again as a total rate:
 * - per a person the attachment gives no `perWhom` for, said with a qualifier or as an activity
 *   abbreviation: "9 prompts per active user per day", "20 queries per paying customer a week",
 *   "6 requests per DAU per day", "4 lookups per clinician per day";
 * - a vague count of one person's use settled on a number right after it: "they each run a few a
 *   day, call it 4", "every reviewer flags a couple per hour - say 3";
 * - a count of people or things one person handles in a period, said to be the volume of the
 *   work: "every inspector visits about 15 sites a day, which is our report volume", "each tutor
 *   sees 8 pupils a day, one feedback note per pupil";
 * - a count said of one person that points back to the work with a pronoun: "each drafts about 4
 *   of those a day", "they each file 3 of them a week";
 * - a count of work "each" with no period of its own, after a count of people with a day as its
 *   period: "900 visitors a day, about 3 searches each", "2,000 riders/day, 4 lookups each";
 * - a count of people times a count of work with a period: "40 devs x ~25 prompts/day".
 * A rate per user is requests per user per day; periods under an hour are left to rates.ts (a
 * rate that fast from one person is a question there).
 */
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  periodSeconds,
  roundSig,
} from './numbers';
import {
  AttachedNumber,
  attachNumbers,
  isPersonNoun,
  nounKind,
} from './numberAttachment';
import { distributedOver, personSubjectBefore } from './perEntityRates';
import { fmt, matches, QuantityContext } from './quantityReading';
import { setSignal } from './signals';
import { plural } from './plural';

const DAY_S = 86400;
/** Periods a person's use is counted in, with the working days as days. */
const PERIOD_WORDS =
  'day|week|month|hour|year|weekday|workday|working day|business day|shift';
const ADVERB_PERIODS: Record<string, string> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  hourly: 'hour',
};

/** Seconds in a period word; a shift or a working day is a day of use. */
function periodOf(word: string): number | undefined {
  const w = ADVERB_PERIODS[word] ?? word;
  if (/day$|^shift$/.test(w)) return DAY_S;
  return periodSeconds(w);
}

/**
 * A person said after a count with a period after it: "per active user per day", "a paying
 * customer a week", "per DAU daily", "/active user/day".
 */
const PER_PERSON_THEN_PERIOD = new RegExp(
  `^\\s?(?:/\\s?|(?:per|a|an|each|every|for each|for every)\\s)(?<qual>(?:(?:daily|weekly|monthly)\\s)?(?:active|paying|licensed|registered|signed[\\s-]in|logged[\\s-]in|engaged|internal|external|regular|typical|average|individual|single)\\s)?(?<whom>[a-z][a-z-]*)(?:(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${PERIOD_WORDS})|\\s(?<adv>daily|weekly|monthly|hourly))\\b`,
);
/** Activity abbreviations that each stand for one active person. */
const ACTIVE_PERSON = /^(?:dau|wau|mau)s?$/;

/** Whether a word after "per" names one person: "clinician", "tech", "DAU", "staff member", "family". */
const namesOnePerson = (word: string) =>
  ACTIVE_PERSON.test(word) ||
  isPersonNoun(plural(word)) ||
  // clipped roles take a bare "s" where the full word would take "es": "techs"
  isPersonNoun(`${word}s`) ||
  isPersonNoun(word);

/**
 * A pronoun for the work, then a period, after a count with no noun: "4 of those a day", "3 of
 * them per week", "about 5 of these daily"; the work may be named again after "these"/"those":
 * "each opens about 9 of these tickets a day", "6 of those audits per week".
 */
const PRONOUN_THEN_PERIOD = new RegExp(
  `^\\s(?:of\\s(?:those|these)\\s(?:[a-z-]+\\s)?|of\\sthem\\s)(?:(?:a|an|per|each|every)\\s(?<per>${PERIOD_WORDS})|(?<adv>daily|weekly|monthly|hourly))\\b`,
);

/**
 * A vague count with a period, settled on a number right after it: "a handful a day - say 5",
 * "a few per week, call it 4", "a couple of prompts an hour, maybe 2", "several a week, let's
 * call it 6".
 */
const VAGUE_THEN_SETTLED = new RegExp(
  `\\b(?:a\\shandful|a\\sfew|a\\scouple|several|a\\sbunch|a\\sdozen\\sor\\sso)(?:\\s(?:of\\s)?(?<noun>[a-z]+))?(?:\\s?/\\s?|\\s(?:a|an|per|each|every)\\s)(?<per>${PERIOD_WORDS})\\b\\s?(?:[,;:(]|[-–—])?\\s?(?:(?:let'?s\\s|i'?d\\s)?(?:say|call\\sit)|maybe|probably|roughly|about|around|so|i\\.e\\.?|like)\\s?~?(?<num>${N})(?!\\s?%)`,
  'gi',
);

/**
 * Words after a count of what one person handles that say it is the volume of the work: ", so
 * that is the note volume", "which is our request load", "and that's the number of reports".
 */
const VOLUME_AFTER =
  /^\s?(?:[,;:]|\s[-–—])?\s?(?:(?:so|and|which)\s)?(?:(?:that|this|which|those)(?:'s|\sis|\sare|\swould\sbe|\swill\sbe|\sgives|\smakes)|is|are)\s(?:(?:roughly|basically|also|just|effectively|essentially|pretty\smuch)\s)?(?:(?:the|our|your|their|my)\s)?(?:[a-z-]+\s)?(?:volume|load|number|count)\b/;
/**
 * "one note per patient", "a short summary for each visit": one work item per counted item, after
 * it in its sentence.
 */
const ONE_PER_AFTER =
  /^[^.;!?]{0,40}?\b(?:one|a|1)\s(?:[a-z-]+\s)?(?<work>[a-z-]+)\s(?:per|for\seach|for\severy)\s(?<item>[a-z-]+)\b/;

/** Whether `item` is one of the counted nouns: "patient" for "patients". */
const oneOf = (item: string, counted: string) =>
  [item, `${item}s`, `${item}es`].includes(counted);

/**
 * Whether the count at `r` is said of one person: "each nurse sees 20 patients a day", "they
 * each handle 30", "12 visits per doctor".
 */
function saidOfOnePerson(ctx: QuantityContext, r: AttachedNumber): boolean {
  return (
    r.perWhom !== undefined ||
    personSubjectBefore(ctx, r.start) !== undefined ||
    distributedOver(ctx, r.start, r.periodEnd)?.kind === 'person'
  );
}

/**
 * Sets the rate per user per day from the count `r` per `seconds`, and takes its words. A range
 * ("20-30 generations a day") is read at its middle: what one person sends is a typical rate,
 * the mean of the rates; sizing for the busy hours is the peak factor's work.
 */
function setPerUser(
  ctx: QuantityContext,
  r: Pick<AttachedNumber, 'value' | 'low'>,
  seconds: number,
  start: number,
  end: number,
  how: string,
): boolean {
  const count = r.low === undefined ? r.value : (r.low + r.value) / 2;
  if (!(count > 0) || !(seconds >= 3600)) return false;
  const perDay = roundSig((count * DAY_S) / seconds, 6);
  const written = ctx.text.slice(start, end).trim();
  const middle =
    r.low === undefined
      ? ''
      : ` (the middle of ${fmt(r.low)} to ${fmt(
          r.value,
        )}: a typical rate is the mean)`;
  const set = setSignal(
    ctx.signals,
    'requests_per_user_per_day',
    perDay,
    'stated',
    `"${written}" read as ${fmt(
      perDay,
    )} requests per user per day${middle}${how}`,
  );
  if (set) ctx.spans.take(start, end);
  return set;
}

/** "each writes about 4 of those a day": a count said of one person, of the work a pronoun names. */
function readPronounCount(
  ctx: QuantityContext,
  text: string,
  r: AttachedNumber,
): boolean {
  // read from the number itself: the attachment may give the count the noun the pronoun points
  // back to, or the period after it ("about 12 of these a day" after "supervisors across our
  // customers")
  const after = PRONOUN_THEN_PERIOD.exec(text.slice(r.end, r.end + 60));
  if (!after || !saidOfOnePerson(ctx, r)) return false;
  const g = after.groups!;
  const seconds = periodOf(g.per ?? g.adv);
  const end = r.end + after[0].length;
  return (
    seconds !== undefined &&
    setPerUser(
      ctx,
      r,
      seconds,
      r.start,
      end,
      ': a count one person makes of the work the pronoun points back to',
    )
  );
}

/**
 * "1,500 shoppers a day, about 4 questions each": a count of work "each" with no period, shared
 * over a count of people said per day, is what each of those people sends in a day. A count of
 * people per hour or per week says nothing of one person's day, so it is left.
 */
function readEachOfDailyPeople(
  ctx: QuantityContext,
  r: AttachedNumber,
): boolean {
  if (r.period || r.perWhom || (r.noun && r.kind !== 'work')) return false;
  // a bare number needs its "each" right after it: "6 each", not "each with 6"
  const after = ctx.text.slice(r.phraseEnd, r.phraseEnd + 10).toLowerCase();
  if (!r.noun && !/^\s?(?:each|apiece)\b/.test(after)) return false;
  const over = distributedOver(ctx, r.start, r.phraseEnd);
  if (over?.kind !== 'person' || !over.period) return false;
  if (periodOf(over.period) !== DAY_S) return false;
  return setPerUser(
    ctx,
    r,
    DAY_S,
    r.start,
    r.phraseEnd,
    `: each of the ${fmt(over.value)} ${over.noun} a day`,
  );
}

/**
 * After a bare count, its period said past "each" or past "time(s)": "4 each per day", "3 apiece
 * a week", "30 time per day" (a writer whose first language marks no plural), "4 times daily",
 * or with a slash: "2 each/day", "5 times/week".
 */
const EACH_OR_TIMES_THEN_PERIOD = new RegExp(
  `^\\s(?:(?<each>each|apiece)|times?)(?:\\s?/\\s?(?<slashed>${PERIOD_WORDS})|\\s(?:(?:a|an|per|each|every)\\s(?<per>${PERIOD_WORDS})|(?<adv>daily|weekly|monthly|hourly)))\\b`,
);

/**
 * "250 inspectors file reports, about 4 each per day", "each one asks it maybe 20 time per day":
 * a bare count with its period past "each" or "times", shared over a count of people said before
 * it (or said of one person), is what each of them sends in a period.
 */
function readBareCountEach(
  ctx: QuantityContext,
  text: string,
  r: AttachedNumber,
): boolean {
  if (r.noun || r.period || r.perWhom) return false;
  const after = EACH_OR_TIMES_THEN_PERIOD.exec(
    text.slice(r.phraseEnd, r.phraseEnd + 30),
  );
  if (!after) return false;
  const end = r.phraseEnd + after[0].length;
  const over = distributedOver(ctx, r.start, end);
  const ofOnePerson =
    over?.kind === 'person' ||
    (!after.groups!.each && personSubjectBefore(ctx, r.start) !== undefined);
  if (!ofOnePerson) return false;
  const g = after.groups!;
  const seconds = periodOf(g.slashed ?? g.per ?? g.adv);
  return (
    seconds !== undefined &&
    setPerUser(
      ctx,
      r,
      seconds,
      r.start,
      end,
      over ? `: each of the ${fmt(over.value)} ${over.noun ?? 'people'}` : '',
    )
  );
}

/**
 * "each" floated after its subject, before the verb: "our 12 agents will each handle about 40
 * chats a shift", "they would each file maybe 6 claims a day", where the subject is people (a
 * person noun, or a pronoun for people counted before) and no number comes between.
 */
const FLOATING_EACH_BEFORE =
  /\b(?<subject>they|we|[a-z][a-z-]*s)\s(?:(?:who|that)\s)?(?:(?:would|will|could|might|can|should|may)\s)?each\s(?:[a-z'-]+\s){1,8}?$/;
/**
 * "each" alone as the subject at the start of its clause, for people counted before: "45 associates
 * would use it; each reviews perhaps six agreements a day", "900 drivers, each one does one log a
 * day"; "each one" and "each of them" are a subject wherever they stand: "on exam days each of
 * them would ask it for ten or so hints".
 */
const LEADING_EACH_BEFORE =
  /(?:(?:^\s?|[,;:]\s?|\b(?:and|so)\s)each(?:\sone|\sof\sthem)?|\beach\s(?:one|of\sthem))\s(?:[a-z'-]+\s){1,6}?(?:(?:about|around|roughly|maybe)\s|~\s?)?$/;
/**
 * A day said of the people just before "each" in the sentence: "about 1 in 4 use it on a typical
 * school day, each producing ~10 worksheets" counts worksheets a day; so do the days it is used
 * on: "on race days each of them ...", "on weekdays every clerk ...".
 */
const DAY_SAID_BEFORE =
  /\b(?:a|per|each|every)\sday\b|\bdaily\b|\bon\s(?:a|any)\s(?:typical|given|normal|average|usual)\s(?:(?:school|working|work|business)\s)?day\b|\bon\s(?:[a-z-]+\s)?days\b|\bon\sweekdays\b/;
/** Whether the sentence up to `at` says a day (DAY_SAID_BEFORE). */
function daySaidBefore(text: string, at: number): boolean {
  return DAY_SAID_BEFORE.test(
    text.slice(Math.max(0, at - 200), at).replace(/^[^]*[.!?]\s/, ''),
  );
}

/**
 * The period after a count of work, past other work joined by "or"/"and": " a day", " or blog
 * posts a day", " and replies per week".
 */
const ALTERNATIVES_THEN_PERIOD = new RegExp(
  `^(?:\\s(?:or|and|and/or)\\s(?:[a-z-]+\\s){1,3}?)?\\s?(?:(?:a|an|per|each|every)\\s(?<per>${PERIOD_WORDS})|(?<adv>daily|weekly|monthly))\\b`,
);

/**
 * "they'd each make maybe 15 forecasts a day", "analysts who will each review six treaties per
 * day", "45 associates; each reviews six agreements a day": a count of work (or of things
 * handled) each of the people makes.
 */
function readFloatingEach(
  ctx: QuantityContext,
  text: string,
  r: AttachedNumber,
): boolean {
  // one of a thing is said in the singular, which the attachment leaves without a noun: "each
  // one does one log a day"
  const singular =
    r.value === 1 && !r.noun
      ? /^\s([a-z][a-z-]*)\b/.exec(text.slice(r.end, r.end + 30))?.[1]
      : undefined;
  const kind = singular ? nounKind(`${singular}s`) : r.kind;
  // a plural noun no table knows ("dossiers") counts things handled, unless it names people
  const unknownThings =
    kind === undefined &&
    !!r.noun &&
    /[a-z]s$/.test(r.noun) &&
    !isPersonNoun(r.noun);
  if (
    !(r.noun || singular) ||
    (kind !== 'work' && kind !== 'thing' && !unknownThings) ||
    r.perWhom
  )
    return false;
  const phraseEnd = singular ? r.end + 1 + singular.length : r.phraseEnd;
  const before = text
    .slice(Math.max(0, r.start - 90), r.start)
    .replace(/^[^]*[\d.;!?]/, '');
  // "every active tenant is asking 2-3 questions": one person named after "each"/"every"
  const person = r.period ? undefined : personSubjectBefore(ctx, r.start);
  const subject =
    FLOATING_EACH_BEFORE.exec(before)?.groups?.subject ??
    (LEADING_EACH_BEFORE.test(before) || person ? 'they' : undefined);
  if (!subject) return false;
  const ofPeople =
    person !== undefined ||
    (/^(?:they|we)$/.test(subject)
      ? distributedOver(ctx, r.start, phraseEnd)?.kind === 'person'
      : isPersonNoun(subject));
  if (!ofPeople) return false;
  const after = r.period
    ? undefined
    : ALTERNATIVES_THEN_PERIOD.exec(text.slice(phraseEnd, phraseEnd + 50));
  const period =
    r.period ??
    after?.groups?.per ??
    after?.groups?.adv ??
    ((LEADING_EACH_BEFORE.test(before) || person) &&
    daySaidBefore(text, r.start)
      ? 'day'
      : undefined);
  const seconds = period ? periodOf(period) : undefined;
  const end = after ? phraseEnd + after[0].length : r.periodEnd;
  return (
    seconds !== undefined &&
    setPerUser(ctx, r, seconds, r.start, end, ': what each of them does')
  );
}

/**
 * The people active said as "those who do", then what each of them sends: "8 % open the tutor on
 * a given day, and those who do send around ten messages". The period is the day said before
 * in the sentence, or one said after the count.
 */
const THOSE_WHO_DO_BEFORE =
  /\b(?:those|the ones|people|users|the users)\swho\s(?:do|does|use it|open it|log in)\s(?:(?:typically|usually|then|each)\s)?(?:send|ask|make|write|run|generate|submit|create|request|have)\s(?:(?:about|around|roughly|maybe|perhaps|some)\s|~\s?)?$/;

function readThoseWhoDo(
  ctx: QuantityContext,
  text: string,
  r: AttachedNumber,
): boolean {
  if ((r.kind !== 'work' && r.kind !== 'thing') || r.perWhom) return false;
  const before = text.slice(Math.max(0, r.start - 80), r.start);
  if (!THOSE_WHO_DO_BEFORE.test(before)) return false;
  const period = r.period ?? (daySaidBefore(text, r.start) ? 'day' : undefined);
  const seconds = period ? periodOf(period) : undefined;
  return (
    seconds !== undefined &&
    setPerUser(
      ctx,
      r,
      seconds,
      r.start,
      r.periodEnd,
      ': what each of those active sends',
    )
  );
}

/** A multiplication sign between two counts: "x", "×", "*", maybe with "~" or "about" after it. */
const TIMES_BETWEEN =
  /^\s?[x×*]\s?(?:~\s?|(?:about|around|roughly|approx\.?|maybe)\s)?$/;

/**
 * "40 devs x ~25 prompts/day", "12 nurses × 8 lookups a day", "300 clerks * 40 chats per week":
 * a count of people times a count of work with a period is what each of them sends in that
 * period; the product is the total, left to be made from the users.
 */
function readPeopleTimesWork(
  ctx: QuantityContext,
  text: string,
  r: AttachedNumber,
  all: AttachedNumber[],
): boolean {
  if (r.kind !== 'work' || !r.period || r.perWhom) return false;
  const people = all.find(
    o =>
      o.kind === 'person' &&
      o.end <= r.start &&
      TIMES_BETWEEN.test(text.slice(o.phraseEnd, r.start)),
  );
  const seconds = periodOf(r.period);
  return (
    people !== undefined &&
    seconds !== undefined &&
    setPerUser(
      ctx,
      r,
      seconds,
      r.start,
      r.periodEnd,
      `: the count of work times ${fmt(people.value)} ${
        people.noun ?? 'people'
      } is what each of them sends`,
    )
  );
}

/** Rates per user the count readers miss (see the header); the first one found is set. */
export function extractPerUserRates(ctx: QuantityContext): void {
  if (ctx.signals.values.requests_per_user_per_day !== undefined) return;
  const text = ctx.text.toLowerCase();
  const all = attachNumbers(ctx);
  for (const r of all) {
    if (readPeopleTimesWork(ctx, text, r, all)) return;
    if (r.measure) continue;
    // "12 req per active user per day": the attachment reads only a bare "per user"
    // "3 quizzes per active user per day": what one person makes or asks for is the use
    if (
      r.perWhom === undefined &&
      (!r.noun || r.kind === 'work' || r.kind === 'thing')
    ) {
      const after = PER_PERSON_THEN_PERIOD.exec(
        text.slice(r.phraseEnd, r.phraseEnd + 60),
      );
      const g = after?.groups;
      if (g && namesOnePerson(g.whom)) {
        const seconds = periodOf(g.per ?? g.adv);
        const end = r.phraseEnd + after![0].length;
        if (seconds && setPerUser(ctx, r, seconds, r.start, end, '')) return;
      }
    }
    if (readPronounCount(ctx, text, r)) return;
    if (readEachOfDailyPeople(ctx, r)) return;
    if (readBareCountEach(ctx, text, r)) return;
    if (readFloatingEach(ctx, text, r)) return;
    if (readThoseWhoDo(ctx, text, r)) return;
    // "each physician sees 20 patients a day, so that is the note volume"
    if (
      r.noun &&
      r.period &&
      (r.kind === 'person' || r.kind === 'thing') &&
      saidOfOnePerson(ctx, r)
    ) {
      const rest = text.slice(r.periodEnd, r.periodEnd + 80);
      const volume = VOLUME_AFTER.exec(rest);
      const onePer = volume ? undefined : ONE_PER_AFTER.exec(rest);
      const one =
        onePer &&
        [onePer.groups!.work, `${onePer.groups!.work}s`].some(
          w => nounKind(w) === 'work',
        ) &&
        oneOf(onePer.groups!.item, r.noun);
      const seconds = periodOf(r.period);
      if ((volume || one) && seconds) {
        const end = r.periodEnd + (volume?.[0].length ?? 0);
        if (
          setPerUser(
            ctx,
            r,
            seconds,
            r.start,
            end,
            `: the ${r.noun} one person handles are the volume of the work`,
          )
        )
          return;
      }
    }
  }
  // "each doing a handful a day - say 5"
  for (const m of matches(ctx, VAGUE_THEN_SETTLED)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    if (g.noun && nounKind(g.noun) !== 'work') continue;
    // "say 5 minutes" is no count of uses
    const next = /^\s?([a-z]+)/.exec(text.slice(end, end + 20))?.[1];
    const nextKind = next ? nounKind(next) : undefined;
    if (nextKind && nextKind !== 'work') continue;
    const perPerson =
      personSubjectBefore(ctx, m.index) !== undefined ||
      distributedOver(ctx, m.index, end)?.kind === 'person';
    if (!perPerson) continue;
    const seconds = periodOf(g.per.toLowerCase());
    if (
      seconds &&
      setPerUser(
        ctx,
        { value: parseNumberToken(g.num) },
        seconds,
        m.index,
        end,
        `: the number settled on after the vague count`,
      )
    )
      return;
  }
}
