/**
 * Follow-ups that correct a value by naming it: "sorry, it's 90 at peak, not 120" (the new
 * number, then the one it replaces), "forget the 300, it's 120 firms" and "it is not 35
 * managers, it is 50" (the other way round) and "change budget -> 3k a month" (a label, an arrow or
 * "to", then the new value, read as "budget: 3k a month").
 */
import { IntentFields } from './intentSchema';
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  parseTokenCount,
} from './numbers';

/** Fields that hold lengths in tokens. */
const TOKEN_FIELDS = new Set<keyof IntentFields>([
  'max_input_tokens',
  'input_tokens',
  'output_tokens',
]);

/** The new number, a few words about it, then "not" and the number it replaces. */
const NOT_PREVIOUS_RE = new RegExp(
  `(?<new>${N})(?:\\s[a-z'-]+){0,4}?\\s?,?\\s(?:not|instead of|rather than)\\s(?:the\\s)?(?<old>${N})(?![\\w.,]?\\d)`,
  'i',
);

/**
 * The number taken back first, then the new one: "forget the 300, sales just told me it's 120
 * firms", "scratch the 500 - realistically ~120". Only words, no other number, between them.
 */
const DROPPED_THEN_NEW_RE = new RegExp(
  `\\b(?:scratch|forget|ignore|drop|disregard|strike)\\s(?:about\\s)?(?:the|that|my)\\s(?<old>${N})(?![\\w.,]?\\d)[^\\d]{0,80}?(?<new>${N})(?![\\w.,]?\\d)`,
  'i',
);

/**
 * The number denied first, then the new one: "it is not 35 managers, it is 50", "not 300 stores
 * but 260". Only a few words, no number, between them.
 */
const NOT_THEN_NEW_RE = new RegExp(
  `\\bnot\\s(?:the\\s)?(?<old>${N})(?![\\w.,]?\\d)(?:\\s[a-z'-]+){0,3}?\\s?[,;]?\\s(?:but|rather|(?:it|that|they)(?:'s|\\sis|\\sare|'re)|we(?:'re|\\sare|\\shave))\\s(?:about\\s|around\\s|~\\s?)?(?<new>${N})(?![\\w.,]?\\d)`,
  'i',
);

export interface CorrectedValue {
  field: keyof IntentFields;
  value: number;
  /** The new number as written, read as a plain number ("128k" → 128,000). */
  written: number;
  text: string;
}

/**
 * "it's 320 at once, not 500", "forget the 500, it's 320": the number field of the intent so far whose value is the replaced
 * number (500) gets the new one; undefined when no field, or more than one, has that value.
 */
export interface NumberCorrection {
  /** The number taken back and the one replacing it, as written. */
  old: string;
  new: string;
  text: string;
}

/** "it's 320 at once, not 500", "forget the 500, it's 320": the two numbers, as written. */
export function readNumberCorrection(
  text: string,
): NumberCorrection | undefined {
  const m =
    NOT_PREVIOUS_RE.exec(text) ??
    DROPPED_THEN_NEW_RE.exec(text) ??
    NOT_THEN_NEW_RE.exec(text);
  if (!m?.groups) return undefined;
  const value = parseNumberToken(m.groups.new);
  const old = parseNumberToken(m.groups.old);
  if (!(value > 0) || !(old > 0) || value === old) return undefined;
  return { old: m.groups.old, new: m.groups.new, text: m[0] };
}

export function readCorrectionOfPrevious(
  text: string,
  previous: IntentFields,
): CorrectedValue | undefined {
  const m = readNumberCorrection(text);
  if (!m) return undefined;
  const value = parseNumberToken(m.new);
  const old = parseNumberToken(m.old);
  // a length in tokens written with k as a power of two is binary ("32k" is 32,768): the field
  // holds it so, and the new length is read the same way
  const oldTokens = parseTokenCount(m.old);
  const near = (current: number, v: number) =>
    Math.abs(current - v) <= v * 1e-3;
  const fields = (Object.keys(previous) as Array<keyof IntentFields>).filter(
    f => {
      const current = previous[f];
      return (
        typeof current === 'number' &&
        (near(current, old) ||
          (TOKEN_FIELDS.has(f) && near(current, oldTokens)))
      );
    },
  );
  if (fields.length !== 1) return undefined;
  return {
    field: fields[0],
    value: TOKEN_FIELDS.has(fields[0]) ? parseTokenCount(m.new) : value,
    written: value,
    text: m.text,
  };
}

/** "change users -> 2.8k daily", "change the budget to $900 a month": the label and its new value. */
const CHANGE_LABEL_RE =
  /\bchange\s(?:the\s)?(?<label>[a-z][a-z_ -]{1,30}?)\s?(?:->|→|=>|\bto\b)\s?(?<value>(?:[^.;\n]|\.(?=\d))*\d(?:[^.;\n]|\.(?=\d))*)/i;

/**
 * The follow-up's labelled change as a labelled statement ("users: 2.8k daily") for the reader,
 * or undefined when it says none.
 */
export function labelledChange(text: string): string | undefined {
  const m = CHANGE_LABEL_RE.exec(text);
  if (!m?.groups) return undefined;
  if (/^(?:it|that|this)$/i.test(m.groups.label.trim())) return undefined;
  return `${m.groups.label.trim()}: ${m.groups.value.trim()}`;
}
