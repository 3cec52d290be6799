/**
 * Counts of people said with a noun no list knows ("220 preparers", "800 field technicians",
 * "2k guests at once", "6,000 cars talking to it"): numberAttachment.ts finds the noun a count
 * belongs to; this decides from the words around it whether those are the users. Two readings:
 * - a person noun (a lexicon, or an agent noun by its ending: -ers, -ors, -ists, -ians, -ees,
 *   -ants, -ents) is a headcount wherever it stands ("used by 1,100 pharmacists", "serving our
 *   2,400 franchisees"), unless the frame makes it a ratio ("5 engineers per team", "1 in 4
 *   nurses") or data about people ("records of 20k patients");
 * - any other plural noun is users when the text makes it so: it talks to, uses or asks the
 *   system, is given access to it, "who"/"of whom" follows it, a share of it is said to be active
 *   ("35 % active on a given day"), or it comes "at once"/"simultaneously" (then concurrent).
 * Counts of things (requests, documents, GPUs, tokens, time) are never people.
 */
import { isPersonNoun } from './numberAttachment';

/** Nouns that count work, time, money or hardware: never people. */
const NEVER_PEOPLE =
  /^(?:requests|queries|calls|messages|prompts|completions|conversations|chats|questions|documents|docs|tickets|emails|articles|summaries|translations|files|generations|tasks|jobs|inferences|contracts|reports|transcripts|posts|descriptions|items|records|reviews|sessions|searches|lookups|pages|rows|images|videos|products|listings|entries|issues|runs|tokens|words|times|hours|minutes|seconds|days|weeks|months|years|gpus|cards|nodes|dollars|percent|languages|models|steps|teams|versions|regions|sites|stores|branches|offices|services|apps|endpoints|episodes|returns|loads|incidents|alerts|invoices|pieces|samples|chunks|batches|edits|commits|lines|bytes|cores|instances|replicas)$/;

/**
 * The system as the object of a user's verb: "talking to it", "use the bot", "ask our assistant",
 * also past where the people are: "340 engineers company-wide would use it", "90 staff across
 * the firm will use it", "400 people in total would use it"; after "who" or "that" ("220 nurses
 * who'd use it", "90 clerks that will query it"), and as what they want or need to do ("25
 * inspectors need to query it", "60 analysts will be using it"). Asking questions is using an assistant too ("our 60 auditors
 * want to ask questions about the policies"), and so is having signed up for it ("1,800 devs have
 * signed up"; not "60 servers signed up" nor "3,800 patients enrolled", said of others). A department
 * or a team may stand between: "three people in marketing would use it", "40 folks on the support
 * team will use it" (not any place: "kiosks in the lobby" are not people).
 */
export const USES_THE_SYSTEM =
  /^\s(?:(?:[a-z]+-wide|across (?:the|our) [a-z]+|in total|in all|all told|overall|(?:in|from) (?:marketing|sales|finance|hr|legal|support|it|ops|operations|engineering|product|design|compliance|accounting|procurement|admin|research)|(?:in|on|from) (?:the |our )?[a-z]+ (?:team|department|dept|desk|unit|office)),?\s)?(?:(?:who|that)(?:'d|'ll)?\s)?(?:(?:would|will|could|might|may|can|actually|all|then|be|(?:want|wants|need|needs|would like|are going|is going|will be able) to)\s){0,2}(?:(?:use|uses|using|talk(?:s|ing)? to|speak(?:s|ing)? to|ask(?:s|ing)?|query(?:ing)?|chat(?:s|ting)? (?:with|to)|log(?:s|ging)? in(?:to)?|rely on|relying on|interact(?:s|ing)? with|hit(?:ting)?|access(?:ing)?)\s(?:it|this|them|the\s\w+|our\s\w+|that)|ask(?:s|ing)?\s(?:it\s)?questions|(?:have|has|had)\s(?:already\s)?(?:signed\sup|registered)(?:\s(?:for|to)\s(?:it|this|the\s(?:beta|app|tool|service|product|platform|waitlist|waiting\slist)))?(?:\s(?:so\sfar|to\sdate|already|now|since\s(?:launch|then)))?(?=\s*(?:[,.;:!?)]|$)))\b/;
/**
 * People "online", "logged in" or "connected" right after the noun ("120k players online at
 * peak") are there at one moment: concurrent, unless a period follows ("online per day").
 */
export const ONLINE_AFTER =
  /^\s(?:online|logged in|connected)\b(?!\s(?:per|a|an|each|every|in a|over a)\s(?:day|week|month|year)\b)(?!\s(?:daily|weekly|monthly)\b)/;
/**
 * Access given to the people, with no object or the system as its object: "400 agents in total
 * would have access", "300 staff will get access to it". Access to something else ("agents
 * would have access to our tools") says nothing about who uses the system.
 */
export const ACCESS_AFTER =
  /^\s(?:(?:[a-z]+-wide|across (?:the|our) [a-z]+|in total|in all|all told|overall),?\s)?(?:(?:would|will|could|might|may|can|then|all)\s){0,2}(?:get|have|has|need|be given|gain)\saccess\b(?:\sto\s(?:it|this|that)\b|(?!\sto\b))/;
/**
 * A share of the people said right after them to use the system or to be active: "4,000 agents
 * total, 35 % active on any given day", "400 clerks, maybe a quarter of them using it on a
 * typical day", "650 nurses, about half of whom log in daily", "9,000 members, but realistically
 * a third of them log in on a given day", "2,500 nurses and about 40 % of them would use it",
 * "700 analysts, most of them active in the mornings". People of whom a share is active
 * are the population the system serves.
 */
export const SHARE_ACTIVE_AFTER =
  /^\s?(?:(?:in total|in all|total|overall|all told)\s?)?,?\s(?:(?:but|though|and)\s)?(?:(?:realistically|in practice|in reality|typically|usually)\s)?(?:(?:maybe|perhaps|about|around|roughly|probably|only|just|some|approximately|~)\s?)?(?:\d+(?:\.\d+)?\s?(?:%|percent\b)|(?:(?:a|one|two|three|\d)\s)?(?:half|thirds?|quarters?|fifths?|tenths?)\b|\d+\s(?:in|out of)\s\d+|(?:most|many|(?:nearly |almost )?all|the (?:majority|bulk))\sof\s(?:them|those|whom))(?:\sof\s(?:them|those|whom))?\s(?:(?:are|is|being|would be|will be|would|will|could|might|may|can)\s)?(?:(?:maybe|probably|actually|really)\s)?(?:active|using|use|uses|log(?:s|ging)? in|logged in|online|on it|on at once)\b/;
/**
 * At the same time: concurrent users. Up to four words may come first ("2k guests on the site at
 * once"), or being in a conversation, call, chat or session, whose participants they are whatever
 * the noun ("9,000 cars to be in a call at the same time", "600 kiosks are in a session
 * simultaneously"). "in the same time", "at same time" and "3000 user same time" are how many
 * non-native writers say it.
 */
const AT_ONCE =
  /^\s(?:(?:to\s)?(?:be|are|is|being|stay|remain)\s(?:in|on)\s(?:a|an|the)\s(?:[a-z-]+\s)?(?:conversations?|calls?|chats?|sessions?|dialogues?)\s|(?:\w+\s){0,4})?(?:at once|simultaneously|concurrently|(?:(?:at|in) )?(?:the )?same (?:time|moment)|in parallel|at any (?:one )?time)\b/;

/** Words for at the same time, as in AT_ONCE. */
export const AT_ONCE_WORDS =
  '(?:at\\sonce|simultaneously|concurrently|(?:(?:at|in)\\s)?(?:the\\s)?same\\s(?:time|moment)|in\\sparallel|at\\sany\\s(?:one\\s)?time)';
/** All of the people just counted, by a pronoun: "all of them", "they all", "every one of us". */
const ALL_OF_THEM =
  "(?:all\\sof\\s(?:them|us|those)|they(?:'re|'ll|'d|\\s(?:are|will|would|can))?\\sall|every\\sone\\sof\\s(?:them|us))";
/**
 * Being on the system or using it, between "all" and "at once": "on it", "use it", "are logged
 * in", "would hit the app", then up to two more words ("use it heavily at once").
 */
const ON_IT =
  '(?:(?:(?:are|is|be|get|(?:will|would|could|can|may|might|should)\\sbe)\\s)?(?:(?:would|will|could|can|may|might|then)\\s)?(?:on\\s(?:it|this|the\\s\\w+)|on\\s(?:shift|duty|call)|online|logged\\sin|log(?:s|ging)?\\sin(?!to)|connected|(?:use|uses|using|hit|hitting|access|accessing|query|querying|open|opening|log\\sinto|logging\\sinto|work\\son|working\\son|ask|asking)\\s(?:it|this|the\\s\\w+|our\\s\\w+))\\s(?:[a-z]+\\s){0,2}?)?';
/** Right after the count, past a comma: "40 planners, all on it at the same time". */
const ALL_AT_ONCE_NEXT = new RegExp(
  `^\\s?,\\s(?:and\\s)?(?:${ALL_OF_THEM}|all|everyone|everybody)\\s${ON_IT}${AT_ONCE_WORDS}\\b`,
);
/**
 * Later in the sentence or in the next one, by a pronoun for them: "45 translators. In busy
 * season all of them use it at same time", "300 reps and they all log in at once". No number
 * may come between, and only one sentence end.
 */
const ALL_AT_ONCE_LATER = new RegExp(
  `^[^\\d.!?;]{0,40}?(?:[.!?;]\\s[^\\d.!?;]{0,30}?)?(?<!\\b(?:never|not|n't|hardly|rarely|seldom)\\s)\\b${ALL_OF_THEM}\\s${ON_IT}${AT_ONCE_WORDS}\\b`,
);

/**
 * At the same time, right after the people, past up to four words and no other count: "500
 * guests on the site in same time", "90 nurses logged in simultaneously". A number between
 * makes the time another count's ("40 clerks send 200 requests at once"), and a negation
 * denies it ("sixty chemists but never all of them in same time").
 */
const AT_ONCE_RIGHT_AFTER = new RegExp(
  `^\\s(?:(?!(?:never|not|no|hardly|rarely|seldom)\\b)[a-z'-]+\\s){0,5}?${AT_ONCE_WORDS}\\b`,
);

/** Whether the words right after a count of people (`after`) say they are there at the same time. */
export function atOnceRightAfter(after: string): boolean {
  return AT_ONCE_RIGHT_AFTER.test(after.toLowerCase());
}

/**
 * Whether the words after a count of people (`after`, across a sentence end) say all of them are
 * on it at the same time: then the count is of people at once.
 */
export function allAtOnceAfter(after: string): boolean {
  const lower = after.toLowerCase();
  return ALL_AT_ONCE_NEXT.test(lower) || ALL_AT_ONCE_LATER.test(lower);
}
/** A relative pronoun for people after the noun: "9k guests on a busy night, a third of whom ...". */
const WHO_AFTER = /^[^.;!?]{0,45}?\b(?:who|whom)\b/;
/**
 * A person named right before "who", whom it stands for rather than the count before it: "3
 * bays staffed by someone who holds a licence", "the 2 vans and any driver who ...".
 */
const PERSON_BEFORE_WHO =
  /\b(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|person|(?<noun>[a-z-]+))\s$/;

/** Whether a "who" after the count (WHO_AFTER) stands for the people counted. */
function whoOfCount(after: string): boolean {
  const who = WHO_AFTER.exec(after);
  if (!who) return false;
  const before = PERSON_BEFORE_WHO.exec(
    who[0].slice(0, who[0].length - (who[0].endsWith('whom') ? 4 : 3)),
  );
  if (!before) return true;
  const noun = before.groups?.noun;
  return noun !== undefined && !isPersonNoun(noun) && !isPersonNoun(`${noun}s`);
}
/**
 * A ratio, not a headcount: "5 engineers per team", "2 reviewers for each document" (not "35
 * nurses each work through 15 files", where "each" goes with what they do). People per
 * period are a headcount over it, whatever the period: "3,000 visitors per month", "12,000
 * students per term", "9,000 entrants each season", "40k applicants per intake".
 */
const PER_SOMETHING_AFTER =
  /^\s?(?:per|each(?!\s(?:(?:would|will|could|might|may|should|can|have|has|had|do|does|about|around|roughly|maybe|probably|typically|usually|then)\b|(?:work|review|handle|send|use|get|make|write|file|process|see|answer|ask|run|create|generate|submit|need|spend|take|go|read|check|open|produce|draft|prepare|close|look|deal|manage|sign|log|upload|request|receive)(?:s|es)?\b))|for each|for every|in each|on each)\s(?!(?:day|week|month|shift|year|quarter|season|semester|term|cycle|intake|round|cohort|academic year|admissions? (?:cycle|round|season))\b)/;
/** A ratio or share before the count: "1 in 4", "one out of", "every". */
const RATIO_BEFORE = /(?:\b(?:in|out of|per|every|each)|\/)\s?$/;
/**
 * People as the subject of the data rather than its users: "records of 20k patients", "notes on
 * 3,000 clients", "a database about 900 suppliers".
 */
const DATA_ABOUT_BEFORE =
  /\b(?:records?|profiles?|files?|data|histor(?:y|ies)|notes|lists?|database|details|resumes|cvs|charts|information|info|payslips|payroll)\s(?:on|of|about|for|from)\s(?:(?:the|our|all|some|about|around|roughly|~|over|more than)\s?){0,2}$/;

/**
 * Seats and licences bought for people count those people: "500 licences used by analysts",
 * "300 seats assigned to our engineers". The words after must name who holds them.
 */
const HELD_BY_NOUNS = /^(?:licences|licenses|seats|logins|accounts)$/;
const HELD_BY_AFTER =
  /^\s(?:(?:already|currently|all|now)\s)?(?:used by|assigned to|held by|shared by|shared among|for|across)\s(?:(?:our|the|all|its|their|of|my)\s){0,2}(?:[a-z-]+\s)?(?<holder>[a-z-]+)\b/;

/** Whether seats or licences are held by people named after them. */
function heldByPeople(noun: string, after: string): boolean {
  if (!HELD_BY_NOUNS.test(noun)) return false;
  const holder = HELD_BY_AFTER.exec(after.toLowerCase())?.groups?.holder;
  return holder !== undefined && isPersonNoun(holder);
}

export interface PeopleCount {
  /** True when the words say the people are there at the same time. */
  concurrent: boolean;
}

/**
 * Whether the count and plural noun at `before | match | after` count people, and whether at
 * the same time; undefined when they count something else or nothing says they are users.
 * `person` is the attachment's verdict when it had more to go on than the noun ("agents" in "a
 * bot for 1,200 agents", the "reps" that "700 of them" stands for).
 */
/**
 * The words between people counted and a count of the places they are in: "(800 nurses) across
 * (4 clinics)", "(1,200 physicians) at our (3 hospitals)".
 */
export const PLACE_OF_PEOPLE =
  '\\s(?:across|at|in|from|over|spread (?:across|over))\\s(?:(?:the|our|its|their|all)\\s)?';
/** People counted right before a count of places they are in: "800 nurses across" (4 clinics). */
const PLACE_OF_PEOPLE_BEFORE = new RegExp(
  `\\d\\s(?:[a-z-]+\\s){0,2}?(?<people>[a-z-]+s)${PLACE_OF_PEOPLE}$`,
);

export function readPeopleCount(
  noun: string,
  before: string,
  after: string,
  describing: string[] = [],
  person = isPersonNoun(noun, describing),
): PeopleCount | undefined {
  if (NEVER_PEOPLE.test(noun)) return undefined;
  // "800 nurses across 4 clinics would use it": the clinics are where the people are
  if (!person) {
    const where = PLACE_OF_PEOPLE_BEFORE.exec(before)?.groups?.people;
    if (where && isPersonNoun(where)) return undefined;
  }
  const concurrent =
    AT_ONCE.test(after) || ONLINE_AFTER.test(after) || allAtOnceAfter(after);
  const uses =
    USES_THE_SYSTEM.test(after) ||
    whoOfCount(after) ||
    ACCESS_AFTER.test(after) ||
    SHARE_ACTIVE_AFTER.test(after);
  if (concurrent || uses || heldByPeople(noun, after)) return { concurrent };
  if (!person) return undefined;
  // a person noun is a headcount unless its frame says ratio or data about people
  if (
    PER_SOMETHING_AFTER.test(after) ||
    RATIO_BEFORE.test(before) ||
    DATA_ABOUT_BEFORE.test(before)
  )
    return undefined;
  return { concurrent: false };
}
