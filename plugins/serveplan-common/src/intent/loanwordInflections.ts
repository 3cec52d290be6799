/**
 * International words with the endings of another language: "3500 tokenit" (Estonian, Finnish),
 * "200 tokenov" (Slovak, Slovene), "8k tokenų" (Lithuanian), "800 dollarit", "150 operatorių",
 * "45 developerů". Languages borrow these words whole and inflect them, so one rule reads them in
 * any language, including those no table of otherLanguages.ts covers. A word is read only as its
 * stem plus an ending English never writes: an ending with a letter English does not write
 * ("tokenų"), or one of a short list of endings of other languages ("-it", "-ov", "-ia"), never
 * "-s", "-ed", "-ize" ("tokenized" stays). Words that name people or things are read only after a
 * count ("45 developerů"), where they are counted; lengths and money are read anywhere.
 */

/** A loanword: its stem as a pattern, the English it is read as, and whether it needs a count. */
interface Loanword {
  stem: string;
  english: string;
  counted: boolean;
  /** The stem as written is itself foreign ("dolár"): it is read with no ending too. */
  bare?: boolean;
}

const LOANWORDS: Loanword[] = [
  { stem: 'token', english: 'tokens', counted: false },
  { stem: 'dollar', english: 'dollars', counted: false },
  {
    stem: 'dolar|dólar|dòlar|dolár|dollár|dóllar',
    english: 'dollars',
    counted: false,
    bare: true,
  },
  {
    stem: 'kontext|kontekst|contexto|contesto|konteksti',
    english: 'context',
    counted: false,
    bare: true,
  },
  { stem: 'developer', english: 'developers', counted: true },
  { stem: 'operaa?t[oó]r', english: 'operators', counted: true },
  { stem: 'agent', english: 'agents', counted: true },
  { stem: 'model', english: 'models', counted: true },
  { stem: 'dokument|document', english: 'documents', counted: true },
  { stem: 'prompt', english: 'prompts', counted: true },
  // uncounted, after the counted reading of the same stem: the task named with a foreign ending
  { stem: 'agent', english: 'agent', counted: false },
  { stem: 'chatbot', english: 'chatbot', counted: false },
  {
    stem: 'bud[žzż]et|budjet|biud[žz]et|büdzsé|bütçe',
    english: 'budget',
    counted: false,
    bare: true,
  },
  {
    stem: 'lat[eèé]n[cst]',
    english: 'latency',
    counted: false,
  },
  {
    // "kritická", "kritisk", "kritično", "kriittinen", "crítico", "kritikus" (never the English
    // stem "critic": "critical", "critics")
    stem: 'kriti[cčkš]|kriitti|crític',
    english: 'critical',
    counted: false,
  },
  {
    // "sumarizácia", "sumarizace", "summarizzazione", "sumarización" (not "summarize", "summarizer")
    stem: 'sumari[zs]|summari[zs]{1,2}',
    english: 'summarization',
    counted: false,
  },
];

/**
 * Endings of other languages written in English letters: Finnish and Estonian "-it", "-ia", "-ja",
 * "-ta", "-eita", "-in"; Slavic "-ov", "-ow", "-om", "-ami", "-ach", "-y", "-i", "-a", "-u";
 * Hungarian "-ok", "-ek", "-eket"; Romance "-e", "-i", "-o", "-os"; Romanian "-uri"; Baltic
 * "-ai", "-as", "-us". An ending with a letter English does not write is read too.
 */
const FOREIGN_ENDING =
  '(?:a|e|i|o|u|y|ia|ja|ta|it|in|ov|ow|om|ok|ek|en|ah|ai|as|os|us|ui|ami|ach|eja|eita|ista|iin|uri|eket|ien|ima|ovi|ove|ova|ovia|eista)';
const ENDING = `(?:${FOREIGN_ENDING}|\\p{L}{0,3}[^\\p{ASCII}\\P{L}]\\p{L}{0,3})`;
/**
 * Longer endings of a task or quality word: "latencia", "latenza", "latencja", "latenssi",
 * "sumarizace", "summarizzazione", "sumarización"; never an English one ("latency", "latent",
 * "summarize", "summarized", "summarizer", "summarization").
 */
const WORD_ENDING =
  '(?!(?:y|ies|ly|e|es|ed|er|ers|ing|ation|ations|able)(?![\\p{L}\\d]))\\p{L}{1,8}';
/** A count right before a word: "45 ", "1,200 ", "3k ", "~150 ". */
const COUNT_BEFORE = '(?<=\\d[\\d.,]*\\s?[km]?\\s)';

/** Stems read with any ending but an English one (WORD_ENDING). */
const LONG_ENDING_STEMS = new Set([
  'lat[eèé]n[cst]',
  'kriti[cčkš]|kriitti|crític',
  'sumari[zs]|summari[zs]{1,2}',
]);

const LOANWORD_RES = LOANWORDS.map(w => ({
  ...w,
  re: new RegExp(
    `${w.counted ? COUNT_BEFORE : ''}(?<![\\p{L}\\d])(?:${w.stem})(?:${
      LONG_ENDING_STEMS.has(w.stem) ? WORD_ENDING : ENDING
    }${w.bare ? '?' : ''})(?![\\p{L}\\d])`,
    'giu',
  ),
}));

/** Reads the inflected loanwords of `text` in English, with what was read. */
export function readInflectedLoanwords(text: string): {
  text: string;
  readings: Array<{ from: string; to: string }>;
} {
  const readings: Array<{ from: string; to: string }> = [];
  let out = text;
  for (const { re, english } of LOANWORD_RES)
    out = out.replace(re, (match: string) => {
      if (match.toLowerCase() === english) return match;
      readings.push({ from: match, to: english });
      return english;
    });
  return { text: out, readings };
}
