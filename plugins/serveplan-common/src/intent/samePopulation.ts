/**
 * Whether two counts of people may count the same people, for the check that more people at
 * once than people in all is a contradiction ("2,000 total users, 5,000 concurrent at peak").
 * They may when they name the same people or one names nobody in particular ("users", "people",
 * a bare "5,000 concurrent"); not when they name different people ("a team of 45" and "200
 * players"), when the whole is the writer's own team or organisation ("we're a crew of 6"), or
 * when it is said of the past ("our last game had 30 testers").
 */
import { namesOwnGroup } from './ownOrganisation';

export interface CountOfPeople {
  /** The noun the count counts ("players", "team"), when it has one. */
  noun?: string;
  start: number;
  written: string;
}

/**
 * Nouns that say nothing about who the people are: "users", "people", "accounts", "actives", or
 * the at-once word itself in a bare "300 concurrent".
 */
const ANYONE =
  /^(?:users?|people|persons?|ppl|folks|humans|accounts?|seats?|members?|actives?|dau|mau|wau|concurrent|simultaneous|concurrency|user ?base|audience|concurrent users)$/;

/**
 * The past in the words before a count: a past verb of the writer or a group ("we shipped",
 * "they had", "we began in 2015 with"), an earlier thing or occasion ("our last title", "the
 * previous project", "last election", "the last launch"), a peak already reached ("the site
 * peaked at"), or "back in", "ago".
 */
const PAST_BEFORE =
  /\b(?:we|i|they|he|she|it)\s(?:(?:[a-z]+ly|also|once|then|just|still)\s)?(?:had|shipped|built|launched|released|ran|made|did|was|were|used to|hired|sold|finished|delivered|started|began|founded)\b|\b(?:last|previous|prior|former|old)\s(?:title|game|project|product|release|job|company|employer|startup|team|app|version|year|season|contract|election|event|launch|campaign|sale|quarter|month|week|time|cycle|peak|holiday|tournament|festival|conference|edition|outage|incident|semester|term|match|christmas|summer|winter|spring|autumn|black friday)\b|\b(?:peaked|topped out|maxed out)\b|\bback (?:in|then)\b|\b(?:ago|formerly|previously)\b/;

/**
 * Words that bring a sentence back from the past to now before its count: "we began with two
 * vans, and a year later we deliver for 90 shops", "we had 20 then, today 300".
 */
const BACK_TO_NOW =
  /\b(?:now|today|currently|nowadays|these days|at the moment|at present|(?:\d+|a|one|a few|some|several|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?:months?|years?|weeks?)\slater)\b/;

/**
 * Whether the count starting at `start` of `text` is said of the past ("last year we had 900
 * users"), unless the sentence comes back to now before it.
 */
export function saidOfThePast(text: string, start: number): boolean {
  const sentence = (
    /[^.;!?]*$/.exec(text.slice(0, start))?.[0] ?? ''
  ).toLowerCase();
  const past = PAST_BEFORE.exec(sentence);
  return (
    past !== null &&
    !BACK_TO_NOW.test(sentence.slice(past.index + past[0].length))
  );
}

/** The noun a count counts, lower-case and singular, or undefined when it names nobody in particular. */
export function who(count: CountOfPeople): string | undefined {
  const noun = (count.noun ?? '').toLowerCase().trim();
  if (!noun || ANYONE.test(noun)) return undefined;
  const last = /[a-z-]+$/.exec(noun)?.[0] ?? noun;
  return last.replace(/(?:es|s)$/, '');
}

/**
 * A group named right before a count that says who is in it: "the steering committee (7 people",
 * "our review board, 9 people". The count is that group's, whatever its noun.
 */
const GROUP_BEFORE =
  /\b(committee|board|panel|council|task ?force|working group|steering group|squad|crew)\s?(?:\(|,|:|-|of)\s?(?:about\s|around\s|roughly\s|~\s?)?$/;

function groupNamedBefore(before: string): string | undefined {
  return GROUP_BEFORE.exec(before.toLowerCase())?.[1];
}

/** The writer counted with others: "me plus four staff", "me and 3 colleagues". */
const WRITER_WITH_OTHERS = /\b(?:me|myself)\s(?:plus|and|\+|with)\s/;
/** A count said of the same group: "40 of us", "all of them at once". */
const OF_THE_SAME = /\bof\s(?:us|them|those)\b/;

/**
 * Whether `atOnce` (people at one moment) may be part of `whole` (people in all), with `text`
 * the whole text both counts are offsets of.
 */
export function mayCountSamePeople(
  whole: CountOfPeople,
  atOnce: CountOfPeople,
  text: string,
): boolean {
  const before = text.slice(0, whole.start);
  if (namesOwnGroup(before, whole.written, whole.noun ?? '')) return false;
  // "it's me plus four staff" beside "40 people chatting at once": the writer's own team, and the
  // people the system meets, unless the count at once is said of the team ("40 of us at once")
  if (
    WRITER_WITH_OTHERS.test(whole.written.toLowerCase()) &&
    !OF_THE_SAME.test(atOnce.written.toLowerCase())
  )
    return false;
  if (saidOfThePast(text, whole.start)) return false;
  // "35 engineers in total, but 120 of them at once": the same people, by the pronoun
  if (OF_THE_SAME.test(atOnce.written.toLowerCase())) return true;
  const wholeWho = who(whole) ?? groupNamedBefore(before);
  const atOnceWho = who(atOnce);
  return !wholeWho || !atOnceWho || wholeWho === atOnceWho;
}

/**
 * A count at once said to be of the writer's own people: "all 50 of us", "60 of our staff", "30
 * of our own engineers".
 */
const OF_OUR_PEOPLE =
  /\bof\s(?:us|our\s(?:own\s)?(?:[a-z-]+\s)?(?:staff|people|team|employees|colleagues|workforce|crew))\b/;

/**
 * Whether `atOnce` (people at one moment) counts the people of the writer's own `organisation`
 * ("we are 30 operators in total" and "75 operators at the same moment", "20 of us in the office"
 * and "all 50 of us at once", "38 staff" and "60 of our staff at the same time"): said of the
 * writer's people, or naming the same people as the organisation by a noun of their own. Other
 * people ("we're 11 people" and "500 shoppers at once") and people named by no noun of their own
 * ("we're 12" and "300 users at once") are not counted by it.
 */
export function countsOwnPeopleAtOnce(
  organisation: CountOfPeople,
  atOnce: CountOfPeople,
  text: string,
): boolean {
  if (
    saidOfThePast(text, atOnce.start) ||
    saidOfThePast(text, organisation.start)
  )
    return false;
  if (OF_OUR_PEOPLE.test(atOnce.written.toLowerCase())) return true;
  const organisationWho = who(organisation);
  return organisationWho !== undefined && organisationWho === who(atOnce);
}
