/**
 * The writer counting themselves among the users: "just me", "only me using it", "I'm the only one
 * using it", "for me and 2 friends", "me plus 4 colleagues", "myself and three teammates". "me"
 * is one person, and what is counted alongside "me" is more people, whatever the noun (a misspelt
 * "frends" is still people when it stands beside "me"), so the users are that count plus one.
 * Time, money and work are never counted beside "me" as people ("give me 2 options" has no
 * "and"). The writer said to be the only one using it is the users even beside counts of other
 * people that nothing says use it ("my supervisor has 7 students ... it's only me using it").
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';

export interface WriterCount {
  /** How many people, the writer included. */
  value: number;
  /** Offsets of the words read ("me and 2 frends", "just me"). */
  start: number;
  end: number;
  written: string;
  /** Whether others are counted with the writer (else the writer alone). */
  withOthers: boolean;
  /**
   * Whether the words say the writer alone uses it ("only me using it", "I'm the only one using
   * it", "I'd be the only user"), not just that the writer is there ("just me").
   */
  saysUse: boolean;
}

/** Nouns that count things, time or money, never people beside "me". */
const NOT_PEOPLE =
  /^(?:requests?|queries|calls|messages|prompts|tokens?|documents?|docs|files?|tasks?|jobs?|gpus?|cards?|nodes?|servers?|machines?|boxes|models?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|dollars?|euros?|options?|ideas?|examples?|plans?|questions?|projects?|apps?|repos?|bots?|agents?)$/;

/**
 * "me" (or "myself") and a count of others: "me and 2 friends", "me + 3 coworkers", "myself and
 * my 4 colleagues", "me and 2 others".
 */
const WRITER_AND_OTHERS_RE = new RegExp(
  `\\b(?:me|myself)\\s?(?:and|plus|\\+|&)\\s?(?:(?:my|our|a|another|about|around|maybe)\\s)?(?<num>${N})\\s(?<noun>[a-z][a-z'-]*)`,
  'g',
);

/**
 * The writer alone: "just me", "only me using it", "it's me alone", "for myself only". Not a
 * sentence that goes on about the writer ("just me being careful", "only me and the team").
 */
const WRITER_ALONE_RE =
  /\b(?:(?:just|only)\s(?:me|myself)|(?:me|myself)\s(?:alone|only))\b(?!\s?(?:and|plus|\+|&|being|to|or|who|that|with)\b)(?!\s?(?!using\b|running\b)[a-z]+ing\b)/;

/**
 * The writer as the only user, said outright: "I'm the only one using it", "I am the only one who
 * will use this", "I'd be the only user" ("one" may have been rewritten to "1"). "the only one"
 * needs the use after it: "I'm the only one on the team who knows Python" says nothing about who
 * uses the system.
 */
const WRITER_ONLY_USER_RE =
  /\b(?:i'm|i am|im|i'd be|i'll be|i will be|i would be)\s(?:the\s)?only\s(?:(?:real|actual)\s)?(?:user\b|(?:one|1|person)\s(?:using|to use|who(?:'ll|'d|\swill|\swould)?\suses?)\s(?:it|this|the\s[a-z-]+)\b)/;
/** A use of the system right after "only me": "only me using it", "just me who uses it". */
const USE_AFTER =
  /^\s(?:using|who(?:'ll|'d|\swill|\swould)?\suses?)\s(?:it|this|the\s[a-z-]+)\b/;

/** The writer counted in `text` (lower case), or undefined when the text does not count them. */
export function writerCount(text: string): WriterCount | undefined {
  for (const m of text.matchAll(WRITER_AND_OTHERS_RE)) {
    const g = m.groups!;
    if (NOT_PEOPLE.test(g.noun)) continue;
    const others = parseNumberToken(g.num);
    if (!Number.isFinite(others) || others < 1 || !Number.isInteger(others))
      continue;
    return {
      value: others + 1,
      start: m.index!,
      end: m.index! + m[0].length,
      written: m[0],
      withOthers: true,
      saysUse: false,
    };
  }
  const onlyUser = WRITER_ONLY_USER_RE.exec(text);
  if (onlyUser)
    return {
      value: 1,
      start: onlyUser.index,
      end: onlyUser.index + onlyUser[0].length,
      written: onlyUser[0],
      withOthers: false,
      saysUse: true,
    };
  const alone = WRITER_ALONE_RE.exec(text);
  if (!alone) return undefined;
  const end = alone.index + alone[0].length;
  return {
    value: 1,
    start: alone.index,
    end,
    written: alone[0],
    withOthers: false,
    saysUse: USE_AFTER.test(text.slice(end, end + 40)),
  };
}
