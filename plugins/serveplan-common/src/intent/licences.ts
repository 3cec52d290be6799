/**
 * Licences in a request, by name and by class. Names come from the kb's licences (each model's
 * `license.id` and `license.name`), so a licence added to the kb is recognised without a new
 * pattern: "Apache-licensed only" allows apache-2.0, "no Llama-licence models" excludes every model
 * under a Llama licence. Classes ("permissive", "community", "non-commercial") are a small table
 * of words, each tied to the kb fields that decide membership.
 */
import { ruledOut } from './constraintCues';
import { Clause, clauseAt } from './text';
import { compactName, IntentVocabulary, VocabularyModel } from './vocabulary';

export type LicenceClass = 'permissive' | 'restrictive' | 'non_commercial';

interface LicenceClassRow {
  /** Words naming the class (a regex source). */
  words: string;
  /** Whether a kb licence belongs to the class. */
  covers: (licence: VocabularyModel['license']) => boolean;
}

/**
 * The classes people name licences by.
 * - permissive: the Open Source Definition (https://opensource.org/osd) lets anyone use, change
 *   and redistribute for any purpose; the OSI-approved permissive licences (Apache-2.0, MIT) are
 *   the kb's category "permissive". "Open source" in a request means these (schema.ts).
 * - restrictive: licences written by a model's developer with use restrictions, an acceptable-use
 *   policy or a user cap (Llama Community License: 700M monthly users; Gemma Terms of Use:
 *   prohibited-use policy); the kb's category "community". Ruling them out leaves the permissive
 *   ones.
 * - non_commercial: research or non-commercial licences; the kb's `commercial_use: false` or
 *   category "research". Ruling them out requires commercial use.
 */
export const LICENCE_CLASSES: Record<LicenceClass, LicenceClassRow> = {
  permissive: {
    words:
      '\\bopen[\\s-]?source\\b|\\bopen(?:ly)?[\\s-]licen[cs](?:es?|ed)\\b|(?<![-\\w])oss\\b(?!-)|\\bosi[\\s-]approved\\b|\\bpermissive(?:ly)?(?:[\\s-]licen[cs]ed?|[\\s-]licen[cs]es?)?\\b|\\bfully open\\b|\\btruly open\\b|\\bfree software\\b',
    covers: l => l.category === 'permissive',
  },
  restrictive: {
    // the class word needs a licence noun: "community" or "custom" alone says nothing of licences
    words:
      '\\b(?:community|restrictive|restricted|custom|bespoke|proprietary|vendor|use[\\s-]restricted|source[\\s-]available)[\\s-](?:use\\s)?(?:licen[cs](?:es?|ed)|terms|agreements?)\\b',
    covers: l => l.category === 'community',
  },
  non_commercial: {
    words:
      '\\bnon[\\s-]?commercial\\b|\\bresearch[\\s-]only\\b|\\bresearch[\\s-]licen[cs]es?\\b',
    covers: l => !l.commercial_use || l.category === 'research',
  },
};

/** Where a class is named in `text`, with whether its clause rules it out. */
export function licenceClassMentions(
  text: string,
  clauses: Clause[],
  kind: LicenceClass,
): Array<{ at: number; ruledOut: boolean }> {
  const re = new RegExp(LICENCE_CLASSES[kind].words, 'g');
  return [...text.matchAll(re)].map(m => {
    const at = m.index ?? 0;
    const clause = clauseAt(clauses, at) ?? { text, start: 0 };
    const rel = at - clause.start;
    // "non-commercial" carries its own "non": the negation must stand before it
    return { at, ruledOut: ruledOut(clause.text, rel, m[0].length) };
  });
}

interface LicenceName {
  /** kb licence ids the name stands for ("llama" → llama3.1, llama3.2, llama3.3). */
  ids: Set<string>;
  /** True when the word also names models ("Llama", "Qwen"): it needs a licence word next to it. */
  alsoModels: boolean;
  /**
   * True when the name is a developer's ("Meta's licence"): it only rules its licence out ("no
   * models under Meta's licence"); said otherwise it is a topic ("a saga with Meta's licence").
   */
  byDeveloper?: boolean;
}

/** A licence noun right after a name: "Apache-licensed", "MIT licence", "the Gemma terms". */
const LICENCE_WORD_AFTER =
  /^(?:'s)?[\s-]?(?:community[\s-])?(?:licen[cs](?:es?|ed|ing)|terms(?: of use)?|agreement)\b/;
/** A licence frame right before a name: "licensed under Apache 2.0", "under the MIT licence". */
const LICENCE_FRAME_BEFORE =
  /\b(?:licen[cs]ed\s(?:under|as|with)|under|licen[cs]es?(?:\s(?:is|are|must be|like|such as))?:?)\s(?:the\s|an?\s)?(?:[\w.-]+(?:\sv?\d[\d.]*)?\s?(?:,|\/|\bor\b|\band\b)\s?(?:the\s)?)*$/;
/** A clause about licences: any licence name in it may be a licence without its own noun. */
const LICENCE_CLAUSE =
  /\blicen[cs]|\bterms\b|\bonly\b|\ballowed\b|\baccept(?:able|ed)?\b/;
/**
 * Licences spoken of earlier in the sentence: the names after it are their examples, in an
 * apposition or a parenthesis ("an open licence we can audit, Apache-2.0 or MIT", "open-source
 * licences only (Apache or MIT)", "licences must be permissive: BSD 3 or MIT"), where the clause
 * of the name itself has no licence word. A word that announces the examples may open the list
 * ("permissive licences, namely BSD or MIT", "open-source licences, specifically Apache 2.0 or
 * MIT"), or a dash ("keep it open source - BSD or MIT"). A name before the one read may carry its version after a space ("Apache 2.0"); the
 * version has no separator of its own, so the list stays linear.
 */
const LICENCE_EARLIER_IN_SENTENCE =
  /(?:\blicen[cs]\w*|\bopen[\s-]?source)\b[^.;!?\n\d]{0,40}(?:[,(:]|\s-)\s*(?:(?:specifically|namely|in particular|that is|i\.e\.|e\.g\.|such as|like|meaning|either|ideally|preferably)[,:]?\s)?(?:[\w.-]+(?:\sv?\d[\d.]*)?\s?(?:,|\/|\bor\b|\band\b)\s?)*$/;
/** A restriction later in the sentence: "..., nothing else", "..., and only those". */
const RESTRICTS_AFTER = /\bnothing else\b|\bonly\b|\bexclusively\b/;
/** A list that ends in a licence noun: "Apache, MIT or the Qwen licence" (commas split clauses). */
const LIST_TO_LICENCE =
  /^(?:\s*(?:,|\/|\bor\b|\band\b)\s*(?:the\s)?[\w.-]+(?:[\s-][\w.-]+)?)+?[\s-]?(?:licen[cs]|terms\b)/;

/**
 * A licence said to be not what a subject has: "the Gemma licence is not MIT", "it isn't
 * Apache". A copula denied right before the name, its subject a licence or a pronoun: a fact
 * about the subject's licence, neither a licence allowed nor one ruled out ("the licence must not
 * be MIT" is a requirement and rules MIT out).
 */
const COPULA_DENIED =
  /\b(?:is|are|was|were)(?:n'?t|\snot)\s(?:(?:an?|the|actually|really|technically|even|under)\s)*$/;
const LICENCE_SUBJECT =
  /\blicen[cs]e|\bterms\b|\b(?:it|that|which|this|they)\s$/;

/** Whether the licence name at the end of `before` (its clause up to the name) is only described. */
function describedAsNot(before: string): boolean {
  const copula = COPULA_DENIED.exec(before);
  return !!copula && LICENCE_SUBJECT.test(before.slice(0, copula.index ?? 0));
}

const NAMES_CACHE = new WeakMap<IntentVocabulary, Map<string, LicenceName>>();

/**
 * Names for each kb licence, by compact form: its id ("apache-2.0", "llama3.1"), the id without
 * its version ("llama"), the id with its major version alone when the rest is zeros ("apache2"), its name without the licence noun ("Apache 2.0", "Llama 3.1", "Gemma"),
 * that name's leading word ("apache", "mit") and the longer endings that start with a word
 * ("modified mit" of "Kimi K2.5 Modified MIT").
 */
export function licenceNames(
  vocabulary: IntentVocabulary,
): Map<string, LicenceName> {
  const cached = NAMES_CACHE.get(vocabulary);
  if (cached) return cached;
  const names = new Map<string, LicenceName>();
  const add = (name: string, id: string) => {
    const key = compactName(name);
    if (key.length < 3) return;
    const entry = names.get(key) ?? {
      ids: new Set<string>(),
      alsoModels:
        vocabulary.brands.has(key) ||
        vocabulary.families.has(key) ||
        vocabulary.modelNames.has(key),
    };
    entry.ids.add(id);
    names.set(key, entry);
  };
  for (const { license, family, developer } of vocabulary.models) {
    add(license.id, license.id);
    add(license.id.replace(/[\d.-]+$/, ''), license.id);
    // the major version alone, as people shorten "Apache 2.0": "Apache2", "apache-2"
    add(license.id.replace(/(?<=\d)(?:\.0)+$/, ''), license.id);
    const core = license.name
      .toLowerCase()
      .replace(/\(.*?\)/g, ' ')
      .replace(
        /\b(?:community\s)?(?:licen[cs]e|terms of use|terms|agreement)\b/g,
        ' ',
      )
      .trim();
    const words = core.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    add(core, license.id);
    add(words[0], license.id);
    // a developer's own licence named by the developer: "Meta's licence" is the Llama licence,
    // "Google's terms" the Gemma terms. Only a licence of its own (not a permissive one many
    // share) and only for the developer whose family the licence is named after: DeepSeek's Llama
    // distill is under Meta's licence, not DeepSeek's.
    if (
      license.category !== 'permissive' &&
      compactName(family).startsWith(compactName(words[0]))
    ) {
      for (const name of [developer, developer.split(/\s+/)[0]]) {
        const known = names.has(compactName(name));
        add(name, license.id);
        const entry = names.get(compactName(name));
        if (!known && entry) entry.byDeveloper = true;
      }
    }
    for (let i = 1; i < words.length - 1; i++)
      if (/^[a-z]/.test(words[i])) add(words.slice(i).join(' '), license.id);
  }
  NAMES_CACHE.set(vocabulary, names);
  return names;
}

/**
 * Whether every licence in `ids` is an open-source (OSI permissive) one in the kb: allowing only
 * such licences ("MIT or BSD licensed models only", "Apache-2.0 only") asks for open source
 * as plainly as the words do. A list with a community or research licence in it does not.
 */
export function onlyPermissiveLicences(
  ids: readonly string[],
  vocabulary: IntentVocabulary,
): boolean {
  return (
    ids.length > 0 &&
    ids.every(id =>
      vocabulary.models.some(
        ({ license }) =>
          license.id === id && LICENCE_CLASSES.permissive.covers(license),
      ),
    )
  );
}

/** Words and version numbers, with where they stand: "apache", "2.0", "llama3.1". */
const WORD = /[a-z][a-z0-9]*(?:\.\d+)*|v?\d+(?:\.\d+)*/g;
/** The longest name a licence may have, in words ("kimi k2.5 modified mit"). */
const MAX_NAME_WORDS = 4;

export interface LicenceNameReading {
  /** kb licence ids allowed ("Apache or MIT only"). */
  allowed: string[];
  /** kb models under a licence ruled out ("no Llama-licence models"). */
  excludedModels: string[];
  /** Where licence names were read, so the model-name reader leaves them alone. */
  spans: Array<[number, number]>;
}

/**
 * Licence names in `text`: a licence allowed unless its clause rules it out, in which case every
 * kb model under it is excluded. A name that also names models counts only with a licence noun
 * after it or a licence frame before it; other names also in a clause about licences.
 */
export function readLicenceNames(
  text: string,
  clauses: Clause[],
  vocabulary: IntentVocabulary,
): LicenceNameReading {
  const names = licenceNames(vocabulary);
  const reading: LicenceNameReading = {
    allowed: [],
    excludedModels: [],
    spans: [],
  };
  const words = [...text.matchAll(WORD)].map(m => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  for (let i = 0; i < words.length; i++) {
    // the longest run of words joined by spaces or hyphens that names a licence
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1];
      const written = text.slice(words[i].start, last.end);
      // one separator between word parts, never optional: "(?:[\s_-]?[\w.]+)*" would split a run of
      // letters in 2^n ways and backtrack exponentially before a comma or a double space
      if (n > 1 && !/^[\w.]+(?:[\s_-][\w.]+)*$/.test(written)) continue;
      const name = names.get(compactName(written));
      if (!name) continue;
      const at = words[i].start;
      const clause = clauseAt(clauses, at) ?? { text, start: 0 };
      const rel = at - clause.start;
      const after = clause.text.slice(last.end - clause.start);
      const noun = LICENCE_WORD_AFTER.exec(after);
      const framed = LICENCE_FRAME_BEFORE.test(clause.text.slice(0, rel));
      if (
        !noun &&
        !framed &&
        (name.alsoModels ||
          !(
            LICENCE_CLAUSE.test(clause.text) ||
            LICENCE_EARLIER_IN_SENTENCE.test(
              text
                .slice(Math.max(0, at - 80), at)
                .split(/[.!?](?=\s)|[;\n]/)
                .pop() ?? '',
            ) ||
            // "MIT or Apache, nothing else": the rest of the sentence, past a comma
            RESTRICTS_AFTER.test(text.slice(last.end).split(/[.;!?\n]/)[0]) ||
            LIST_TO_LICENCE.test(text.slice(last.end, last.end + 80))
          ))
      )
        break;
      const length = last.end - at + (noun ? noun[0].length : 0);
      reading.spans.push([at, at + length]);
      if (describedAsNot(clause.text.slice(0, rel))) {
        // "the Gemma licence is not MIT": nothing asked of MIT
      } else if (ruledOut(clause.text, rel, length)) {
        reading.excludedModels.push(
          ...vocabulary.models
            .filter(m => name.ids.has(m.license.id))
            .map(m => m.id),
        );
      } else if (!name.byDeveloper) reading.allowed.push(...name.ids);
      i += n - 1;
      break;
    }
  }
  return reading;
}
