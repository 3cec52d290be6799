/**
 * Batches that arrive at the service as a stream, one request each: "the correlator sends us up
 * to 1,200 alarm batches per minute", "about 50 chunks a second come in from the transcriber",
 * "we receive 300 log bundles an hour". A count of batches (or chunks, bundles) usually counts the
 * parts a job is split into ("4 batches"), so itemVolumes.ts reads none; but one with a period of
 * an hour or less that something sends to the service (a verb of sending or receiving before it
 * in its clause, or of arriving after it) is a rate of requests. Not when each batch is said to
 * hold a count of items ("40 batches an hour of 500 records each"): the items are the work then.
 */
import { AttachedNumber, attachNumbers } from './numberAttachment';
import { periodSeconds } from './numbers';
import { clauseText, QuantityContext } from './quantityReading';

/** Containers of work items, counted as they arrive. */
const BATCH_NOUNS = /^(?:batches|chunks|bundles)$/;
/** The longest period of a stream of batches: longer, they are a job's schedule. */
const STREAM_PERIOD_SECONDS = 3600;
/** Something sends the batches, or the service receives them, before the count. */
const SENT_BEFORE =
  /\b(?:send(?:s|ing)?|sent|push(?:es|ed|ing)?|forward(?:s|ed|ing)?|submit(?:s|ted|ting)?|post(?:s|ed|ing)?|stream(?:s|ed|ing)?|emit(?:s|ted|ting)?|receiv(?:e|es|ed|ing)|get(?:s|ting)?|ingest(?:s|ed|ing)?)\b/;
/** The batches come in, after the count: "50 chunks a second come in". */
const ARRIVING_AFTER =
  /^\s?,?\s(?:(?:that|which)\s)?(?:(?:come|comes|coming|came|flow|flows|flowing|stream|streams|streaming|pour|pours|pouring)\s(?:in|into)|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\b/;
/** Each batch holds a count of items: "of 500 records each", "with ~200 rows each". */
const HOLDS_ITEMS_AFTER =
  /^\s?,?\s(?:(?:each|every one)\s)?(?:of|with|holding|containing)\s(?:(?:about|around|roughly|up to|~)\s?)?\d/;

/** The counts of batches with a period of at most an hour, sent to the service. */
export function readSentBatches(ctx: QuantityContext): AttachedNumber[] {
  const text = ctx.text.toLowerCase();
  return attachNumbers(ctx).filter(r => {
    if (!r.noun || !BATCH_NOUNS.test(r.noun) || !r.period || r.measure)
      return false;
    const seconds = periodSeconds(r.period);
    if (seconds === undefined || seconds > STREAM_PERIOD_SECONDS) return false;
    const after = text.slice(r.periodEnd, r.periodEnd + 40);
    if (HOLDS_ITEMS_AFTER.test(after)) return false;
    const clause = clauseText(ctx, r.start);
    const before = text.slice(clause.start, r.start).replace(/^.*\d/, '');
    return SENT_BEFORE.test(before) || ARRIVING_AFTER.test(after);
  });
}
