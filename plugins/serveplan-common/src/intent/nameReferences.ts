/**
 * Names said again in other words, for the reader of model and GPU names (constraints.ts): a
 * pronoun that refuses a name just said ("someone had trouble with Mixtral, so let's not use
 * that"), a narrower name of a family just named ("we'd like Gemma, either of the Gemma 3 sizes")
 * and a clause that rules out everything but the names before it ("IT approved Llama 3.1 70B. We
 * can't use anything else.").
 */
import { LIST_JOIN, NOTHING_ELSE, REFUSED_REFERENCE } from './constraintCues';
import { Clause } from './text';
import { NameMention } from './vocabulary';

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
 * Models a family named first loses to a narrower family of it named just after ("we'd like
 * Gemma, either of the Gemma 3 sizes", "Qwen, any Qwen3 size"): of the wide family only the
 * narrower ones stay. `preferred` lists the indexes of the mentions read as preferences; a model
 * another of them names stays.
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
    const narrower = groups.filter(
      j =>
        j > wide &&
        isStrictSubset(mentions[j].ids, mentions[wide].ids) &&
        withinASentence(text, mentions[wide].end, mentions[j].start),
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
 * The indexes of the names a clause that names nothing itself restricts to by ruling out
 * everything else: "IT approved Llama 3.1 70B. We can't use anything else." (the last name before
 * it, within a sentence).
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
      !NOTHING_ELSE.test(clause.text) ||
      mentions.some(m => m.start >= clause.start && m.start < end)
    )
      continue;
    const last = lastNameBefore(text, mentions, clause.start);
    if (last !== undefined) out.push(last);
  }
  return out;
}
