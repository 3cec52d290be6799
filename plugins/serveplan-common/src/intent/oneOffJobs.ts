/**
 * A count of work items with no period, said as a task to get done once, is the size of a job:
 * "we need to classify 4 million tickets from last year", "we want to translate about 80,000
 * pages", "have to go through our 30,000 archived claims". A verb of working on items stands
 * before the count, and either a wish or a need ("need to", "want to", "have to", "plan to")
 * comes before that verb, or the items are past ones ("from last year", "archived", "a backlog
 * of"). Such a count is read as the batch size even before any word says "batch" (in a
 * conversation the batch words may come in a later message). "We classify 4,000 tickets" alone
 * says how much work there is, not how big one job is, and "4,000 tickets a day" is a rate. The
 * items may also come first, with the verb after them: "850,000 articles to tag", "30k scans left
 * to classify" (fixedItemJobs.ts), whatever noun counts them, when they are a thousand or more.
 */
import { BACKLOG_BEFORE, ItemVolume } from './itemVolumes';
import { clauseText, QuantityContext } from './quantityReading';
import { PROCESSING_VERB, TO_PROCESS_AFTER } from './fixedItemJobs';

/** The fewest items said before their verb ("850,000 articles to tag") that make a job. */
const MIN_FIXED_SET = 1000;

/** A wish or a need before the verb: "we need to", "we'd like to", "we're going to". */
const INTENT =
  "(?:need|needs|want|wants|have|has|had|got|going|plan|planning|hope|hoping|like|must|should|gonna|'ll|will)\\s(?:to\\s)?";
/** Words between the verb and the count: determiners and hedges. */
const BEFORE_COUNT =
  '(?:(?:all|the|our|their|its|these|those|some|about|around|roughly|approximately|over|nearly|almost|~)\\s?)*';
const VERB_BEFORE_COUNT = new RegExp(
  `\\b(?:(?<intent>${INTENT})(?:[a-z]+\\s)?)?(?<verb>${PROCESSING_VERB})\\s${BEFORE_COUNT}$`,
);

/** Items of the past: "from last year", "from the past 5 years", "from 2023", "since 2019". */
const PAST_AFTER =
  /^\s(?:[a-z-]+\s){0,2}?(?:from|of|since)\s(?:last\s(?:year|quarter|month|week|decade)|the\s(?:last|past|previous)\s(?:\d+\s|few\s|couple of\s|two\s|three\s)?(?:years?|quarters?|months?|weeks?|decades?)|(?:19|20)\d\d)\b/;
/** Describing words of items kept from before: "archived calls", "historical claims". */
const PAST_DESCRIBING =
  /^(?:archived|historic(?:al)?|existing|old|older|legacy|past|backlogged|stored|accumulated)$/;

/**
 * Work wished for on each of the items counted just before, later in their sentence: "we have
 * 60,000 scanned forms and want the totals read off each one", "there are 25k case files; we need
 * every one of them anonymised" (the count must be at least MIN_FIXED_SET). A wish or a need,
 * then (with no other number between) "each one", "every one", "each of them" or "every single
 * one": the work goes through the whole set once. "we have 40,000 customers and each one can
 * ask" has no wish before "each one".
 */
const EACH_ONE_LATER = new RegExp(
  `^[^.!?;\\d]{0,60}?\\b(?:${INTENT})[^.!?;\\d]{0,60}?\\b(?:each|every)\\s(?:single\\s)?(?:one|of\\s(?:them|those|these))\\b`,
);

/**
 * The verb a count of work items is the object of, when it names a job to be done once (see the
 * module comment); undefined otherwise.
 */
export function oneOffJobVerb(
  ctx: QuantityContext,
  volume: ItemVolume,
): string | undefined {
  if (volume.period || !volume.plural) return undefined;
  // "850,000 articles to tag": the items, then what is to be done to them ("3 files to
  // summarise" a user uploads are no job)
  const after = TO_PROCESS_AFTER.exec(
    ctx.text.slice(volume.end, volume.end + 80),
  );
  if (after && volume.reading.value >= MIN_FIXED_SET) return after.groups!.verb;
  // "we have 40,000 PDFs and need fields extracted from each one": the whole set, once
  if (
    volume.reading.value >= MIN_FIXED_SET &&
    EACH_ONE_LATER.test(ctx.text.slice(volume.end, volume.end + 160))
  )
    return 'work through';
  if (!volume.work) return undefined;
  const clause = clauseText(ctx, volume.start);
  const said = ctx.text.slice(clause.start, volume.start);
  // "go through a backlog of 30,000 calls": the verb's object is the backlog of them
  const backlog = BACKLOG_BEFORE.exec(said);
  const before = backlog ? said.slice(0, backlog.index) : said;
  const verb = VERB_BEFORE_COUNT.exec(before);
  if (!verb) return undefined;
  const past =
    backlog !== null ||
    PAST_AFTER.test(ctx.text.slice(volume.end, volume.end + 60)) ||
    volume.reading.describing.some(w => PAST_DESCRIBING.test(w));
  return verb.groups!.intent || past ? verb.groups!.verb : undefined;
}
