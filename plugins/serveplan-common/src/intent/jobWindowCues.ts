/**
 * Words that say the work is done in a scheduled slot or in one run, with nobody waiting on each
 * request: "window 01:00-05:30", "the batch window is 10pm to 4am", "the 22:00-06:00 window",
 * "generated in one run each morning", "processed in a single nightly run", "done between 1 am and
 * 5 am", "the files must be ready by 6am". Such a text describes batch work (useCase.ts),
 * whatever each item's task is. A window said only as a length ("a 48-hour window") may be a
 * turnaround as well as a slot, and is left to the other cues; a window named for something else
 * ("the 09:00-17:00 support window", "a 02:00-04:00 maintenance window") and a request answered
 * "in one pass" are no such cue.
 */
import { CLOCK_RANGE_SOURCE, TIME } from './clockWindow';
import { MUST_SOURCE } from './obligation';

/**
 * Windows named for something other than a job's run: "the maintenance window", "our SLA
 * window", "a context window", "office hours window". One list for every reader of windows.
 */
export const OTHER_WINDOW_KINDS = [
  'maintenance',
  'downtime',
  'outage',
  'change',
  'freeze',
  'release',
  'deployment',
  'support',
  'service',
  'sla',
  'opening',
  'business',
  'office',
  'delivery',
  'response',
  'booking',
  'appointment',
  'visiting',
  'trading',
  'market',
  'context',
  'attention',
  'sliding',
  'rolling',
  'time-to-live',
];

/** Not after a word naming another kind of window. */
const OTHER_WINDOW = `(?<!\\b(?:${OTHER_WINDOW_KINDS.join('|')})\\s)`;

/** CLOCK_RANGE_SOURCE without its group names, so it can be used twice in one pattern. */
const CLOCK_RANGE = CLOCK_RANGE_SOURCE.replace(/\(\?<[a-zA-Z]+>/g, '(?:');
/** "window 01:00-05:30", "the batch window is 10pm to 4am", "the 22:00-06:00 window". */
const WINDOW_THEN_CLOCK = `${OTHER_WINDOW}\\bwindow(?:\\sis|\\sruns|\\s?:)?\\s${CLOCK_RANGE}`;
const CLOCK_THEN_WINDOW = `${CLOCK_RANGE}\\s(?:(?:batch|processing|run|nightly|overnight)\\s)?window\\b`;

/**
 * Work said to be done in one run: "generated in one run", "scored as a single batch job",
 * "processed in a single nightly run". A past participle names what is done to the items.
 */
const DONE_IN_ONE_RUN =
  '\\b(?:[a-z]{3,}ed|done|run|written|sent|rewritten|redone)\\s(?:(?:all|together|at once)\\s)?(?:in|as)\\s(?:one|1|a single)\\s(?:(?:nightly|daily|weekly|monthly|scheduled|big|batch)\\s){0,2}(?:run|batch|job|sweep)\\b';

/**
 * Work said to be done between two clock times: "done between 1 am and 5 am", "finished from
 * 22:00 to 04:00". Not hours of use ("staff use it from 9am to 5pm").
 */
const DONE_BETWEEN = `\\b(?:done|finished|completed)\\s${CLOCK_RANGE}`;

/** A clock time (clockWindow.ts' TIME), not the start of a longer number or time. */
const CLOCK_TIME = `${TIME}(?![\\w:])`;

/**
 * Items said to be due by a clock time: "the reports must be done by 6am", "the drafts have to
 * be ready by 07:00". A plural subject names the items; one thing ready by a time ("the bot must
 * be ready by 9am") may be a system going live.
 */
const ITEMS_DUE_BY_CLOCK = `\\b(?!(?:this|its|his|hers|ours|yours|theirs|us|was|is|has|does|as)\\b)[a-z]+s\\s(?:${MUST_SOURCE}|are\\sto|will)\\s(?:all\\s)?be\\s(?:ready|done|finished|complete|completed|delivered|sent out|available)\\s(?:by|before|no later than)\\s(?:the\\s)?${CLOCK_TIME}`;

/**
 * A window bounded by two events, each with its clock time: "in the window between the shops
 * closing at 9pm and the delivery cut-off at 2:30am", "a window between the close at 17:00 and the
 * open at 06:00". The events name the slot's ends.
 */
const WINDOW_BETWEEN_EVENTS = `${OTHER_WINDOW}\\bwindow\\sbetween\\s[^.!?;]{0,50}?\\b(?:at|by)\\s${CLOCK_TIME}\\sand\\s[^.!?;]{0,50}?\\b(?:at|by)\\s${CLOCK_TIME}`;

/** A window of time, or a single run, the work is done in (see the module comment). */
export const JOB_WINDOW_CUE = new RegExp(
  [
    WINDOW_THEN_CLOCK,
    CLOCK_THEN_WINDOW,
    DONE_IN_ONE_RUN,
    DONE_BETWEEN,
    ITEMS_DUE_BY_CLOCK,
    WINDOW_BETWEEN_EVENTS,
  ].join('|'),
  'g',
);

/** True when `text` (lower case) says a window or a single run the work is done in. */
export function hasJobWindowCue(text: string): boolean {
  return new RegExp(JOB_WINDOW_CUE.source).test(text);
}
