/**
 * A number corrected by its writer in the same message: "we're about 300 engineers — sorry,
 * 220", "40 GPUs, no wait, 32", "5k users, I mean 4k". The number said after the correcting word
 * replaces the one before it, with the noun of the first ("220 engineers"). A bare "no" is no such
 * word: in Spanish and Italian "5 mil, no 3 mil" says the first is right. The words are
 * rewritten in place, padded with spaces so every later offset stays where it was.
 */
import { NUMBER_SOURCE as N } from './numbers';

const SELF_CORRECTION_RE = new RegExp(
  `(?<old>${N})(?<noun>(?:\\s[a-z][a-z-]*){0,2}?)\\s*(?:,|;|[-–—]+|\\.\\.\\.)\\s*(?:sorry|no wait|oops|i mean|correction|wait|scratch that|make that)[,:]?\\s(?:(?:it'?s|it\\sis|we'?re|we\\sare|more\\slike|closer\\sto|actually|about|around|roughly|~)\\s?)*(?<new>${N})(?![\\w.,]?\\d)(?!\\w)`,
  'gi',
);

export interface SelfCorrection {
  text: string;
  /** What was corrected, as written and as read. */
  corrections: Array<{ from: string; to: string }>;
}

/** The text with each number its writer corrected replaced by the correction (see the header). */
export function readSelfCorrections(text: string): SelfCorrection {
  const corrections: SelfCorrection['corrections'] = [];
  const out = text.replace(
    SELF_CORRECTION_RE,
    (whole: string, ...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string>;
      if (groups.old === groups.new) return whole;
      const to = `${groups.new}${groups.noun}`;
      corrections.push({ from: whole.trim(), to: to.trim() });
      return to.padEnd(whole.length, ' ');
    },
  );
  return { text: out, corrections };
}
