/**
 * Text helpers of the intent engine: cleaning hostile input, fixing typos in the words the rules
 * look for, and splitting a request into clauses so a cue ("no", "only", "peak") applies to the
 * mentions next to it and not to the whole request.
 */

/** Longest request the engine reads, in characters. */
export const MAX_REQUEST_CHARS = 10_000;

/**
 * Folds what a person would not see as different: control characters, smart quotes, non-breaking
 * and zero-width spaces, "≤"; lowercases. Keeps the length of every character so offsets hold.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\p{Cc}/gu, c =>
      c === '\n' || c === '\t' || c === '\r' ? c : ' ',
    )
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u2264/g, '<=')
    .replace(/\u2265/g, '>=')
    .replace(/\u00d7/g, 'x')
    .replace(/\bup ?to\b/gi, 'up to')
    .replace(/\b(?:over)?nite(ly)?\b/gi, w =>
      /^over/i.test(w) ? 'overnight' : w.replace(/nite/i, 'night'),
    )
    .replace(/\bthru\b/gi, 'through')
    .toLowerCase();
}

/**
 * Optimal string alignment distance: Levenshtein plus transpositions of neighbours, so "chatbto"
 * is one edit from "chatbot".
 */
export function osaDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 2) return Math.abs(m - n);
  let prev2: number[] = new Array(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/**
 * English words one or two edits from a keyword that must stay as written ("analysts" is not
 * "analysis", "fifth" is not "fifty"): every word of Debian's wamerican list within the
 * correction distance of a keyword, computed once when the keywords were written.
 */
const NOT_TYPOS = new Set([
  'agency',
  'agent',
  'agents',
  'analyst',
  'analysts',
  'apace',
  'assistance',
  'assisting',
  'batched',
  'batches',
  'bazillion',
  'bellow',
  'botch',
  'budged',
  'budges',
  'budgets',
  'bullion',
  'cabling',
  'calking',
  'callusing',
  'calming',
  'calving',
  'carolling',
  'cavilling',
  'chatter',
  'cheapen',
  'cheapness',
  'cheater',
  'codes',
  'coding',
  'compaction',
  'compete',
  'compilation',
  'compilations',
  'complete',
  'completing',
  'complexion',
  'complexions',
  'concurred',
  'concurrence',
  'concurrences',
  'concurring',
  'consent',
  'constricts',
  'constructs',
  'contact',
  'contacts',
  'contend',
  'content',
  'contents',
  'contest',
  'context',
  'contexts',
  'continent',
  'contracted',
  'contractor',
  'contractors',
  'contradicts',
  'contrails',
  'contralto',
  'contraltos',
  'contrasts',
  'convent',
  'conversations',
  'costly',
  'costs',
  'counteracts',
  'culling',
  'customary',
  'dairy',
  'daisy',
  'dally',
  'descriptors',
  'developed',
  'doily',
  'drily',
  'eighth',
  'eights',
  'employers',
  'employes',
  'engenders',
  'engineered',
  'excessive',
  'expansive',
  'explosive',
  'expressive',
  'extensive',
  'fifth',
  'foray',
  'forte',
  'forth',
  'forts',
  'generating',
  'generative',
  'generator',
  'grounder',
  'grounders',
  'importance',
  'importing',
  'importune',
  'later',
  'latest',
  'latter',
  'marveling',
  'masters',
  'mattes',
  'minuet',
  'minuets',
  'minuses',
  'modals',
  'modems',
  'modes',
  'motels',
  'mullion',
  'mutters',
  'nicety',
  'nighty',
  'oversight',
  'oversights',
  'overweight',
  'paged',
  'pages',
  'peaks',
  'percentage',
  'perceptible',
  'perceptive',
  'permissible',
  'permission',
  'possibly',
  'posts',
  'produce',
  'qualify',
  'quantity',
  'queried',
  'questioned',
  'questioner',
  'questioners',
  'quick',
  'quite',
  'reprieve',
  'reprieved',
  'reprieves',
  'responded',
  'responsive',
  'retrievable',
  'sappy',
  'seventh',
  'sixth',
  'snippy',
  'submarine',
  'submarines',
  'summarily',
  'summary',
  'summery',
  'thirsty',
  'throughout',
  'token',
  'tokens',
  'tokes',
  'trained',
  'training',
  'transaction',
  'transactions',
  'transcribes',
  'transition',
  'transitions',
  'translated',
  'translating',
  'translator',
  'translators',
  'transmute',
  'udder',
  'users',
  'ushers',
  'widow',
  'winnow',
]);

/** A word replaced by the keyword it was a typo of. */
export interface TypoCorrection {
  from: string;
  to: string;
}

/**
 * Replaces words one edit (two for words of nine letters or more) from a keyword by that
 * keyword. Only words of five letters or more that start with the keyword's letter and are not
 * keywords or listed common words themselves, so ordinary English stays as written.
 */
export function correctTypos(
  text: string,
  keywords: readonly string[],
  protectedWords: readonly string[] = [],
): { text: string; corrections: TypoCorrection[] } {
  const known = new Set([...keywords, ...protectedWords]);
  const byFirst = new Map<string, string[]>();
  for (const k of keywords) {
    if (k.length < 5) continue;
    const list = byFirst.get(k[0]) ?? [];
    list.push(k);
    byFirst.set(k[0], list);
  }
  const corrections: TypoCorrection[] = [];
  const out = text.replace(/[a-z]{5,}/g, word => {
    if (known.has(word) || NOT_TYPOS.has(word)) return word;
    // an inflection of a keyword ("generated", "summarized") is not a typo
    if (
      keywords.some(
        k => k.length >= 5 && (word.startsWith(k) || k.startsWith(word)),
      )
    )
      return word;
    const limit = word.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestD = limit + 1;
    for (const k of byFirst.get(word[0]) ?? []) {
      if (Math.abs(k.length - word.length) > limit) continue;
      const d = osaDistance(word, k);
      if (d < bestD) {
        best = k;
        bestD = d;
      }
    }
    if (best && bestD <= limit) {
      corrections.push({ from: word, to: best });
      return best;
    }
    return word;
  });
  return { text: out, corrections };
}

/** A clause of the request and where it starts. */
export interface Clause {
  text: string;
  start: number;
}

/**
 * Splits at sentence ends, semicolons, commas, dashes, parentheses and "but", keeping decimals
 * ("3.1") and abbreviations ("e.g.") whole. Cues act within a clause.
 */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const re =
    /(?:[.!?](?=\s|$)|[;:()\n]|,(?!\d)|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b)+/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const idx = m.index ?? 0;
    // keep "p95: 300ms" and "users: 5000" together: a colon after a short label is not a break
    if (
      m[0] === ':' &&
      /(?:^|\s)[a-z0-9 ]{1,20}$/.test(text.slice(last, idx)) &&
      text.slice(last, idx).trim().split(/\s+/).length <= 3
    )
      continue;
    if (idx > last) clauses.push({ text: text.slice(last, idx), start: last });
    last = idx + m[0].length;
  }
  if (last < text.length) clauses.push({ text: text.slice(last), start: last });
  return clauses.filter(c => c.text.trim().length > 0);
}

/** The clause that contains offset `at`. */
export function clauseAt(clauses: Clause[], at: number): Clause | undefined {
  return clauses.find(c => at >= c.start && at < c.start + c.text.length);
}

/** Words that turn what follows in the clause into an exclusion ("no", "avoid", "not from"). */
export const NEGATION_SOURCE =
  "\\b(?:no(?!\\s+(?:more|less|later|longer|fewer|than|need|problem|rush|hurry|matter))|not(?!\\s+(?:more|less|only|sure|just|really\\s+sure))|never|without|avoid(?:ing)?|exclud(?:e|ing)|except|other than|anything but|ban(?:ned)?|don'?t (?:want|use|like|allow)|do not (?:want|use|allow)|can'?t (?:use|have|run|take on|accept|allow)|cannot (?:use|have|run|take on|accept|allow)|must ?n[o']t|mustn't|nothing (?:from|under|by)|none of|skip|drop|instead of|rather than|non)\\b";

const NEGATION = new RegExp(NEGATION_SOURCE, 'g');

/** Offsets (in the clause) where negations start. */
export function negationOffsets(clause: string): number[] {
  return [...clause.matchAll(NEGATION)].map(m => m.index ?? 0);
}

const POSITIVE_AFTER_NEGATION =
  /\b(?:prefer\w*|use|using|want|like|go with|allow(?:ed)?|only|ideally|but|is fine|are fine|ok(?:ay)?)\b/;

/** True when a negation stands before `offset` within `window` characters of the same clause. */
export function negatedBefore(
  clause: string,
  offset: number,
  window = 40,
): boolean {
  const before = clause.slice(Math.max(0, offset - window), offset);
  const negations = [...before.matchAll(NEGATION)];
  if (negations.length === 0) return false;
  const last = negations[negations.length - 1];
  // "no Llama and we prefer Qwen": a positive verb after the negation starts a new thought
  const after = before.slice((last.index ?? 0) + last[0].length);
  return !POSITIVE_AFTER_NEGATION.test(after);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
