/**
 * Batch windows written as clock times: "10pm-6am", "between 22:00 and 06:00", "from 1 am to 5
 * am", "midnight to 6am", "from Friday 8pm to Monday 6am". The hours between the two times,
 * across midnight when the end comes first on the clock ("10pm-6am" = 8 h), across the days
 * between two named weekdays. A window may also be said as when the job starts and when its
 * results are due: "the run kicks off Sunday 22:00 and results are due Monday 06:00" (8 h), also
 * across two sentences when one names the job starting: "It must be done before the 6am
 * standup. The export kicks off at 10pm." (8 h). Weekdays may be short: "starts Tue 08:00".
 */

import { MUST_SOURCE } from './obligation';

/**
 * A clock time: "10pm", "6:30 am", "22:00", "midnight", and with dots in the marker ("1 a.m.",
 * "7 p.m"); the last dot is left to end the sentence when nothing else needs it.
 */
export const TIME =
  '(?:(?:\\d{1,2})(?::\\d{2})?\\s?(?:am|pm|[ap]\\.m\\.??)|\\d{1,2}:\\d{2}|midnight|noon)';

/**
 * Weekday names, in full or short ("wed", "thurs"), and a weekday before a time ("friday 8pm",
 * "monday at 6am", "sat 22:00"), as an optional group.
 */
const DAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** A weekday's full name: "monday", "thursday". */
export const WEEKDAY_NAME = `(?:${DAYS.join('|')})day`;
export const DAY = `(?:${WEEKDAY_NAME}|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?![a-z])`;
/** The first three letters name a weekday, in full or short. */
const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const dayBefore = (group: string) =>
  `(?:(?<${group}>${DAY})\\s(?:at\\s|by\\s|around\\s)?)?`;

/** Two clock times joined by "-", "to", "until" or "between ... and", each maybe after a weekday. */
export const CLOCK_RANGE_SOURCE = `\\b(?:from\\s|between\\s)?${dayBefore(
  'fromDay',
)}(?<from>${TIME})\\s?(?:-|to|until|till|through|and)\\s?${dayBefore(
  'toDay',
)}(?<to>${TIME})(?![\\w:])`;

/**
 * A step that hands the job its input, ending: "the sync finishes at 2am", "once the nightly
 * dump is done at 3 am", "the upload completes around midnight". Said of the feeding step only:
 * "the job finishes at 6am" is when results are due.
 */
const FEED_ENDS =
  '(?<=\\b(?:export|import|dump|extract|upload|download|sync|feed|transfer|ingest|ingestion)\\s)(?:finishes|completes|is\\s(?:done|finished|complete|ready)|wraps\\sup|ends)';

/**
 * Verbs of a job starting, and of its results being due, for START_THEN_DUE_SOURCE; the work
 * arriving starts it too ("the paperwork lands around 10pm"). The verb may have its object
 * between its two words ("we kick the run off", "they fire it off"), or none after "start" ("we'd
 * start it Saturday 8am"), and the step that feeds
 * the job ending is when it starts: "the extract completes at 2am" (FEED_ENDS).
 */
const STARTS = `(?:starts?|starting|kicks?\\soff|kicking\\soff|begins?|beginning|fires?|firing|launch(?:es)?|is triggered|gets triggered|lands|arrives|comes\\sin|(?:kick|fire|start|set)(?:s|ed|ing)?\\s(?:it|them|things|everything|the\\s(?:[a-z]+\\s)?(?:job|run|batch))\\s(?:off|going)|start(?:s|ed|ing)?\\s(?:it|them|the\\s(?:[a-z]+\\s)?(?:job|run|batch))|${FEED_ENDS})`;
/**
 * Words between the start verb and its time, ending in "at" or "around": "starts when market data
 * closes at 6 pm", "lands, invoices and packing lists, usually around 10pm". No number between.
 */
const START_GAP = '(?:[^.!?;\\d]{0,80}?(?=\\s(?:at|around)\\s))?';
/**
 * Words saying the results are due: "due", "must be done", "has to finish", "wraps up"; and a
 * modal with "be" and any word before "by" ("must be uploaded by", "has to be fully scored by",
 * "should be finalised by"): whatever the verb, and however it is spelt, something that must be
 * so by a time is due then.
 */
export const DUE = `(?:(?:is|are|${MUST_SOURCE}\\sbe)\\s)?(?:due|done|finished|complete|completed|ready|back|delivered)|${MUST_SOURCE}\\s(?:finish|complete|end|be done)|(?:${MUST_SOURCE}|got to)\\sbe\\s(?:[a-z]+ly\\s)?[a-z]{3,}(?=\\sby\\s)|finish(?:es)?|ends?|wraps?\\sup`;
/**
 * A time things must be done before, with no verb: "before the 7am shift", "no later than 6am",
 * and when people come in, or a place opens, then: "before the analysts arrive at 7 am", "before
 * the branches open 8am".
 */
export const BEFORE_TIME =
  '(?:before|no later than)\\s(?:the\\s)?(?:[a-z]+\\s(?:arrives?|gets?\\sin|comes?\\sin|starts?|logs?\\son|shows?\\sup|opens?)\\s(?:(?:at|around)\\s)?)?';
/** What names the job as the subject of its start: "the batch kicks off", "our export starts". */
const JOB_NOUN =
  '(?:batch|job|run|export|import|dump|pipeline|sync|backfill|load|crawl)';
/**
 * Right after a start time, that the job was named as what starts ("the batch kicks off at
 * 11pm"): then the due time may come in the next sentence.
 */
const JOB_STARTED_BEHIND = `(?<=\\b${JOB_NOUN}\\s(?:[a-z]+\\s)?${STARTS}\\s[^.!?;]{0,30})`;
/** The rest of the sentence, no number in it, then the start of the next one. */
const NEXT_SENTENCE = '[^.!?;\\d]{0,60}?[.!?]\\s+';
/**
 * "the run kicks off Sunday 22:00 and results are due Monday 06:00", "it starts at 11pm and must
 * be done by 5am", "starts at 1am, before the 9am standup": a start time, then (in the same
 * sentence, no other number between) a time the results are due. When the job is named as
 * what starts, the due time may be in the next sentence: "The import begins at 9pm. All of it
 * has to be finished by 4am."
 */
export const START_THEN_DUE_SOURCE = `\\b${STARTS}${START_GAP}\\s(?:(?:at|on|around|every)\\s)?${dayBefore(
  'fromDay',
)}(?<from>${TIME})(?![\\w:])(?:${JOB_STARTED_BEHIND}${NEXT_SENTENCE})?[^.!?;\\d]{0,80}?\\b(?:(?:${DUE})\\s(?:(?:by|at|on|before|around|no later than)\\s(?:the\\s)?)?|${BEFORE_TIME})${dayBefore(
  'toDay',
)}(?<to>${TIME})(?![\\w:])`;

/**
 * The same said the other way round: when the results are due, then when the job starts, in one
 * sentence (a semicolon may join its halves): "it has to be finished by 7am Saturday; we kick it
 * off at 11pm" (8 h), "results are due at 6am and the run starts at 1am" (5 h). A weekday may
 * follow the due time ("7am Saturday"). The due time may be said with "before" alone ("scored
 * before the 8am meeting"), and the start may be the next sentence when it names the job: "...
 * before the 7am shift starts. The batch kicks off at 11pm." (8 h).
 */
export const DUE_THEN_START_SOURCE = `\\b(?:(?:${DUE})\\s(?:by|at|on|before|no later than)\\s(?:the\\s)?|${BEFORE_TIME})${dayBefore(
  'toDay',
)}(?<to>${TIME})(?![\\w:])(?:\\s(?:on\\s)?${DAY})?(?:[^.!?\\d]{0,60}?\\b(?:${STARTS}|(?:kick|start|launch|fire)(?:s|ed)?\\s(?:it|the job|the run|the batch|them)(?:\\soff)?)|${NEXT_SENTENCE}(?:[a-z'-]+\\s){0,3}?${JOB_NOUN}\\s(?:[a-z]+\\s)?${STARTS})\\s(?:(?:at|on|around)\\s)?${dayBefore(
  'fromDay',
)}(?<from>${TIME})(?![\\w:])`;

/** Hours after midnight of a clock time ("10pm" → 22, "6:30 am" → 6.5, "22:00" → 22). */
export function clockHour(time: string): number | undefined {
  const t = time
    .trim()
    .toLowerCase()
    .replace(/([ap])\.m\.?$/, '$1m');
  if (t === 'midnight') return 0;
  if (t === 'noon') return 12;
  const m = /^(\d{1,2})(?::(\d{2}))?\s?(am|pm)?$/.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minutes = m[2] ? Number(m[2]) : 0;
  if (minutes >= 60) return undefined;
  if (m[3]) {
    if (hour < 1 || hour > 12) return undefined;
    if (hour === 12) hour = 0;
    if (m[3] === 'pm') hour += 12;
  } else if (!m[2] || hour > 24) return undefined;
  return (hour % 24) + minutes / 60;
}

/** Hours from one clock time to the next, across midnight; undefined when either is no time. */
export function hoursBetween(from: string, to: string): number | undefined {
  const a = clockHour(from);
  const b = clockHour(to);
  if (a === undefined || b === undefined) return undefined;
  const hours = (b - a + 24) % 24;
  return hours === 0 ? undefined : hours;
}

/**
 * The hours of a window from one time to another, each maybe on a named weekday ("Friday 8pm" to
 * "Monday 6am" = 58 h). With both days named the days between count; otherwise the end is the
 * next time the clock shows it (hoursBetween).
 */
export function windowHours(g: {
  from: string;
  to: string;
  fromDay?: string;
  toDay?: string;
}): number | undefined {
  if (!g.fromDay || !g.toDay) return hoursBetween(g.from, g.to);
  const a = clockHour(g.from);
  const b = clockHour(g.to);
  const dayIndex = (day: string) =>
    DAY_KEYS.indexOf(day.toLowerCase().slice(0, 3));
  if (a === undefined || b === undefined) return undefined;
  const days = (dayIndex(g.toDay) - dayIndex(g.fromDay) + 7) % 7;
  const hours = days * 24 + b - a;
  return hours > 0 ? hours : undefined;
}

/**
 * A follow-up moving only the end of a window: "the window got extended to 6am", "it now has to
 * finish by 7am", "push the deadline back to 5:30 am", "ends at 6am now". The new end, with the
 * start said earlier in the conversation, gives the window's length.
 */
export const WINDOW_END_MOVED_SOURCE = `\\b(?:(?:window|deadline|cutoff|cut-off|job|run|batch)\\s(?:(?:has|have|got|was|is|has been|just)\\s)*(?:extended|moved|pushed(?:\\sback|\\sout)?|stretched|shifted|changed)|(?:extend|move|push|stretch|shift|change)\\s(?:the\\s|our\\s|that\\s)?(?:window|deadline|cutoff|cut-off|end)(?:\\sback|\\sout)?|(?:now\\s)?(?:ends?|finish(?:es)?|runs?|goes)(?:\\snow)?|(?:now\\s)?(?:has|have|needs?)\\sto\\s(?:finish|be done|end))\\s(?:(?:to|until|till|by|at)\\s)(?<to>${TIME})(?![\\w:])`;

const CLOCK_RANGE_ALL_RE = new RegExp(CLOCK_RANGE_SOURCE, 'g');

/**
 * The start of the last clock-time window in a text ("1am" in "the window is 1am to 5am"), for
 * a later message that moves only its end; undefined when the text gives none.
 */
export function clockWindowStart(text: string): string | undefined {
  const last = [...text.toLowerCase().matchAll(CLOCK_RANGE_ALL_RE)].pop();
  return last?.groups?.from;
}
