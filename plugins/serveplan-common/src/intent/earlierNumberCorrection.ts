/**
 * A correction of a number the intent holds only through what it was multiplied into: "forget
 * the 300, it's 120 firms" after "300 law firms, each sends about 3 contract reviews a week". No
 * field of the intent is 300 (the rate is 900 a week), so the earlier words are corrected instead:
 * the message that said the number is given the new one, for the conversation to be read again.
 * The same holds for a count restated with the noun it counted ("actually make that 50 agents"
 * after "about 45 agents, each handles 60 emails a day"): the earlier count of that noun is the
 * one replaced, whatever field it went into.
 */
import { NUMBER_SOURCE, parseNumberToken } from './numbers';
import { readNumberCorrection } from './valueCorrection';
import { readRestatedCount } from './restatedCount';

export interface EarlierWordsCorrected {
  /** The earlier messages with the number replaced. */
  messages: string[];
  /** The follow-up's words that make the correction. */
  said: string;
  /** The number as the earlier message wrote it, and as the correction writes the new one. */
  old: string;
  new: string;
}

/**
 * The earlier messages with the number the follow-up takes back replaced by its new one;
 * undefined when the follow-up corrects no number, or the earlier messages (corrections aside)
 * say that number not exactly once (which of two would be a guess).
 */
export function correctEarlierNumber(
  followUp: string,
  earlierMessages: readonly string[],
): EarlierWordsCorrected | undefined {
  const correction = readNumberCorrection(followUp);
  if (correction) {
    const old = parseNumberToken(correction.old);
    return replacedOnce(
      earlierMessages,
      correction,
      new RegExp(NUMBER_SOURCE, 'gi'),
      token => parseNumberToken(token) === old,
    );
  }
  const restated = readRestatedCount(followUp);
  if (!restated) return undefined;
  const corrected = replacedOnce(
    earlierMessages,
    restated,
    new RegExp(
      `(?<num>${NUMBER_SOURCE})\\s(?:[a-z-]+\\s){0,2}?${restated.noun}\\b`,
      'gi',
    ),
    () => true,
  );
  // the same count said again is no correction
  return corrected &&
    parseNumberToken(corrected.old) !== parseNumberToken(restated.new)
    ? corrected
    : undefined;
}

/** A place a number was given in the earlier messages. */
interface NumberHit {
  message: number;
  index: number;
  token: string;
}

/**
 * The earlier messages with the one number `pattern` finds there and `wanted` takes (its `num`
 * group, or the whole match) replaced by the correction's new one; undefined unless exactly one
 * such number is found (which of two would be a guess). Messages that are themselves corrections
 * are no place a number was given ("forget the 300, it's 301").
 */
function replacedOnce(
  earlierMessages: readonly string[],
  correction: { new: string; text: string },
  pattern: RegExp,
  wanted: (token: string) => boolean,
): EarlierWordsCorrected | undefined {
  const hits: NumberHit[] = [];
  earlierMessages.forEach((message, i) => {
    if (readNumberCorrection(message) || readRestatedCount(message)) return;
    for (const m of message.matchAll(pattern)) {
      const token = m.groups?.num ?? m[0];
      if (wanted(token)) hits.push({ message: i, index: m.index ?? 0, token });
    }
  });
  if (hits.length !== 1) return undefined;
  const [hit] = hits;
  const messages = [...earlierMessages];
  const text = messages[hit.message];
  messages[hit.message] = `${text.slice(
    0,
    hit.index,
  )}${correction.new.trim()}${text.slice(hit.index + hit.token.length)}`;
  return {
    messages,
    said: correction.text.trim(),
    old: hit.token.trim(),
    new: correction.new.trim(),
  };
}

/**
 * The messages with each correction of an earlier number already made in the words it corrects:
 * after "300 firms ...", "forget the 300, it's 301", "forget the 301, it's 302" the first message
 * says 302 firms. A correction read against these is then found where its number was given.
 */
export function withEarlierCorrectionsApplied(
  messages: readonly string[],
): string[] {
  let out = [...messages];
  for (let i = 1; i < out.length; i++) {
    const corrected = correctEarlierNumber(out[i], out.slice(0, i));
    if (corrected) out = [...corrected.messages, ...out.slice(i)];
  }
  return out;
}
