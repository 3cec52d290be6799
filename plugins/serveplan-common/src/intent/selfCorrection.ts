/**
 * A number corrected by its writer in the same message: "we're about 300 engineers — sorry,
 * 220", "40 GPUs, no wait, 32", "5k users, I mean 4k", "I was thinking 16k context, but ... let's
 * say 32k to be safe", "3,000 weekly actives. Maybe think of it as 1,100 daily actives". The number said after the correcting word
 * replaces the one before it, with the noun of the first ("220 engineers"). A bare "no" is no such
 * word: in Spanish and Italian "5 mil, no 3 mil" says the first is right. The words are
 * rewritten in place, padded with spaces so every later offset stays where it was.
 */
import { dotThousands, NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { escapeRegExp } from './text';

/**
 * "no" as a correcting word only with a restating word after it: "15 reports each - no, more like
 * 10", "about 40 - no, closer to 30" (a bare "no" is no correction: see the header).
 */
const NO_THEN_RESTATED = `no(?=[,:]?\\s(?:more\\slike|closer\\sto|make\\s(?:it|that)|rather)\\b)`;
/**
 * "actually" settling on a new number: "$1.5k a month, hmm, actually let's say $1,200", "20 GPUs,
 * actually make that 16" (a hesitation word may come first).
 */
const ACTUALLY_THEN_SETTLED = `(?:(?:hmm+|um+|uh+|well)[,.]?\\s)?actually(?=[,:]?\\s(?:let'?s\\ssay|make\\s(?:it|that)|more\\slike|closer\\sto)\\b)`;
/**
 * A sentence ending before "wait" (a hesitation word may come first): "10 contracts a day. Oh
 * wait, more like 5". Only "wait" crosses a sentence: "300 users. Sorry, 20 of them are admins"
 * corrects nothing.
 */
const STOP_BEFORE_WAIT = `[.!](?=\\s(?:(?:oh|ah|hmm+|um+|uh+),?\\s)?(?:no\\s)?wait\\b)\\s(?:(?:oh|ah|hmm+|um+|uh+),?)?`;
/** A currency sign before the corrected amount: "$1.5k, sorry, $1.2k". */
const CURRENCY_SIGN = '(?:[$€£]\\s?)?';

const SELF_CORRECTION_RE = new RegExp(
  `(?<old>${N})(?<noun>(?:\\s[a-z][a-z-]*){0,4}?)\\s*(?:,|;|[-–—]+|\\.\\.\\.|${STOP_BEFORE_WAIT})\\s*(?:sorry|no wait|oops|i mean|correction|wait|scratch that|make that|more like|closer to|${NO_THEN_RESTATED}|${ACTUALLY_THEN_SETTLED})[,:]?\\s(?:no[,:]?\\s)?(?:(?:it'?s|it\\sis|we'?re|we\\sare|more\\slike|closer\\sto|actually|let'?s\\ssay|make\\s(?:it|that)|about|around|roughly|~)\\s?)*${CURRENCY_SIGN}(?<new>${N})(?![\\w.,]?\\d)(?!\\w)`,
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

/**
 * A number taken back a few words later, with a word of correcting and a word of restating
 * before the new one: "600k messages a month - actually, no, that was last year's number, it's
 * closer to 750k", "3.5 million requests (actually no, it's closer to 4.2 million once you
 * include dental)", "2.000 pounds... sorry, finance works in dollars, it is 2,600". The new
 * number must be of the same size (within ten times).
 */
const TAKEN_BACK_RE = new RegExp(
  `(?<old>${N})(?<noun>[^.!?(]{0,60}?)\\s*(?:,|;|[-–—]+|\\.\\.\\.|\\()\\s*(?:actually,?\\s(?:no|wait)|no,?\\s(?:wait|actually)|on second thought|i just checked|correction|sorry)\\b[^\\d.!?]{0,80}?\\b(?:closer to|more like|it'?s|it is|really|make (?:it|that))\\s(?:(?:about|around|roughly|~)\\s?)*(?<new>${N})(?![\\w.,]?\\d)(?!\\w)`,
  'gi',
);

/**
 * A number its writer said before and now settles against: "I said 150 users a day in the
 * meeting, but the dashboard says closer to 220 daily actives, so go with 220". "I said" (or
 * "I told them", "I wrote", "I guessed") marks the first as the one given up; no sentence ends
 * between.
 */
const SAID_THEN_SETTLED_RE = new RegExp(
  `\\bi\\s(?:said|wrote|told\\s[a-z]+|mentioned|guessed|estimated|quoted)\\s(?:(?:about|around|roughly|maybe)\\s|~\\s?)?(?<old>${N})(?<between>[^.!?]{0,160}?\\b(?:so\\s)?(?:(?:let'?s\\s)?go with|let'?s\\ssay|use|call it|make it)\\s)(?<new>${N})(?![\\w.,]?\\d)(?!\\w)`,
  'gi',
);

/**
 * An amount of money settled on later in its sentence, in another currency or rounded: "4
 * thousand euro per month but in dollars it is a little more, so let's say 4,500 dollars". Both
 * amounts must say money.
 */
const MONEY_WORD = '(?:dollars?|usd|us\\$|\\$|euros?|eur|€|pounds?|gbp|£)';
/**
 * A currency and a period said right after an amount, a whole amount of its own: "4500 dollar
 * per month", "2,600 USD a month", "30k dollars yearly".
 */
const MONEY_AFTER = new RegExp(
  `^\\s?${MONEY_WORD}(?![a-z])\\s?(?:(?:per|a|an|each|every|/)\\s?(?:month|mo|year|yr|quarter|week|day)\\b|monthly|yearly|annually|per annum)`,
  'i',
);
const MONEY_SETTLED_RE = new RegExp(
  `(?<old>${N})(?<noun>\\s?${MONEY_WORD})(?<between>[^.!?\\d]{0,100}?\\b(?:so\\s)?(?:let'?s\\ssay|call it|make it|round(?:ed)? (?:it )?(?:up )?to)\\s)(?<new>${N})(?=\\s?${MONEY_WORD})`,
  'gi',
);

/**
 * A size to plan for said against one given before: "~25 paralegals today, but the team grows to
 * 40 in Q2, so size for 40, not 25", "plan for 3,000 seats rather than 2,000". The earlier number
 * (the last place it was said before) becomes the one to plan for.
 */
const PLAN_FOR_NOT_RE = new RegExp(
  `\\b(?:size|sized|plan|build|design|provision|dimension)\\s(?:(?:it|this|everything|the\\s(?:service|deployment|cluster))\\s)?for\\s(?<new>${N})(?:\\s[a-z][a-z-]*)?,?\\s(?:not|rather\\sthan|instead\\sof)\\s(?<old>${N})(?![\\w.,]?\\d)(?!\\w)`,
  'gi',
);

/** `text` with the number `old` said last before `before` replaced by `next`, when it fits. */
function replaceEarlier(
  text: string,
  old: string,
  next: string,
  before: number,
): string | undefined {
  const fit = next.length > old.length ? next.replace(/,/g, '') : next;
  if (fit.length > old.length) return undefined;
  const escaped = escapeRegExp(old);
  const earlier = [
    ...text
      .slice(0, before)
      .matchAll(
        new RegExp(`(?<![\\w.,])${escaped}(?![\\w.,]?\\d)(?!\\w)`, 'g'),
      ),
  ].pop();
  if (earlier?.index === undefined) return undefined;
  const at = earlier.index;
  return `${text.slice(0, at)}${fit.padEnd(old.length, ' ')}${text.slice(
    at + old.length,
  )}`;
}

/**
 * `whole` with its first number `old` replaced by `next` and the `next` said at `nextAt` blanked,
 * at the same length; undefined when the new number does not fit where the old one stood.
 */
function swapNumbers(
  whole: string,
  old: string,
  next: string,
  nextAt: number,
): string | undefined {
  const fit = next.length > old.length ? next.replace(/,/g, '') : next;
  if (fit.length > old.length) return undefined;
  const start = whole.indexOf(old);
  // the spaces that make up the length go after the blanked number, not between the new number
  // and its noun
  return `${fit}${whole.slice(start + old.length, nextAt)}${' '.repeat(
    next.length + old.length - fit.length,
  )}${whole.slice(nextAt + next.length)}`;
}

/**
 * Whether a correction's new number is of the size of the one it replaces (within ten times). A
 * correction to zero passes, for the reader of its field to reject ("closer to 0 users").
 */
const sameSize = (a: number, b: number) =>
  a > 0 && (b === 0 || (b > 0 && Math.max(a, b) / Math.min(a, b) <= 10));

/**
 * Whether the new number is of the old one's size, the old one read either way when a dot stands
 * before three digits ("4.000 euro ... it is 4500 dollars": 4,000 in much of Europe).
 */
const newOfOldSize = (old: string, next: string) =>
  sameSize(parseNumberToken(old), parseNumberToken(next)) ||
  sameSize(dotThousands(old) ?? NaN, parseNumberToken(next));

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
  const later = [TAKEN_BACK_RE, SAID_THEN_SETTLED_RE, MONEY_SETTLED_RE].reduce(
    (sofar, re) =>
      sofar.replace(re, (whole: string, ...args: unknown[]) => {
        const g = args[args.length - 1] as Record<string, string>;
        if (!newOfOldSize(g.old, g.new)) return whole;
        const lead = whole.indexOf(g.old);
        const full = args[args.length - 2] as string;
        const after = full.slice(
          (args[args.length - 3] as number) + whole.length,
        );
        // an amount restated whole, with its own currency and period ("... it is 4500 dollar per
        // month"), is read where it stands, with its own words; the one taken back is blanked
        const swapped = MONEY_AFTER.test(after)
          ? `${' '.repeat(g.old.length)}${whole.slice(lead + g.old.length)}`
          : swapNumbers(
              whole.slice(lead),
              g.old,
              g.new,
              whole.lastIndexOf(g.new) - lead,
            );
        if (swapped === undefined) return whole;
        corrections.push({ from: g.old.trim(), to: g.new.trim() });
        return `${whole.slice(0, lead)}${swapped}`;
      }),
    restated,
  );
  let planned = later;
  for (const m of later.matchAll(PLAN_FOR_NOT_RE)) {
    const g = m.groups!;
    if (!sameSize(parseNumberToken(g.old), parseNumberToken(g.new))) continue;
    const replaced = replaceEarlier(planned, g.old, g.new, m.index ?? 0);
    if (replaced === undefined) continue;
    corrections.push({ from: g.old, to: g.new });
    planned = replaced;
  }
  return { text: planned, corrections };
}
