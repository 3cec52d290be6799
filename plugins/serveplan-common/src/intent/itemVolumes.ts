/**
 * Volumes of work read from the number-noun attachment (numberAttachment.ts): a count of work
 * items ("60,000 tickets", "2M docs") or of any other plural thing ("30k episodes", "3,000 MRs"),
 * with the period it is per when one follows ("close each day", "nightly", "on a normal
 * weekday"). rates.ts turns one with a period into a request rate (or a nightly batch) and one
 * without, in an offline request, into a batch size. Which noun a number counts decides, so any
 * item noun works without being listed; the list here only keeps out plurals that count kinds or
 * parts of a setup ("5 languages", "3 models", "4 batches") rather than items to process, and a
 * count of things in a frame of money ("can spend 3k credits a month", moneyFrame.ts) is no volume.
 */
import {
  AttachedNumber,
  attachNumbers,
  isPersonNoun,
  nounKind,
} from './numberAttachment';
import { antecedentBefore } from './countReferents';
import { clauseText, QuantityContext } from './quantityReading';
import { inMoneyFrame } from './moneyFrame';
import { nounStem } from './taskArtefacts';
import { distributedOver } from './perEntityRates';
import { PROCESSING_VERB } from './fixedItemJobs';
import { plural } from './plural';
import { eachOfThePeopleSaid, onePersonNamed } from './peopleSubjectRates';

/**
 * Plurals that count kinds, parts or settings, not items to process, unless the work is done
 * per one of them (WORKED_PER_RE).
 */
const NOT_ITEMS =
  /^(?:languages|models|steps|teams|times|variants|versions|regions|zones|clusters|fields|columns|parameters|params|layers|experts|cores|words|characters|chars|percent|batches|chunks)$/;

/**
 * Units of weight, volume, length, area and energy: "45,000 tonnes of grain a day", "2M litres of
 * milk", "300 km of pipeline" measure material, never items to process.
 */
const PHYSICAL_UNITS =
  /^(?:tonnes|tons|kilotons|kilograms|kilos|kgs|grams|litres|liters|gallons|barrels|cubic|metres|meters|kilometres|kilometers|kms|miles|feet|yards|acres|hectares|kilowatts|megawatts|gigawatts|kwh|mwh|gwh)$/;

/**
 * "a batch of 800k steps", "each batch holds ~2M chunks", "it is a batch: about 90k variants":
 * what a batch is said to hold (or to be, after a colon) are its items, whatever the noun
 * ("steps" or "chunks" elsewhere count parts of a setup).
 */
const BATCH_OF_BEFORE =
  /\bbatch(?:\s(?:of|holds?|contains?|covers?|with|is|was)|\s?:)\s(?:(?:about|around|roughly|approximately|some|over|up to|~)\s?)*$/;

/** Words that say a count is all of them: "in all", "in total", "altogether". */
const ALL_TOLD = 'in all|in total|altogether|all told|all together|total';

/**
 * "about 18,000 text chunks in all", "90k variants in total": a count said to be the whole set
 * in a batch job is its items, whatever the noun.
 */
const SAID_TO_BE_ALL_AFTER = new RegExp(`^\\s?(?:${ALL_TOLD})\\b`);

/**
 * "a backlog of roughly 14,000 old spec sheets", "our archive of 2 million scans": what a backlog
 * or an archive holds is work waiting to be done, whatever its noun.
 */
export const BACKLOG_BEFORE =
  /\b(?:(?:a|an|the|our|their|its)\s)?(?:backlog|archive|archives|pile|stack)\sof\s(?:(?:about|around|roughly|approximately|some|nearly|almost|over|~)\s?)?$/;

/**
 * "a few of the documents are long", "300 of these reports need a second look": a part of a set
 * named elsewhere, not how many items there are. With a period it still counts work ("200 of
 * the tickets a day"); a pronoun ("roughly 90k of them") stands for the set itself.
 */
const PART_OF_A_SET = /^\s?of\s(?:the|these|those)\s/;

/**
 * A noun the work is done per: "a short advisory per field", "one report for each region", "a
 * summary for every team". Its count is the number of items ("80,000 fields" in a nightly job),
 * even when the noun usually counts parts of a setup ("20 fields" of a form).
 */
const WORKED_PER_RE =
  /\b(?:per|for each|for every|each|every)\s(?<noun>[a-z]+)\b(?!')/g;

function nounsWorkedPer(text: string): Set<string> {
  return new Set(
    [...text.matchAll(WORKED_PER_RE)].map(m => nounStem(m.groups!.noun)),
  );
}

/**
 * A noun the work is done on each of, said as the object of a verb of working ("classify every
 * email", "summarise each call") or after a preposition of going over things ("run a model over
 * every function", "write a caption for each photo", "on every page"). A count of that noun is
 * the job's size, ahead of any count of other things said before it ("4 million lines of code
 * ... over every function, about 210,000 functions"). "90 cabinets per floor" is a ratio, not
 * work done per floor.
 */
const WORK_ON_EACH_RE = new RegExp(
  `\\b(?:${PROCESSING_VERB}|over|on|across|against|through|for|to)\\s(?:each|every)\\s(?:single\\s)?(?<noun>[a-z]+)\\b(?!')`,
  'g',
);

/** Each noun worked on each of (WORK_ON_EACH_RE), with where it is first said so. */
function nounsWorkedOnEach(text: string): Map<string, number> {
  const said = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(WORK_ON_EACH_RE)) {
    const noun = nounStem(m.groups!.noun);
    if (!said.has(noun)) said.set(noun, m.index!);
  }
  return said;
}

/** Pronouns for a plural said before them: "400k of them", "some 2,000 of those". */
const PLURAL_PRONOUN = /^(?:them|those|these)$/;

/**
 * A count of a pronoun after work said to be done on each of some things ("we want to tag every
 * product photo; there are 80,000 of them", "summarise each call. About 12k of those.") counts
 * those things: the job's size. The work is in the same sentence or the one before, with no
 * other number between, and the count is the whole set, ending its clause ("of them.", "of them
 * in total"), not a part of it ("300 of them are blurry").
 */
const WORK_ON_EACH_PHRASE_RE = new RegExp(
  `\\b(?:${PROCESSING_VERB}|over|on|across|against|through|for|to)\\s(?:each|every)\\s(?:single\\s)?(?<phrase>[a-z-]+(?:\\s[a-z-]+){0,2}?)(?=\\s(?:by|for|in|into|with|from|on|at|as|and|so|to|using|according)\\b|\\s?[,.;:!?)]|$)`,
  'g',
);
const WHOLE_SET_AFTER = new RegExp(
  `^\\s?(?:[,.;:!?)]|$|\\s(?:${ALL_TOLD})\\b)`,
);

/**
 * "there are 2.3 million of them", "we have about 40k of those", "there's about 300,000 of them",
 * "Kevin reckons it's 250,000 of them": a count of a pronoun said to exist, the whole set, right
 * after its plural ("...tag the old product photos: there are 90k of them"), or said to be made
 * ready for the job ("we've scanned about 90k of them", "we have
 * already digitised 2M of those"). In a batch request the set is the job's items; a plural
 * counting parts of a setup
 * ("fields", NOT_ITEMS) is passed over for the one before it.
 */
const THERE_ARE_BEFORE =
  /\b(?:there\s(?:are|'re|were|will be)|there'?s|there\sis|(?:it|that)(?:'s|\sis|\swas)|we(?:'ve|\shave)(?:\sgot|\s(?:(?:already|now|since)\s)?(?:[a-z]+ed|[a-z]+'d))?)\s(?:(?:about|around|roughly|approximately|some|over|nearly|almost|~)\s?)*$/;

/** The plural a whole-set pronoun count stands for (THERE_ARE_BEFORE), in `before` (no digits). */
function wholeSetOfPronoun(before: string): string | undefined {
  if (!THERE_ARE_BEFORE.test(before)) return undefined;
  // the plural in the sentence before, or earlier in the count's own sentence
  const lastTwo = before
    .split(/(?<=[.!?])\s+/)
    .slice(-2)
    .join(' ');
  return antecedentBefore(lastTwo.replace(/[.!?]\s/g, ', '), word => {
    if (NOT_ITEMS.test(word)) return undefined;
    const kind = nounKind(word);
    return kind === 'thing' || kind === 'work' || kind === 'page'
      ? 'items'
      : undefined;
  })?.noun;
}

/**
 * The things a pronoun count `r` stands for when work is done on each of them (see
 * WORK_ON_EACH_PHRASE_RE), as a plural noun; undefined otherwise.
 */
function eachItemsOfPronoun(
  ctx: QuantityContext,
  r: AttachedNumber,
): string | undefined {
  if (r.period || !r.noun || !PLURAL_PRONOUN.test(r.noun)) return undefined;
  const text = ctx.text.toLowerCase();
  if (!WHOLE_SET_AFTER.test(text.slice(r.phraseEnd, r.phraseEnd + 20)))
    return undefined;
  const before = text.slice(Math.max(0, r.start - 200), r.start);
  const noNumber = before.replace(/^[^]*\d/, '');
  const work = [...noNumber.matchAll(WORK_ON_EACH_PHRASE_RE)].pop();
  if (!work) return ctx.batch ? wholeSetOfPronoun(noNumber) : undefined;
  // the work's sentence, or the one right before the count's
  const between = noNumber.slice(work.index! + work[0].length);
  if ((between.match(/[.!?](?:\s|$)/g) ?? []).length > 1) return undefined;
  return plural(work.groups!.phrase.split(' ').pop()!);
}

/**
 * "3 reviews a day each", "2 summaries a week per user": the count is per person (so is "5
 * requests each per day", read by the attachment). A count per one of some other thing named
 * before it ("40 kiosks, 200 requests each a day") is multiplied by perEntityRates.ts.
 */
const EACH_AFTER = /^\s(?:each|per (?:user|person|head))\b/;

/**
 * "25 times a day" counts occasions, not items: each one is a request when one person is said to
 * use the system that often ("each engineer asked it about 25 times a day", "every nurse checks
 * it 12 times per day", "30 times a day per developer", "they each open it 5 times a day", "a
 * tutor would check it 4 times a day", "most tutors check it 4 times a day"); "the
 * job runs 4 times a day" or "retried 3 times a day" are no volume.
 */
const OCCASIONS = /^times$/;
/** "each engineer", "every single developer", "each of our analysts": one person as the subject. */
const ONE_OF_BEFORE =
  /\b(?:each|every|per)\s(?:single\s|one\sof\s|of\s)?(?:(?:our|the|its|their|these|those|your|my)\s)?(?<noun>[a-z][a-z-]*)\b/g;
/** "per engineer", "for each developer" right after the period. */
const ONE_OF_AFTER =
  /^\s?,?\s(?:per|for each|for every|each|every|by each|from each)\s(?<noun>[a-z][a-z-]*)\b/;

/** Whether a word names people, singular ("engineer") or plural ("engineers"). */
const namesPeople = (noun: string) => isPersonNoun(plural(noun));

/**
 * Whether a count of occasions at `r` is said of one person: a person it is per, a person after
 * "each"/"every" before it in its clause (with no other number between), or a distributive
 * "each" standing for people counted before it.
 */
function saidOfOnePerson(ctx: QuantityContext, r: AttachedNumber): boolean {
  if (r.perWhom !== undefined) return true;
  const after = ONE_OF_AFTER.exec(
    ctx.text.slice(r.periodEnd, r.periodEnd + 30).toLowerCase(),
  );
  if (after && namesPeople(after.groups!.noun)) return true;
  const clause = clauseText(ctx, r.start);
  const before = ctx.text
    .slice(clause.start, r.start)
    .toLowerCase()
    .replace(/^.*\d/, '');
  const subject = [...before.matchAll(ONE_OF_BEFORE)].pop();
  if (subject && namesPeople(subject.groups!.noun)) return true;
  // "a nurse would check it 3 times a day", "most agents open it twice a shift", "we have 600
  // cashiers; cashiers would look at it 4 times a day": what one of them does
  if (
    onePersonNamed(ctx.text.slice(clause.start, r.periodEnd).toLowerCase()) ||
    eachOfThePeopleSaid(ctx, r.start, r.value, r.period)
  )
    return true;
  return distributedOver(ctx, r.start, r.periodEnd)?.kind === 'person';
}

/**
 * A count said per run of a job is one batch, whatever period the job runs at: "90,000
 * narratives per run", "each weekly run covers about 1.2 million SKUs", "every nightly run
 * processes 40k invoices". The run is said after the count ("per run", "in each run") or as the
 * subject of a verb right before it; "run" alone, as a verb ("we run 500 prompts"), is not.
 */
const RUN_ADJECTIVES =
  '(?:(?:single|nightly|daily|weekly|monthly|hourly|quarterly|scheduled|typical|normal|full|batch)\\s){0,2}';
const PER_RUN_AFTER = new RegExp(
  `^\\s?,?\\s(?:per|each|every|in each|in every|in one|in 1|in a single|for each)\\s${RUN_ADJECTIVES}run\\b`,
);
const RUN_BEFORE = new RegExp(
  `\\b(?:each|every|a|one|per)\\s${RUN_ADJECTIVES}run\\s(?:(?!(?:per|a|an|each|every|and|or)\\b)[a-z]+\\s)?(?:(?:about|around|roughly|approximately|some|over|up to|nearly|almost|~)\\s?)*$`,
);

/**
 * A count said as what arrives or is handled on each occasion the job runs is one batch too:
 * "every Sunday we export about 600,000 claims", "each night the shop uploads 20k orders",
 * "every Monday morning they send over 3,000 files", "every night we dump the day's orders,
 * roughly 90k of them". The occasion (a weekday or a time of day) opens the sentence the count
 * is in, with no other number between; or it follows the count ("about 50k drafts each
 * Sunday"). The last such occasion counts too ("last night it was about 4,200 documents"). Only in
 * a batch request ("each night the team sees 400 tickets" in a chat request
 * stays a daily volume).
 */
const DAY_NAMES =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|nights?|evenings?|mornings?|weekends?)';
const OCCASION = `(?:every|each|on|last)\\s${DAY_NAMES}\\b`;
const OCCASION_BEFORE = new RegExp(`\\b${OCCASION}[^.!?;\\d]*$`);
/**
 * Clock times said between the occasion and the count ("every night after the file lands at 1am,
 * we tag the day's disputes, around 18,000 cases") say when the run starts, not another count.
 */
const CLOCK_TIME =
  /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\b\d{1,2}:\d{2}\b/g;
const withoutClockTimes = (text: string) => text.replace(CLOCK_TIME, 'then');
const OCCASION_AFTER = new RegExp(`^\\s?,?\\s${OCCASION}`);
/** Where the sentence holding `at` starts (after the last ".", "!", "?" or ";" before it). */
const sentenceStart = (text: string, at: number) =>
  Math.max(
    ...['. ', '! ', '? ', ';'].map(s => text.lastIndexOf(s, at - 1) + 1),
  );

/**
 * A count with a period said to be handled in one run is one batch per period: "1.5 million
 * pages a month, processed in one run", "200k rows per week in a single batch".
 */
const IN_ONE_RUN_AFTER = new RegExp(
  `^\\s?,?\\s(?:[a-z]+\\s){0,2}?(?:in|as)\\s(?:one|1|a single)\\s${RUN_ADJECTIVES}(?:run|batch|go|pass|job|sweep)\\b`,
);

/**
 * Where the words saying the count `r` is per run of the job end: after "per run", "in one run"
 * or an occasion after it, or the phrase's end when the run, the batch or an occasion is said
 * before it. Undefined when the count is not said per run.
 */
function perRunEnd(
  ctx: QuantityContext,
  r: AttachedNumber,
): number | undefined {
  const { start, phraseEnd } = r;
  const text = ctx.text.toLowerCase();
  const after = PER_RUN_AFTER.exec(text.slice(phraseEnd, phraseEnd + 40));
  if (after) return phraseEnd + after[0].length;
  const oneRun =
    r.period &&
    IN_ONE_RUN_AFTER.exec(text.slice(r.periodEnd, r.periodEnd + 50));
  if (oneRun) return r.periodEnd + oneRun[0].length;
  const occasion = ctx.batch
    ? OCCASION_AFTER.exec(text.slice(phraseEnd, phraseEnd + 30))
    : null;
  if (occasion && !r.period) return phraseEnd + occasion[0].length;
  const clause = clauseText(ctx, start);
  const before = text.slice(Math.max(clause.start, start - 60), start);
  const sentence = text.slice(sentenceStart(text, start), start);
  return RUN_BEFORE.test(before) ||
    (ctx.batch && OCCASION_BEFORE.test(withoutClockTimes(sentence))) ||
    BATCH_OF_BEFORE.test(before)
    ? phraseEnd
    : undefined;
}

/**
 * The fewest things of no work noun said per run that are the job's items ("2M SKUs" each
 * night); "every night we retrain 3 adapters" counts parts of a setup.
 */
const MIN_ITEMS_PER_RUN = 100;

/**
 * What a pronoun counted per run of the job stands for: "every night we dump the day's customs
 * declarations, roughly 400k of them" counts the declarations, the things the job handles,
 * whatever their noun. The nearest plural before the pronoun in its sentence; the pronoun itself
 * when none is found. Undefined for a count that is no pronoun of unknown kind.
 */
function handledByTheJob(
  ctx: QuantityContext,
  r: AttachedNumber,
): string | undefined {
  if (r.kind !== undefined || !r.noun || !PLURAL_PRONOUN.test(r.noun))
    return undefined;
  const from = Math.max(0, r.start - 90);
  const antecedent = antecedentBefore(
    ctx.text.slice(from, r.start),
    (word, describing) => {
      const kind = nounKind(word, describing);
      return kind === 'thing' || kind === 'work' ? 'items' : undefined;
    },
  );
  return antecedent?.noun ?? r.noun;
}

/**
 * A count with no noun of its own, set off by a comma right after a plural noun, counts that
 * noun: "each night we fetch the new preprints, typically around 9,000, and tag them", "every
 * Monday they send the invoices, roughly 30k." Only hedges stand between the comma and the
 * count, and the count ends its phrase (a comma, the sentence's end, "and"/"or"/"but").
 */
const APPOSED_TO_BEFORE =
  /\b(?<noun>[a-z][a-z-]*[a-z]s),\s(?:(?:usually|typically|normally|generally|often|mostly|about|around|roughly|approximately|approx\.?|some|maybe|perhaps|probably|nearly|almost|over|up to|~)\s?)*$/;
const APPOSITION_ENDS_AFTER = /^\s?(?:[,.;!?)]|$|\s(?:and|or|but)\b)/;

/**
 * The count `r` (no noun, no unit) read as one of the plural noun it is set off after
 * (APPOSED_TO_BEFORE), when that noun names things or work and the count is said per run of the
 * job (perRunEnd: "every night we pull the new abstracts, usually around 12,000"). Undefined
 * otherwise: "we serve the hospitals, about 40, and ..." names no run of a job.
 */
function apposedCount(
  ctx: QuantityContext,
  r: AttachedNumber,
): AttachedNumber | undefined {
  if (r.noun || r.measure) return undefined;
  const text = ctx.text.toLowerCase();
  if (!APPOSITION_ENDS_AFTER.test(text.slice(r.end, r.end + 10)))
    return undefined;
  const sentence = text.slice(sentenceStart(text, r.start), r.start);
  const noun = APPOSED_TO_BEFORE.exec(sentence)?.groups?.noun;
  const kind = noun ? nounKind(noun) : undefined;
  if (kind !== 'work' && kind !== 'thing') return undefined;
  const reading: AttachedNumber = { ...r, noun, kind, phraseEnd: r.end };
  return perRunEnd(ctx, reading) === undefined ? undefined : reading;
}

/**
 * A count written as the value of a plural key on a line of its own, as in a structured request
 * ("items: 3.5M", "documents: ~40k", "rows = 2,000,000"): the key is its noun.
 */
const LABEL_BEFORE =
  /(?:^|\n)\s*[-*]?\s*(?<noun>[a-z][a-z]*[a-z]s)\s?[:=]\s?(?:(?:about|around|roughly|approx\.?|~)\s?)?$/;
const LABEL_VALUE_ENDS_AFTER = /^\s*(?:\n|$)/;

/** The count `r` (no noun, no unit) read as one of the plural key it is the value of. */
function labelledCount(
  ctx: QuantityContext,
  r: AttachedNumber,
): AttachedNumber | undefined {
  if (r.noun || r.measure) return undefined;
  const text = ctx.text.toLowerCase();
  if (!LABEL_VALUE_ENDS_AFTER.test(text.slice(r.end, r.end + 10)))
    return undefined;
  const noun = LABEL_BEFORE.exec(text.slice(Math.max(0, r.start - 40), r.start))
    ?.groups?.noun;
  const kind = noun ? nounKind(noun) : undefined;
  if (kind !== 'work' && kind !== 'thing' && kind !== 'page') return undefined;
  return { ...r, noun, kind, phraseEnd: r.end };
}

/**
 * "some 6 thousand contract is coming", "500 invoice per night": a count of a hundred or more
 * work items with its noun left singular is as many items as with the plural ending; "one batch
 * job" or "a 2 document upload" stays a count of one thing or a few.
 */
const agreementDropped = (r: AttachedNumber) =>
  r.kind === 'work' && r.value >= MIN_ITEMS_PER_RUN;

export interface ItemVolume {
  reading: AttachedNumber;
  /** The head noun: "tickets", "episodes". */
  noun: string;
  /**
   * True for a count of work items (requests, tickets, documents) or of the things one run of
   * the job handles ("2M SKUs" each night), false for other things.
   */
  work: boolean;
  /** "second", "h", "day", "week", "month", "year"; "night" for nightly. Undefined: none said. */
  period?: string;
  /** The count is per person ("per user" before the period, "each" after it). */
  perUser: boolean;
  /** The count is per run of the job ("90,000 narratives per run"): one batch. */
  perRun: boolean;
  /** Whether the noun is plural: "one batch job" is a job, not a volume of one. */
  plural: boolean;
  /**
   * The work is done on each of these items ("over every function"): the count is the job's
   * size, and comes first in the list.
   */
  workedOnEach: boolean;
  /** From the number to the end of its period (or noun). */
  start: number;
  end: number;
}

/**
 * Every count of work items or other plural things in the text not yet read, in text order,
 * except that counts of the items the work is done on each of (WORK_ON_EACH_RE) come first.
 */
export function readItemVolumes(ctx: QuantityContext): ItemVolume[] {
  const volumes: ItemVolume[] = [];
  const workedPer = nounsWorkedPer(ctx.text);
  const workedOnEach = nounsWorkedOnEach(ctx.text);
  for (const attached of attachNumbers(ctx)) {
    // "every night we pull the new abstracts, usually around 12,000": the abstracts
    // "items: 3.5M" in a structured request: the items
    const r = attached.noun
      ? attached
      : apposedCount(ctx, attached) ?? labelledCount(ctx, attached);
    if (!r?.noun || r.measure || PHYSICAL_UNITS.test(r.noun)) continue;
    // "each engineer asks it 25 times a day": each time a request by that person
    const personalUse =
      OCCASIONS.test(r.noun) && !!r.period && saidOfOnePerson(ctx, r);
    if (
      NOT_ITEMS.test(r.noun) &&
      !workedPer.has(nounStem(r.noun)) &&
      !personalUse &&
      !BATCH_OF_BEFORE.test(
        ctx.text.slice(Math.max(0, r.start - 40), r.start),
      ) &&
      !(ctx.batch && SAID_TO_BE_ALL_AFTER.test(ctx.text.slice(r.phraseEnd)))
    )
      continue;
    // "a few of the documents are long": a part of the set, said elsewhere
    if (!r.period && PART_OF_A_SET.test(ctx.text.slice(r.end, r.phraseEnd)))
      continue;
    // "40,000 pages" to translate are items; "a 200-page contract" (a measure) is a length
    const work =
      r.kind === 'work' ||
      r.kind === 'page' ||
      personalUse ||
      BACKLOG_BEFORE.test(ctx.text.slice(Math.max(0, r.start - 40), r.start));
    const runEnd = perRunEnd(ctx, r);
    const handled = runEnd !== undefined ? handledByTheJob(ctx, r) : undefined;
    // "run a model over every function ... about 210,000 functions": the job's items
    // "classify every service ticket; there are 480,000 of them": the service tickets
    const pronounFor =
      r.value >= MIN_ITEMS_PER_RUN ? eachItemsOfPronoun(ctx, r) : undefined;
    const eachItem =
      !r.period &&
      r.value >= MIN_ITEMS_PER_RUN &&
      ((/s$/.test(r.noun) && workedOnEach.has(nounStem(r.noun))) ||
        pronounFor !== undefined);
    if (!work && r.kind !== 'thing' && !handled && !eachItem) continue;
    const noun = handled ?? pronounFor ?? r.noun;
    const perRun = runEnd !== undefined;
    // "every night we export about 2M SKUs": what one run handles are the job's items
    const itemsOfTheRun = perRun && (!!handled || r.value >= MIN_ITEMS_PER_RUN);
    let end = runEnd ?? r.periodEnd;
    // "we can spend 3k credits a month": a sum to spend, not items; a noun of work stays work
    if (
      !work &&
      !eachItem &&
      inMoneyFrame(ctx.text, r.start, end, clauseText(ctx, r.start).start)
    )
      continue;
    const each =
      r.period && !perRun
        ? EACH_AFTER.exec(ctx.text.slice(end, end + 20))
        : null;
    if (each) end += each[0].length;
    volumes.push({
      reading: r,
      noun,
      work: work || itemsOfTheRun || eachItem,
      // a job's period says how often the batch runs, not what its count is per
      period: perRun ? undefined : r.period,
      perRun,
      perUser:
        personalUse ||
        r.perWhom !== undefined ||
        r.each === true ||
        each !== null,
      plural: /s$/.test(noun) || agreementDropped(r),
      workedOnEach: eachItem,
      start: r.start,
      end,
    });
  }
  // "covered 180 matches last time ... a recap for every match ... about 900 matches": the
  // items counted after the work is named come before those counted ahead of it
  const afterTheWork = (v: ItemVolume) =>
    v.start > (workedOnEach.get(nounStem(v.noun)) ?? Infinity);
  const eachItems = volumes.filter(v => v.workedOnEach);
  return [
    ...eachItems.filter(afterTheWork),
    ...eachItems.filter(v => !afterTheWork(v)),
    ...volumes.filter(v => !v.workedOnEach),
  ];
}
