/**
 * Counts of people said with a noun no list knows ("220 preparers", "800 field technicians",
 * "2k guests at once", "6,000 cars talking to it"): a count and a plural noun are users when the
 * words around them say so, whatever the noun. Two readings:
 * - a role noun (agentive ending: -ers, -ors, -ists, -ians, -ees, -ants, "staff", "crew") in a
 *   headcount frame: "for our 800 technicians", "we have 220 preparers", "75 auditors, each ...";
 * - any plural noun that the text makes a user: it talks to, uses or asks the system, "who"/"of
 *   whom" follows it, or it comes "at once"/"simultaneously" (then concurrent).
 * Counts of things (requests, documents, GPUs, tokens, time) are never people.
 */
import { NUMBER_SOURCE as N } from './numbers';
import { DESCRIBING_WORDS, UPPER } from './quantityReading';

/** A count and a plural noun: "220 preparers", "2k guests", "6,000 cars". */
export const COUNTED_PLURAL_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?\\+?\\s?(?<gap>${DESCRIBING_WORDS})(?<noun>[a-z]{3,}s)\\b`,
  'g',
);

/** A role noun by its ending: someone who does something ("preparers", "technicians", "trainees"). */
const ROLE_ENDING = /(?:[a-z]{2,}(?:ers|ors|ists|ians|ees|ants)|staff|crews?)$/;

/** Plurals with a role-like ending that name things, not people. */
const THINGS_WITH_ROLE_ENDINGS =
  /^(?:servers|containers|parameters|characters|numbers|letters|orders|answers|papers|chapters|layers|transfers|filters|headers|footers|clusters|computers|monitors|sensors|vectors|errors|factors|tensors|processors|accelerators|connectors|markers|tickers|folders|buffers|registers|triggers|routers|timers|meters|centers|centres|offers|vouchers|covers|others|matters|quarters|parsers|adapters|encoders|decoders|embedders|retrievers|rerankers|loaders|trackers|printers|scanners|cameras|formulas|variants|restaurants|plants|grants|warrants|implants|pendants|doors|floors|colors|colours|flavors|flavours|mirrors|tutorials|entries|tokens)$/;

/** Nouns that count work, time, money or hardware: never people. */
const NEVER_PEOPLE =
  /^(?:requests|queries|calls|messages|prompts|completions|conversations|chats|questions|documents|docs|tickets|emails|articles|summaries|translations|files|generations|tasks|jobs|inferences|contracts|reports|transcripts|posts|descriptions|items|records|reviews|sessions|searches|lookups|pages|rows|images|videos|products|listings|entries|issues|runs|tokens|words|times|hours|minutes|seconds|days|weeks|months|years|gpus|cards|nodes|dollars|percent|languages|models|steps|teams|versions|regions|sites|stores|branches|offices|services|apps|endpoints|episodes|returns|loads|incidents|alerts|invoices|pieces|samples|chunks|batches|edits|commits|lines|bytes|cores|instances|replicas)$/;

/** The system as the object of a user's verb: "talking to it", "use the bot", "ask our assistant". */
const USES_THE_SYSTEM =
  /^\s(?:(?:would|will|could|might|may|can|actually|all|then)\s){0,2}(?:use|uses|using|talk(?:s|ing)? to|speak(?:s|ing)? to|ask(?:s|ing)?|query(?:ing)?|chat(?:s|ting)? (?:with|to)|log(?:s|ging)? in(?:to)?|rely on|relying on|interact(?:s|ing)? with|hit(?:ting)?|access(?:ing)?)\s(?:it|this|them|the\s\w+|our\s\w+|that)\b/;
/** At the same time: concurrent users. */
const AT_ONCE =
  /^\s(?:(?:\w+\s){0,4})?(?:at once|simultaneously|concurrently|at the same time|in parallel|at any (?:one )?time)\b/;
/** A relative pronoun for people after the noun: "9k guests on a busy night, a third of whom ...". */
const WHO_AFTER = /^[^.;!?]{0,45}?\b(?:who|whom)\b/;
/** A headcount frame before a role noun: "for our", "we have", "there are", "team of". */
const HEADCOUNT_BEFORE =
  /(?:\bfor(?:\s(?:our|the|its|their|all|all of our|all our))?|\bwe(?:'ve| have)(?: got)?|\bwe've got|\bthere(?:'s| are| is)|\bhas|\bhave|\bteam of|\bstaff of|\bwith)\s(?:(?:about|around|roughly|approximately|some|maybe|~|nearly|almost|over|under)\s)?$/;
/** What a headcount says next: "75 auditors, each with ...", "220 preparers and each does ...". */
const PER_HEAD_AFTER = /^,?\s(?:and\s)?(?:\w+\s){0,4}?each\b/;

export interface PeopleCount {
  /** True when the words say the people are there at the same time. */
  concurrent: boolean;
}

/**
 * Whether the count and plural noun at `before | match | after` count people, and whether at
 * the same time; undefined when they count something else or nothing says they are users.
 */
export function readPeopleCount(
  noun: string,
  before: string,
  after: string,
): PeopleCount | undefined {
  if (NEVER_PEOPLE.test(noun)) return undefined;
  const concurrent = AT_ONCE.test(after);
  const uses = USES_THE_SYSTEM.test(after) || WHO_AFTER.test(after);
  if (concurrent || uses) return { concurrent };
  const role = ROLE_ENDING.test(noun) && !THINGS_WITH_ROLE_ENDINGS.test(noun);
  if (role && (HEADCOUNT_BEFORE.test(before) || PER_HEAD_AFTER.test(after)))
    return { concurrent: false };
  return undefined;
}
