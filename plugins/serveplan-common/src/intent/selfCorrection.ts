/**
 * A number corrected by its writer in the same message: "we're about 300 engineers — sorry,
 * 220", "40 GPUs, no wait, 32", "5k users, I mean 4k", "I was thinking 16k context, but ... let's
 * say 32k to be safe", "3,000 weekly actives. Maybe think of it as 1,100 daily actives". The number said after the correcting word
 * replaces the one before it, with the noun of the first ("220 engineers"). A bare "no" is no such
 * word: in Spanish and Italian "5 mil, no 3 mil" says the first is right. The words are
 * rewritten in place, padded with spaces so every later offset stays where it was.
 */
import { NUMBER_SOURCE as N } from './numbers';

const SELF_CORRECTION_RE = new RegExp(
  `(?<old>${N})(?<noun>(?:\\s[a-z][a-z-]*){0,2}?)\\s*(?:,|;|[-–—]+|\\.\\.\\.)\\s*(?:sorry|no wait|oops|i mean|correction|wait|scratch that|make that)[,:]?\\s(?:(?:it'?s|it\\sis|we'?re|we\\sare|more\\slike|closer\\sto|actually|about|around|roughly|~)\\s?)*(?<new>${N})(?![\\w.,]?\\d)(?!\\w)`,
  'gi',
);

/**
 * A number put forward, then settled on another later in the sentence: "I was thinking 16k
 * context, but some charts are monsters, so let's say 32k to be safe". No other number between.
 */
const TENTATIVE_THEN_SETTLED_RE = new RegExp(
  `\\b(?:was|were|had been)\\sthinking\\s(?:(?:of|about|maybe|something like|around)\\s)?(?<old>${N})(?<noun>(?:\\s[a-z][a-z-]*){0,2}?)(?=[\\s,])(?<between>[^.!?\\d]{0,100}?\\b(?:let'?s\\ssay|make\\sit|call\\sit|better\\smake\\sit)\\s)(?<new>${N})(?![\\w.,]?\\d)(?!\\w)`,
  'gi',
);

/**
 * A count said again another way, the writer settling on the second: "roughly 3,000 weekly
 * actives right now. Hmm, maybe think of it as ~1,100 daily actives". The first count, with its
 * noun, is left out (blanked).
 */
const RESTATED_AS_RE = new RegExp(
  `(?<old>${N})(?<noun>(?:\\s[a-z][a-z-]*){1,2})(?=[^.!?;\\d]{0,40}[.!?;]?\\s[^\\d.!?]{0,30}?\\b(?:think of (?:it|them) as|treat (?:it|them) as|count (?:it|them) as)\\s(?:(?:about|around|roughly|maybe)\\s|~\\s?)?\\d)`,
  'gi',
);

export interface SelfCorrection {
  text: string;
  /** What was corrected, as written and as read ("" when it was left out for a later count). */
  corrections: Array<{ from: string; to: string }>;
}

/** The text with each number its writer corrected replaced by the correction (see the header). */
export function readSelfCorrections(text: string): SelfCorrection {
  const corrections: SelfCorrection['corrections'] = [];
  const out = text.replace(
    SELF_CORRECTION_RE,
    (whole: string, ...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string>;
      const to = `${groups.new}${groups.noun}`;
      if (groups.old === groups.new || to.length > whole.length) return whole;
      corrections.push({ from: whole.trim(), to: to.trim() });
      return to.padEnd(whole.length, ' ');
    },
  );
  const settled = out.replace(
    TENTATIVE_THEN_SETTLED_RE,
    (whole: string, ...args: unknown[]) => {
      const g = args[args.length - 1] as Record<string, string>;
      if (g.old === g.new) return whole;
      const lead = whole.slice(0, whole.indexOf(g.old));
      corrections.push({
        from: `${g.old}${g.noun}`.trim(),
        to: `${g.new}${g.noun}`.trim(),
      });
      // the settled number moves to where the first stood, with its noun; its own place is
      // left blank, so the text keeps its length and every offset after it
      return `${lead}${g.new}${g.noun}${g.between}${' '.repeat(g.old.length)}`;
    },
  );
  const restated = settled.replace(RESTATED_AS_RE, (whole: string) => {
    corrections.push({ from: whole.trim(), to: '' });
    return ' '.repeat(whole.length);
  });
  return { text: restated, corrections };
}
