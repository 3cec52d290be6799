/**
 * Names said again in other words, for the reader of model and GPU names (constraints.ts): a
 * pronoun that refuses a name just said ("someone had trouble with Mixtral, so let's not use
 * that"), a narrower name of a family just named ("we'd like Gemma, either of the Gemma 3 sizes",
 * "Qwen, so Qwen3 8B or Qwen3 14B"), a clause that rules out everything but the names before it
 * ("IT approved Llama 3.1 70B. We can't use anything else."), and a model named by its size alone
 * ("qwen3 please, but not the 235B one").
 */
import {
  LIST_JOIN,
  NOTHING_ELSE,
  ONLY_REFERENCE,
  REFUSED_REFERENCE,
} from './constraintCues';
import { Clause } from './text';
import {
  compactName,
  hasSize,
  IntentVocabulary,
  NameMention,
} from './vocabulary';

const SENTENCE_END = /[.!?](?:\s|$)/g;

/** Whether `from`..`to` stays within one sentence or reaches into the one before, no further. */
function withinASentence(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return (
    between.length <= 160 && [...between.matchAll(SENTENCE_END)].length <= 1
  );
}

/** The last name (the kb knows) that ends before `at`, within a sentence of it. */
function lastNameBefore(
  text: string,
  mentions: readonly NameMention[],
  at: number,
): number | undefined {
  let last: number | undefined;
  mentions.forEach((m, i) => {
    if (m.end <= at && m.kind !== 'unknown_model') last = i;
  });
  return last !== undefined && withinASentence(text, mentions[last].end, at)
    ? last
    : undefined;
}

/** Pronouns that stand for every name of a list: "Llama or Qwen ... avoid them". */
const PLURAL = /^(?:them|those|these|either|any)$/;

/**
 * The indexes of the mentions a later clause refuses by a pronoun: the last name before it in the
 * same or the previous sentence, and for "them"/"those" every name listed with it.
 */
export function refusedByReference(
  text: string,
  clauses: readonly Clause[],
  mentions: readonly NameMention[],
): Set<number> {
  const out = new Set<number>();
  for (const clause of clauses) {
    const refusal = REFUSED_REFERENCE.exec(clause.text.trimEnd());
    if (!refusal) continue;
    const last = lastNameBefore(
      text,
      mentions,
      clause.start + (refusal.index ?? 0),
    );
    if (last === undefined) continue;
    out.add(last);
    if (!PLURAL.test(refusal.groups?.pronoun ?? '')) continue;
    for (
      let i = last;
      i > 0 &&
      LIST_JOIN.test(text.slice(mentions[i - 1].end, mentions[i].start));
      i--
    )
      out.add(i - 1);
  }
  return out;
}

const isStrictSubset = (a: readonly string[], b: readonly string[]) =>
  a.length < b.length && a.every(id => b.includes(id));

/**
 * Words between a family and a model of it that give an example of the family or add to it
 * rather than narrow it: "Qwen, e.g. Qwen3 14B", "Qwen, especially Qwen3 8B", "Qwen and also
 * Qwen3 32B".
 */
const EXAMPLE_OR_ADDITION =
  /\be\.?g\b|\bfor (?:example|instance)\b|\bsuch as\b|(?:^|,)\s*like\b|\binclud(?:ing|es?)\b|\bespecially\b|\bparticularly\b|\bin particular\b|\balso\b|\btoo\b|\bas well\b|\bplus\b|\beven\b/;
/** A family said whole before its name: "any Qwen model", "all of the Llama family". */
const WHOLE_FAMILY_BEFORE =
  /\b(?:any|all|every|whichever|whatever)\s(?:(?:of\s)?(?:the\s)?)?$/;

/**
 * Whether the model named at `narrow` picks out the family named at `wide`: in the same sentence,
 * nothing between giving an example or adding, and the family not said whole ("any Qwen").
 */
function modelNarrowsFamily(
  text: string,
  wide: NameMention,
  narrow: NameMention,
): boolean {
  const between = text.slice(wide.end, narrow.start);
  return (
    !/[.!?;](?:\s|$)/.test(between) &&
    !EXAMPLE_OR_ADDITION.test(between) &&
    !WHOLE_FAMILY_BEFORE.test(
      text.slice(Math.max(0, wide.start - 20), wide.start),
    )
  );
}

/**
 * Models a family named first loses to a narrower family of it named just after ("we'd like
 * Gemma, either of the Gemma 3 sizes", "Qwen, any Qwen3 size"), or to models of it named right
 * after in the same sentence ("a soft spot for Qwen, so Qwen3 8B or Qwen3 14B"): of the wide
 * family only the narrower ones stay. `preferred` lists the indexes of the mentions read as
 * preferences; a model another of them names stays.
 */
export function narrowedFamilyModels(
  text: string,
  mentions: readonly NameMention[],
  preferred: readonly number[],
): string[] {
  const groups = preferred.filter(i => mentions[i].kind === 'model_group');
  const dropped = new Set<string>();
  const narrowed = new Set<number>();
  for (const wide of groups) {
    const narrower = preferred.filter(
      j =>
        j > wide &&
        isStrictSubset(mentions[j].ids, mentions[wide].ids) &&
        (mentions[j].kind === 'model_group'
          ? withinASentence(text, mentions[wide].end, mentions[j].start)
          : mentions[j].kind === 'model' &&
            modelNarrowsFamily(text, mentions[wide], mentions[j])),
    );
    if (narrower.length === 0) continue;
    narrowed.add(wide);
    const kept = new Set(narrower.flatMap(j => mentions[j].ids));
    for (const id of mentions[wide].ids) if (!kept.has(id)) dropped.add(id);
  }
  for (const i of preferred)
    if (!narrowed.has(i)) for (const id of mentions[i].ids) dropped.delete(id);
  return [...dropped];
}

/**
 * The indexes of the names a clause that names nothing itself restricts to, by ruling out
 * everything else ("IT approved Llama 3.1 70B. We can't use anything else.") or by a pronoun
 * with "only" ("switch to Gemma 2 9B, and only that one"): the last name before it, within a
 * sentence.
 */
export function restrictedByNothingElse(
  text: string,
  clauses: readonly Clause[],
  mentions: readonly NameMention[],
): number[] {
  const out: number[] = [];
  for (const clause of clauses) {
    const end = clause.start + clause.text.length;
    if (
      !(NOTHING_ELSE.test(clause.text) || ONLY_REFERENCE.test(clause.text)) ||
      mentions.some(m => m.start >= clause.start && m.start < end)
    )
      continue;
    const last = lastNameBefore(text, mentions, clause.start);
    if (last !== undefined) out.push(last);
  }
  return out;
}

/**
 * A model size as written: "235b", "8x7b", "0.5b", an active size "a22b", and a total with its
 * active size "30b-a3b".
 */
const SIZE =
  '(?:\\d+x)?\\d+(?:\\.\\d+)?b(?:-a\\d+(?:\\.\\d+)?b)?|a\\d+(?:\\.\\d+)?b';

/** Whether model `id` has one of `sizes`, a total with its active size ("30b-a3b") having both. */
function fitsSize(id: string, sizes: readonly string[]): boolean {
  return sizes.some(size => size.split('-').every(part => hasSize(id, [part])));
}

/**
 * A model named by its size after a definite determiner: "the 235b one", "that 8b model", "the
 * 14b and 32b versions", "either the 9b or the 27b" (a determiner may repeat before each size),
 * "exclude the 27b, too", "Gemma 3 - the 12b is probably plenty", "Qwen3 32B or the 30B-A3B MoE".
 * A noun of models, the clause's
 * end or a verdict that the size suffices must follow the size, so "the 70b parameters" refers to
 * no model.
 */
const SIZE_REFERENCE = new RegExp(
  `\\b(?:the|that|this|those|these)\\s(?<sizes>(?:${SIZE})(?:\\s?(?:,|/|\\bor\\b|\\band\\b)\\s?(?:(?:the|that|this)\\s)?(?:${SIZE})){0,8})(?:\\s(?:one|ones|models?|versions?|variants?|sizes?|checkpoints?|flavou?rs?|moes?)\\b|(?=\\s*(?:[,.;:!?)]|$|\\s(?:too|as\\swell|please|either|instead)\\b))|(?=\\s(?:is|'s|would\\sbe|should\\sbe|will\\sbe|seems|sounds)\\s(?:(?:probably|likely|surely|honestly|more\\sthan)\\s)?(?:plenty|enough|fine|sufficient|good\\senough|ok|okay|ideal|big\\senough)\\b))`,
  'g',
);

/** A model named by its size, with the kb models it stands for. */
export interface SizeReference {
  mention: NameMention;
  /**
   * The family named just before that the size picks from ("Gemma 3, the 27b one"): preferred,
   * the reference replaces the family; excluded, it leaves the rest of the family.
   */
  family?: string[];
}

/** A size reference that picks out no model, or models of several families: a question. */
export interface UnresolvedSizeReference {
  text: string;
  /** The kb models of that size, when they are of several families. */
  candidates: string[];
}

/**
 * Models named by their size alone ("the 235b one"), resolved among the family named just before
 * in the text ("qwen3 please, but not the 235b one"), else among `contextModels` (the models a
 * conversation prefers so far), else among the kb's models when those of that size are of one
 * family. A size that none of the family has, or that several kb families share, is unresolved.
 * `text` is the cleaned (lower-case) request; references inside a name already found are skipped.
 */
export function sizeReferences(
  text: string,
  mentions: readonly NameMention[],
  vocabulary: IntentVocabulary,
  contextModels: readonly string[] = [],
): { references: SizeReference[]; unresolved: UnresolvedSizeReference[] } {
  const references: SizeReference[] = [];
  const unresolved: UnresolvedSizeReference[] = [];
  for (const m of text.matchAll(SIZE_REFERENCE)) {
    const sizesText = m.groups?.sizes ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(sizesText);
    const end = (m.index ?? 0) + m[0].length;
    if (mentions.some(n => n.start < end && n.end > start)) continue;
    const sizes = [...sizesText.matchAll(new RegExp(SIZE, 'g'))].map(s => s[0]);
    const written = m[0].trim();
    const models = mentions.filter(
      n => n.kind === 'model' || n.kind === 'model_group',
    );
    const last = lastNameBefore(text, models, start);
    const named = last === undefined ? undefined : models[last];
    let family: string[] | undefined;
    if (named?.kind === 'model_group') family = named.ids;
    else if (named?.kind === 'model') {
      const model = vocabulary.models.find(x => x.id === named.ids[0]);
      family = model && vocabulary.families.get(compactName(model.family));
    }
    let ids: string[];
    if (family) {
      ids = family.filter(id => fitsSize(id, sizes));
      if (ids.length === 0) {
        unresolved.push({ text: written, candidates: [] });
        continue;
      }
    } else {
      const inContext = contextModels.filter(id => fitsSize(id, sizes));
      ids =
        inContext.length > 0
          ? inContext
          : vocabulary.models.filter(x => fitsSize(x.id, sizes)).map(x => x.id);
      const families = new Set(
        vocabulary.models.filter(x => ids.includes(x.id)).map(x => x.family),
      );
      if (ids.length === 0 || (inContext.length === 0 && families.size > 1)) {
        unresolved.push({ text: written, candidates: ids });
        continue;
      }
    }
    references.push({
      mention: {
        kind: ids.length === 1 ? 'model' : 'model_group',
        ids,
        text: text.slice(start, end),
        start,
        end,
      },
      family,
    });
  }
  return { references, unresolved };
}
