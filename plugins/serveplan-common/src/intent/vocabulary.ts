/**
 * The names the intent engine recognises for models and GPUs, taken from the knowledge base
 * (ids, aliases, families, developers, vendors, architectures), and the finder that spots them in
 * a request ("Llama 3.1 70B", "qwen3-32b", "H100s", "A100 80GB", "no Llama models", "nvidia only").
 */
import { distance } from 'fastest-levenshtein';
import { closestNames } from '../kb/names';
import { GpuSpec, KnowledgeBase, ModelSpec } from '../kb/schema';

/** What the engine needs from the kb: models and GPUs, and prices for sanity checks if present. */
export type IntentKnowledge = Pick<KnowledgeBase, 'models' | 'gpus'> &
  Partial<Pick<KnowledgeBase, 'prices'>>;

/** Folds a name to letters and digits: "Llama 3.1 8B" and "llama-3.1-8b" both → "llama318b". */
export function compactName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface VocabularyModel {
  id: string;
  /** The short name people use, e.g. Llama-3.1-70B-Instruct. */
  shortName: string;
  family: string;
  /** Who released it, as the kb writes it ("Alibaba Qwen", "Meta"). */
  developer: string;
  /** ISO 3166-1 alpha-2 country of the developer's headquarters, from the kb ("CN", "US", "FR"). */
  developerCountry: string;
  license: {
    id: string;
    name: string;
    category: string;
    commercial_use: boolean;
  };
  maxContext: number;
}

export interface IntentVocabulary {
  models: VocabularyModel[];
  gpus: Array<{ id: string; vendor: string; architecture: string }>;
  /** compact name → model id */
  modelNames: Map<string, string>;
  /** compact family ("llama31", "qwen3") → model ids */
  families: Map<string, string[]>;
  /** compact brand or developer ("llama", "qwen", "google", "mistral") → model ids */
  brands: Map<string, string[]>;
  /** compact GPU name → GPU id */
  gpuNames: Map<string, string>;
  /** compact vendor or architecture ("nvidia", "hopper") → GPU ids */
  gpuGroups: Map<string, string[]>;
  /** every model name and alias, for suggestions */
  allModelNames: string[];
  /** cheapest GPU-month in the kb's prices, for budget sanity checks */
  cheapestGpuMonth?: { gpu: string; usd: number };
  /** the longest context of any model */
  maxContext: number;
}

const VOCABULARY_CACHE = new WeakMap<object, IntentVocabulary>();

function add<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

function stripVersion(family: string): string {
  return family.replace(/[-_]?\d+(?:\.\d+)*$/, '');
}

function modelNamesOf(m: ModelSpec): string[] {
  const short = m.id.split('/')[1];
  return [
    m.id,
    short,
    m.name,
    ...m.aliases,
    ...m.aliases.map(a => a.split('/').pop() ?? a),
  ];
}

function gpuNamesOf(g: GpuSpec): string[] {
  return [g.id, ...g.aliases];
}

/** Builds (and caches per kb object) the names the engine recognises. */
export function intentVocabulary(kb: IntentKnowledge): IntentVocabulary {
  const cached = VOCABULARY_CACHE.get(kb);
  if (cached) return cached;
  const modelNames = new Map<string, string>();
  const families = new Map<string, string[]>();
  const brands = new Map<string, string[]>();
  for (const m of kb.models) {
    for (const n of modelNamesOf(m)) {
      const c = compactName(n);
      if (c && !modelNames.has(c)) modelNames.set(c, m.id);
    }
    add(families, compactName(m.family), m.id);
    add(brands, compactName(stripVersion(m.family)), m.id);
    // the leading word of the family: "kimi" of kimi-k2, "deepseek" of deepseek-r1-distill
    add(brands, m.family.toLowerCase().split(/[^a-z]/)[0], m.id);
    add(brands, compactName(m.developer.split(/\s+/)[0]), m.id);
    add(brands, compactName(m.developer), m.id);
  }
  // a brand word covers every model with it in its name: "no Llama" includes Llama distills
  for (const brand of [...brands.keys()]) {
    if (brand.length < 4) continue;
    for (const m of kb.models) {
      if (compactName(m.id.split('/')[1]).includes(brand))
        add(brands, brand, m.id);
    }
  }
  const gpuNames = new Map<string, string>();
  const gpuGroups = new Map<string, string[]>();
  for (const g of kb.gpus) {
    for (const n of gpuNamesOf(g)) {
      const c = compactName(n);
      if (c && !gpuNames.has(c)) gpuNames.set(c, g.id);
    }
    add(gpuGroups, compactName(g.vendor), g.id);
    add(gpuGroups, compactName(g.architecture), g.id);
    for (const part of g.architecture.split('-'))
      add(gpuGroups, compactName(part), g.id);
  }
  let cheapestGpuMonth: IntentVocabulary['cheapestGpuMonth'];
  for (const p of kb.prices ?? []) {
    const usd = p.usd_per_gpu_hour * 730;
    if (!cheapestGpuMonth || usd < cheapestGpuMonth.usd)
      cheapestGpuMonth = { gpu: p.gpu, usd };
  }
  const vocabulary: IntentVocabulary = {
    models: kb.models.map(m => ({
      id: m.id,
      shortName: m.id.split('/')[1],
      family: m.family,
      developer: m.developer,
      developerCountry: m.developer_country.code,
      license: {
        id: m.license.id,
        name: m.license.name,
        category: m.license.category,
        commercial_use: m.license.commercial_use,
      },
      maxContext: m.architecture.max_context,
    })),
    gpus: kb.gpus.map(g => ({
      id: g.id,
      vendor: g.vendor,
      architecture: g.architecture,
    })),
    modelNames,
    families,
    brands,
    gpuNames,
    gpuGroups,
    allModelNames: kb.models.flatMap(m => [m.id.split('/')[1], ...m.aliases]),
    cheapestGpuMonth,
    maxContext: Math.max(0, ...kb.models.map(m => m.architecture.max_context)),
  };
  VOCABULARY_CACHE.set(kb, vocabulary);
  return vocabulary;
}

/**
 * Every kb GPU of the model a name written without its variant stands for: "A100" or "A100s" is
 * the A100 40GB, the 80GB PCIe and the 80GB SXM (the ids whose first part is "A100"). Undefined
 * when the name carries a variant ("A100 80GB", "H100 PCIe") or the model has one kb GPU ("L40S").
 * The kb's alias picks one variant for a bare name, which is right for the GPU one runs on; "no
 * A100s" rules out all of them.
 */
export function gpuModelVariants(
  written: string,
  vocabulary: IntentVocabulary,
): string[] | undefined {
  // "NVIDIA A100s": the vendor's name before the model's is no variant
  const vendor = vocabulary.gpus
    .map(g => compactName(g.vendor))
    .find(v => compactName(written).startsWith(v));
  const name = compactName(written).slice(vendor?.length ?? 0);
  const names = name.endsWith('s') ? [name, name.slice(0, -1)] : [name];
  const ids = vocabulary.gpus
    .filter(g => names.includes(compactName(g.id.split('-')[0])))
    .map(g => g.id);
  return ids.length > 1 ? ids : undefined;
}

export type MentionKind =
  | 'model'
  | 'model_group'
  | 'gpu'
  | 'gpu_group'
  | 'unknown_model';

/** A model or GPU named in the text. */
export interface NameMention {
  kind: MentionKind;
  ids: string[];
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** For unknown_model: the closest kb names. */
  suggestions?: string[];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * A count joined to a name by "x": "8xh100", "8×h100", "4 xa100s". The "x" becomes a space (same
 * length, so offsets hold) and the count and the GPU are read as in "8 x h100". Only before
 * letters then a digit, so "8x7b" (a model size) and "p4d.24xlarge" stay whole.
 */
const COUNT_TIMES_NAME = /(?<![\w.])(\d{1,5}\s?)[x×](?=[a-z]+\d)/g;

function tokenize(text: string): Token[] {
  const split = text.replace(COUNT_TIMES_NAME, '$1 ');
  return [...split.matchAll(/[a-z0-9](?:[a-z0-9.+_-]*[a-z0-9])?/g)].map(m => ({
    word: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** Model sizes and versions that follow a family name: "8b", "70b", "3.1", "v0.3", "8x7b". */
const VERSIONISH =
  /^(?:v?\d+(?:\.\d+)*|\d+x\d+b|\d+(?:\.\d+)?b|a\d+b|instruct|it|chat)$/;

/** "from", "by" or "of", then up to three words each closed by a comma or a conjunction. */
const FROM_THEN_LIST =
  /\b(?:from|by|of)\s+((?:[a-z][\w.-]*(?:\s?,|\s(?:or|and|nor|and\/or))\s+){0,3})$/;

/**
 * Whether a loose brand at `start` follows "from", "by" or "of" right away or ends a list of
 * brands after it: "anything from Meta", "nothing from Microsoft or IBM", "models by Google, Meta
 * and IBM" (not "a lot of ads and Meta", whose list is of other words).
 */
function afterMakerFrom(
  text: string,
  start: number,
  vocabulary: IntentVocabulary,
): boolean {
  const list = FROM_THEN_LIST.exec(
    text.slice(Math.max(0, start - 60), start),
  )?.[1];
  if (list === undefined) return false;
  return list
    .split(/\s?,\s*|\s+(?:or|and|nor|and\/or)\s+/)
    .map(w => w.trim())
    .filter(w => w !== '')
    .every(w => vocabulary.brands.has(compactName(w)));
}

/** Brand words that are also ordinary English or too loose on their own. */
const LOOSE_BRANDS = new Set([
  'meta',
  'ibm',
  'alibaba',
  'openai',
  'microsoft',
  // "Google reviews", "Google Calendar": a platform far more often than the maker of Gemma
  'google',
  'gpt',
]);

/** A model size: "14b", "8x7b", "0.5b". */
const SIZE = /^(?:\d+x)?\d+(?:\.\d+)?b$/;

/** Whether a model id carries one of `sizes` as one of its parts ("Qwen3-235B-A22B" has "235b"). */
export function hasSize(id: string, sizes: readonly string[]): boolean {
  const parts = (id.split('/').pop() ?? id).toLowerCase().split(/[-_\s]+/);
  return sizes.some(s => parts.includes(s));
}

/**
 * "llama 405b", "mixtral 8x22b": a brand with a size and no version names a model when exactly
 * one of the brand's models has that size ("llama 70b" fits two, and stays a question).
 */
function oneOfSize(ids: readonly string[], size: string): string | undefined {
  if (!SIZE.test(size)) return undefined;
  const fits = ids.filter(id => hasSize(id, [size]));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Qwen2.5 14B or 32B", "llama 3.1 8b/70b": a size joined to a model by "or", "and", "/" or a
 * comma is the kb model whose name differs from it only in that size.
 */
function siblingBySize(
  model: NameMention,
  tokens: Token[],
  text: string,
  vocabulary: IntentVocabulary,
): NameMention | undefined {
  const sizeAt = model.text.search(/(?:\d+x)?\d+(?:\.\d+)?b(?![a-z0-9])/);
  if (sizeAt < 0) return undefined;
  const next = tokens.find(
    t => t.start >= model.end && !/^(?:or|and)$/.test(t.word),
  );
  if (!next || !SIZE.test(next.word)) return undefined;
  if (!/^\s*(?:,|\/|or|and|&)\s*$/.test(text.slice(model.end, next.start)))
    return undefined;
  const written = model.text.replace(
    /(?:\d+x)?\d+(?:\.\d+)?b(?![a-z0-9])/,
    next.word,
  );
  const id = vocabulary.modelNames.get(compactName(written));
  if (!id || model.ids.includes(id)) return undefined;
  return {
    kind: 'model',
    ids: [id],
    text: next.word,
    start: next.start,
    end: next.end,
  };
}

/**
 * "Mistral models", "stick to Mistral's models": a developer's name before "models" (plural) is
 * every model that developer released, not only the family that shares its name.
 */
function developerLineup(
  word: string,
  after: string,
  vocabulary: IntentVocabulary,
): string[] | undefined {
  if (
    !/^(?:'s)?\s(?:(?:open|open[\s-]weights?|own)\s)?(?:models|llms|family of models|lineup)\b/.test(
      after,
    )
  )
    return undefined;
  const ids = vocabulary.models
    .filter(
      m =>
        compactName(m.developer) === word ||
        compactName(m.developer.split(/\s+/)[0]) === word,
    )
    .map(m => m.id);
  return ids.length > 0 ? ids : undefined;
}

/** A noun of models after a word, which makes the word a name: "lama models", "qwen-based". */
const MODEL_NOUN_AFTER =
  /^(?:[\s-](?:models?|llms?|family|series|based|weights|checkpoints?)\b)/;

/**
 * The brand a misspelt word before a noun of models is a slip of: "no lama models", "quen-based
 * weights". There the word is a name, as before a version (spelling.ts), so a slip is read even
 * when it is an English word ("lama"). Only a word of four letters or more, within one edit (two
 * from eight letters), with the brand's first letter, and when one brand alone is that near.
 */
function brandOfSlip(
  word: string,
  after: string,
  vocabulary: IntentVocabulary,
): string[] | undefined {
  if (!/^[a-z]{4,}$/.test(word) || !MODEL_NOUN_AFTER.test(after))
    return undefined;
  const limit = word.length >= 8 ? 2 : 1;
  const near = [...vocabulary.brands.keys()].filter(
    b =>
      /^[a-z]{4,}$/.test(b) &&
      !LOOSE_BRANDS.has(b) &&
      b[0] === word[0] &&
      b !== word &&
      Math.abs(b.length - word.length) <= limit &&
      distance(word, b) <= limit,
  );
  return near.length === 1 ? vocabulary.brands.get(near[0]) : undefined;
}

/** A maker's terms after its name in the possessive: "meta's licence terms", "google's policy". */
const MAKERS_TERMS_AFTER =
  /^'s\s(?:(?:own|new|current|updated|community|acceptable[\s-]use)\s)?(?:licen[cs]e|licensing|terms|polic(?:y|ies)|eula|agreement|conditions)\b/;

/** A maker's name in the possessive before a name of its own models: "meta's llama". */
function possessiveBeforeOwnName(
  text: string,
  found: NameMention,
  vocabulary: IntentVocabulary,
): boolean {
  const next = /^'s\s+([a-z][\w.-]*)/.exec(text.slice(found.end))?.[1];
  if (!next) return false;
  const word = compactName(next);
  const ids = vocabulary.families.get(word) ?? vocabulary.brands.get(word);
  return !!ids && ids.some(id => found.ids.includes(id));
}

/**
 * Finds model and GPU names in cleaned (lowercase) text: longest match first over windows of up
 * to six words, so "llama 3.1 8b instruct" is one model and "llama 3.1" a family. GPU plurals
 * ("H100s") count; a family name followed by a size the kb lacks ("llama 3.1 13b") is reported
 * as unknown_model with suggestions.
 */
export function findNameMentions(
  text: string,
  vocabulary: IntentVocabulary,
): NameMention[] {
  const tokens = tokenize(text);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: NameMention | undefined;
    // a name spans words joined by spaces, hyphens or underscores only, never a comma or a slash,
    // nor a dash set off by spaces, which is punctuation ("no Llama - one of my clients ...")
    let reach = 1;
    while (reach < 6 && i + reach < tokens.length) {
      const gap = text.slice(
        tokens[i + reach - 1].end,
        tokens[i + reach].start,
      );
      if (!/^[\s_-]*$/.test(gap) || /\s-+\s/.test(gap)) break;
      reach++;
    }
    for (let len = reach; len >= 1 && !found; len--) {
      const window = tokens.slice(i, i + len);
      const joined = compactName(window.map(t => t.word).join(''));
      const span = {
        text: text.slice(window[0].start, window[len - 1].end),
        start: window[0].start,
        end: window[len - 1].end,
      };
      const model = vocabulary.modelNames.get(joined);
      if (model) {
        found = { kind: 'model', ids: [model], ...span };
        break;
      }
      // a memory size written before the name: "the 40GB A100s" is the "A100 40GB"
      const sizedFirst =
        len >= 2 && /^\d{2,3}gb$/.test(window[0].word)
          ? compactName(
              window
                .slice(1)
                .map(t => t.word)
                .join('')
                .replace(/s$/, '') + window[0].word,
            )
          : undefined;
      const gpu =
        vocabulary.gpuNames.get(joined) ??
        (joined.endsWith('s')
          ? vocabulary.gpuNames.get(joined.slice(0, -1))
          : undefined) ??
        (sizedFirst ? vocabulary.gpuNames.get(sizedFirst) : undefined);
      if (gpu && /\d/.test(joined)) {
        found = { kind: 'gpu', ids: [gpu], ...span };
        break;
      }
      const family = vocabulary.families.get(joined);
      const developerModels = developerLineup(
        joined,
        text.slice(window[len - 1].end),
        vocabulary,
      );
      if (developerModels) {
        found = { kind: 'model_group', ids: developerModels, ...span };
        break;
      }
      if (family && (len > 1 || !/\d$/.test(joined) || joined.length > 3)) {
        // a family followed by a size the kb lacks ("llama 3.1 13b") is an unknown model
        const size = len < reach ? tokens[i + len] : undefined;
        if (size && /^\d+(?:\.\d+)?b$/.test(size.word)) {
          const written = text.slice(window[0].start, size.end);
          found = {
            kind: 'unknown_model',
            ids: [],
            text: written,
            start: window[0].start,
            end: size.end,
            suggestions: closestNames(written, vocabulary.allModelNames),
          };
        } else {
          found = { kind: 'model_group', ids: family, ...span };
        }
        break;
      }
      if (len >= 2 && /^\d+$/.test(compactName(window[len - 1].word))) {
        // "llama 3" → every llama-3.x family
        const prefixed = [...vocabulary.families.entries()].filter(([f]) =>
          f.startsWith(joined),
        );
        if (
          prefixed.length > 0 &&
          vocabulary.brands.has(compactName(window[0].word))
        ) {
          found = {
            kind: 'model_group',
            ids: [...new Set(prefixed.flatMap(([, ids]) => ids))],
            ...span,
          };
          break;
        }
      }
      if (len === 1) {
        const word = compactName(window[0].word);
        const brand =
          vocabulary.brands.get(word) ??
          (word.endsWith('s')
            ? vocabulary.brands.get(word.slice(0, -1))
            : undefined);
        if (brand && word.length >= 3 && !LOOSE_BRANDS.has(word)) {
          // a brand followed by a version or size the kb lacks: an unknown model, not the family
          const rest: Token[] = [];
          for (
            let j = i + 1;
            j < i + reach && rest.length < 3 && VERSIONISH.test(tokens[j].word);
            j++
          )
            rest.push(tokens[j]);
          const bySize =
            rest.length === 1 ? oneOfSize(brand, rest[0].word) : undefined;
          if (bySize) {
            found = {
              kind: 'model',
              ids: [bySize],
              text: text.slice(window[0].start, rest[0].end),
              start: window[0].start,
              end: rest[0].end,
            };
          } else if (rest.some(t => /\d/.test(t.word))) {
            const end = rest[rest.length - 1].end;
            const written = text.slice(window[0].start, end);
            found = {
              kind: 'unknown_model',
              ids: [],
              text: written,
              start: window[0].start,
              end,
              suggestions: closestNames(written, vocabulary.allModelNames),
            };
          } else {
            found = { kind: 'model_group', ids: brand, ...span };
          }
        } else if (
          brand &&
          LOOSE_BRANDS.has(word) &&
          (/^\s*(?:models?|'s|llms?)\b/.test(text.slice(window[0].end)) ||
            afterMakerFrom(text, window[0].start, vocabulary))
        ) {
          // "Meta models", "anything from Meta", "nothing from Microsoft or IBM"
          found = { kind: 'model_group', ids: brand, ...span };
        } else {
          const group = vocabulary.gpuGroups.get(word);
          const slip = brandOfSlip(
            window[0].word,
            text.slice(window[0].end),
            vocabulary,
          );
          if (group && word.length >= 3)
            found = { kind: 'gpu_group', ids: group, ...span };
          else if (!brand && slip)
            found = { kind: 'model_group', ids: slip, ...span };
        }
      }
    }
    // "Meta's Llama models", "Google's Gemma": the maker's possessive before one of its own
    // names is that name said with its maker, not a second mention of every model the maker made
    // "uneasy about Meta's licence terms": the maker's terms, not its models
    if (
      found?.kind === 'model_group' &&
      (possessiveBeforeOwnName(text, found, vocabulary) ||
        MAKERS_TERMS_AFTER.test(text.slice(found.end, found.end + 40)))
    )
      found = undefined;
    if (found) {
      mentions.push(found);
      // "Qwen2.5 14B or 32B": a bare size after a model names its sibling of that size
      const sibling =
        found.kind === 'model'
          ? siblingBySize(found, tokens, text, vocabulary)
          : undefined;
      if (sibling) {
        mentions.push(sibling);
        found = sibling;
      }
      const end = found.end;
      while (i < tokens.length && tokens[i].start < end) i++;
    } else {
      i++;
    }
  }
  return mentions;
}
