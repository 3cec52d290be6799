/**
 * A job over a counted set of items, said as a verb of working through items with the count as
 * its object and a span the set is done in: "summarise 40k theses over the break", "classify 2
 * million photos before launch", "translate 12,000 manuals within six weeks". At least a thousand
 * items, and no period after them ("score 5,000 leads a day", "every weekend" is a rate): a set
 * worked through with nobody waiting on each item, which is batch work (useCase.ts), whatever
 * each item's task is. The items counted first and the verb after ("850,000 articles to tag") are
 * read by fixedItemJobs.ts.
 */
import { NO_PERIOD, PROCESSING_VERB, THOUSANDS } from './fixedItemJobs';

/** Words between the verb and the count: "all", "about", "the remaining". */
const BEFORE_COUNT =
  '(?:(?:all|the|our|their|about|around|roughly|some|over|nearly|almost|approximately|approx|remaining|another|~)\\s?)*';

/**
 * A span the whole set is done in, later in the sentence: "over the summer break", "within 3
 * weeks", "before launch", "by the end of March", or a window named in the next sentence ("...
 * for relevance. Window: one weekend"). Without one, the count may be what an assistant
 * can do when asked ("a chat assistant that can translate 3,000 emails").
 */
const SPAN_AFTER =
  '(?=[^.!?;]{0,60}?\\b(?:over|within|by|before|during|in)\\s(?:(?:the|a|an|one|next|coming|\\d+|two|three|four|five|six|ten|end of|end of the)\\s){0,3}(?:[a-z]+\\s)?(?:days?|weeks?|months?|quarters?|years?|break|closure|holidays?|summer|winter|spring|autumn|weekend|launch|deadline|january|february|march|april|may|june|july|august|september|october|november|december)\\b|[^!?]{0,80}?\\b(?:window|deadline|time\\s?frame)\\s?(?::|is|=|of)\\s)';

/**
 * A verb of working through items, with a counted plural object of at least a thousand and a span
 * the set is done in.
 */
export const COUNTED_ITEM_JOB_CUE = new RegExp(
  `\\b${PROCESSING_VERB}\\s${BEFORE_COUNT}${THOUSANDS}\\s(?:[a-z'-]+\\s){0,3}?[a-z-]*[a-z]s\\b${NO_PERIOD}${SPAN_AFTER}`,
  'g',
);
