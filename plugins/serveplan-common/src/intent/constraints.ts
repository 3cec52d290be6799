/**
 * Constraints from names and licences: preferred and excluded models (by name, alias, family or
 * developer), allowed and excluded GPUs (by name, vendor or architecture), GPU counts next to GPU
 * names, and licence requirements (open-source only, Apache/MIT only, commercial use).
 */
import {
  compactName,
  IntentVocabulary,
  findNameMentions,
  gpuModelVariants,
  NameMention,
} from './vocabulary';
import {
  bareOrigins,
  findOrigins,
  modelsFrom,
  modelsNotFrom,
} from './modelOrigin';
import { Clause, clauseAt, NEGATION_SOURCE, splitClauses } from './text';
import {
  abandonedIntent,
  ADD,
  anyButBefore,
  EXCLUDED_AFTER,
  excludedBefore,
  keptOut,
  LIFT,
  LIST_JOIN,
  nothingOfName,
  ONLY,
  REFUSED_BEFORE,
  retractedAfter,
  ruledOut,
  WIDEN,
} from './constraintCues';
import { setSignal, Signals, Spans } from './signals';
import { countBeforeGpuName, nodesAround } from './gpuCount';
import {
  licenceClassMentions,
  onlyPermissiveLicences,
  readLicenceNames,
} from './licences';
import { makerModels } from './makerNames';
import { AllowedGpuMention, readGpuOnlyLists } from './gpuOnlyLists';
import {
  CHANGE_OF_MIND,
  contradictedPreference,
} from './contradictedPreference';
import {
  narrowedFamilyModels,
  refusedByReference,
  restrictedByNothingElse,
  sizeReferences,
} from './nameReferences';

/**
 * Another choice said to take the place of one given up: a change of mind ("instead", "switch
 * to", CHANGE_OF_MIND) or "let's go with Mistral 7B".
 */
const REPLACED_BY_ANOTHER = new RegExp(
  `${CHANGE_OF_MIND.source}|\\b(?:go(?:ing)?|move|moving)\\s(?:over\\s)?(?:to|with)\\b`,
);

export interface NameConstraintResult {
  mentions: NameMention[];
  /** GPU counts written before GPU names ("8x H100", "16 A100s"). */
  gpuCounts: number[];
  /** True when a mention said "also"/"add" (a follow-up adds to the list instead of replacing it). */
  additive: { gpus: boolean; models: boolean };
}

/**
 * A model named as one tried in the past, right after the verb: "we tried Gemma", "our partner
 * already tested Phi-4 with", "they trialled out". What came of the trial is said elsewhere.
 */
const TRIED_BEFORE =
  /\b(?:we|i|they|he|she|team|colleagues?|partners?|vendor|it)\s(?:(?:already|once|previously|briefly|also|have|had|'ve)\s){0,2}(?:tried|tested|trialled|trialed|piloted|evaluated)\s(?:(?:out|with)\s)?$/i;

function uniq(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * "Llama-family models", "Qwen-based", "Mistral-series": a name joined by a hyphen to a word that
 * says what kind of name it is. The hyphen becomes a space (same length, so offsets hold) so the
 * name is found on its own; vocabulary.ts reads a hyphenated word as one name.
 */
function joinNameCompounds(text: string): string {
  return text.replace(
    /\b([a-z][\w.]*)-(family|based|derived|series|style|class|flavou?red)\b/g,
    '$1 $2',
  );
}

/**
 * A verdict of a name's own after it: "is fine", "ones are welcome", "only", "instead", "preferred"
 * ("no Qwen, Mistral preferred"). Not "allowed" or "welcome" said bare, which end a list ruled out
 * as a whole: "no Qwen or Llama allowed".
 */
const OWN_VERDICT_AFTER =
  /^(?:'s\b)?\s*(?:(?:ones?|models?|family|series|gpus?|cards?)\s)?(?:is|are|'s|was|were|would|will|should|only|alone|exclusively|instead|preferred|preferably|favou?red|recommended|ideally)\b/;

/**
 * "we don't have B200s or B300s", "must not use Llama, Qwen or Kimi", "exclude Kimi, and the
 * DeepSeek ones too": a name joined to an excluded name of the same kind by a list word (perhaps
 * with a determiner) is excluded with it, whatever cue excluded the first; a name with a verdict
 * of its own starts a new statement: "no Qwen, Llama is fine", "drop Phi-4, Gemma only", "no
 * Qwen, and the Llama ones are welcome".
 */
function continuesExclusion(
  text: string,
  previous: { end: number; isGpu: boolean } | undefined,
  mention: NameMention,
  isGpu: boolean,
): boolean {
  const between = text
    .slice(previous?.end ?? 0, mention.start)
    .replace(/\s(?:the|any|all|those|these)\s*$/, ' ');
  return (
    !!previous &&
    previous.isGpu === isGpu &&
    LIST_JOIN.test(between) &&
    !OWN_VERDICT_AFTER.test(text.slice(mention.end, mention.end + 30))
  );
}

/** What may open a clause before a list that is its subject: "and", "but", "both", a determiner. */
const LIST_SUBJECT_LEAD =
  /^\s*(?:(?:and|but|so|also|oh|both|either|neither|the|any|all|those|these|our)\s+)*$/;

/**
 * "Kimi and MiniMax are off the table", "H100s or H200s are not available here": names listed as
 * the subject of a verdict after the last of them (EXCLUDED_AFTER) are each ruled out by it, not
 * only the last. Only a list that opens its clause is the verdict's subject, so in "we like
 * Mistral 7B and Kimi is out" the first name stands in a statement of its own; continuesExclusion
 * reads lists the other way round, after an excluded first name. Returns the mentions' indexes.
 */
function listedBeforeVerdict(
  text: string,
  clauses: Clause[],
  mentions: NameMention[],
): Set<number> {
  const out = new Set<number>();
  const isGpu = (m: NameMention) => m.kind === 'gpu' || m.kind === 'gpu_group';
  mentions.forEach((last, j) => {
    const clause = clauseAt(clauses, last.start);
    if (!clause || j === 0) return;
    if (
      !EXCLUDED_AFTER.test(
        text.slice(last.end, clause.start + clause.text.length),
      )
    )
      return;
    // the list may run back over commas, which cut clauses ("Gemma, Phi-4 and Mistral are
    // out"), but not over a sentence end or another word
    const listed: number[] = [];
    let next = last;
    for (let k = j - 1; k >= 0; k--) {
      const m = mentions[k];
      if (isGpu(m) !== isGpu(last)) break;
      const between = text
        .slice(m.end, next.start)
        .replace(/\s(?:the|any|all|those|these)\s*$/, ' ');
      if (!LIST_JOIN.test(between)) break;
      listed.push(k);
      next = m;
    }
    const first = clauseAt(clauses, next.start);
    if (
      listed.length > 0 &&
      first &&
      LIST_SUBJECT_LEAD.test(text.slice(first.start, next.start))
    )
      for (const k of listed) out.add(k);
  });
  return out;
}

/** Abbreviations whose dot is no sentence end: "excl. H100 PCIe", "incl. A100s", "e.g. Qwen". */
const ABBREVIATION_END = /\b(?:excl|incl|exc|esp|approx|vs|viz|e\.g|i\.e)$/;

/**
 * The clauses with those text.ts cut at an abbreviation's dot joined again, so that "excl." is
 * read with the names it leaves out.
 */
function joinAbbreviatedClauses(text: string, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const previous = out[out.length - 1];
    const previousEnd = previous ? previous.start + previous.text.length : 0;
    if (
      previous &&
      ABBREVIATION_END.test(previous.text) &&
      text.slice(previousEnd, clause.start) === '.'
    )
      out[out.length - 1] = {
        text: text.slice(previous.start, clause.start + clause.text.length),
        start: previous.start,
      };
    else out.push(clause);
  }
  return out;
}

/** "Meta's Llama licence", "the Gemma terms": a model name followed by a licence word. */
const LICENCE_AFTER =
  /^(?:'s)?\s?(?:[a-z0-9.]+\s)?(?:community\s)?(?:licen[cs]es?|terms(?: of use)?)\b/;
/** "since it's from OpenAI", "made by Meta": a developer named to describe a model, not to pick one. */
const DESCRIBES_ORIGIN =
  /\b(?:it'?s|it is|they'?re|they are|which is|which are|made|built|developed|released|trained|also)\s(?:\w+\s)?(?:from|by)\s$/;

/**
 * Every kb model under the licence a name stands for: "the Llama licence" is every licence whose
 * name holds "Llama" (Llama 3.1, 3.2, 3.3 Community), and every model under one of them,
 * including other developers' models built on Llama.
 */
function modelsUnderLicenceOf(
  mention: NameMention,
  vocabulary: IntentVocabulary,
): string[] {
  const word = compactName(mention.text.replace(/'s$/, ''));
  const licences = new Set(
    vocabulary.models
      .filter(m => compactName(m.license.name).includes(word))
      .map(m => m.license.id),
  );
  if (licences.size === 0) return mention.ids;
  return vocabulary.models
    .filter(m => licences.has(m.license.id))
    .map(m => m.id);
}

/**
 * A licence given as the reason in a sentence: "for licensing reasons", "because of the licence",
 * "licence concerns", "the lawyer flagged their licence" (not "the licence must allow commercial use, no DeepSeek", where the licence
 * is a requirement of its own, not why the name is left out).
 */
const LICENCE_REASON =
  /\b(?:for|because\sof|due\sto|on|over)\s(?:(?:the|its|their|our)\s)?(?:[a-z]+\s)?licen[cs](?:e|es|ing)\b|\blicen[cs](?:e|es|ing)\s(?:reasons?|concerns?|issues?|grounds|risks?|worries)\b|\b(?:flagg?(?:ed|s)?|question(?:ed|s)?|(?:worried|nervous|unhappy|concerns?)\s(?:about|with)|(?:issues?|problems?)\swith|object(?:ed|s)?\sto)\s(?:(?:the|its|their|there|that|our)\s)?(?:[a-z]+\s)?licen[cs]es?\b/;

/**
 * The models a maker's or family's exclusion reaches when its sentence gives the licence as the
 * reason: every kb model under a maker's own (not permissive) licence of the models named, whoever
 * built it. "For licensing
 * reasons nothing from Meta" leaves out DeepSeek's Llama distill too, which ships under Meta's
 * Llama licence; said without the licence ("nothing from Meta, we distrust them") it is Meta's
 * own models only.
 */
function licenceReach(
  text: string,
  mention: NameMention,
  ids: string[],
  vocabulary: IntentVocabulary,
): string[] {
  if (mention.kind !== 'model_group') return ids;
  const from = Math.max(
    0,
    ...['.', '!', '?', '\n'].map(c => text.lastIndexOf(c, mention.start) + 1),
  );
  const ends = ['.', '!', '?', '\n']
    .map(c => text.indexOf(c, mention.end))
    .filter(i => i >= 0);
  const sentence = text.slice(
    from,
    ends.length ? Math.min(...ends) : undefined,
  );
  if (!LICENCE_REASON.test(sentence)) return ids;
  // a maker's own terms bind what is derived from its models; a permissive licence (Apache, MIT)
  // is shared by models that owe the maker nothing
  const licences = new Set(
    vocabulary.models
      .filter(m => ids.includes(m.id) && m.license.category !== 'permissive')
      .map(m => m.license.id),
  );
  const more = vocabulary.models
    .filter(m => licences.has(m.license.id) && !ids.includes(m.id))
    .map(m => m.id);
  return [...ids, ...more];
}

/**
 * Words that ask for more of a family than the model of it already named: "any Qwen", "other
 * Llama models", "the rest of the Gemma family", "Qwen models".
 */
const MORE_OF_FAMILY_BEFORE =
  /\b(?:other|any|all|another|more|rest\sof|whole|every|entire|also|or)\s(?:of\s)?(?:the\s)?$/;
const FAMILY_NOUN_AFTER =
  /^\s?(?:'s\s)?(?:models?|family|families|lineup|series|ones|variants|sizes|line)\b/;

/**
 * Reads model and GPU mentions with the cue next to each: a negation before ("no", "avoid",
 * "not from") or a verdict after ("is not allowed") excludes; "only" restricts; anything else
 * prefers (models) or allows (GPUs). `contextModels` are the models a conversation prefers so
 * far, which a model named by its size alone in a follow-up ("exclude the 235B one") picks from.
 */
export function extractNameConstraints(
  text: string,
  sentenceClauses: Clause[],
  spans: Spans,
  vocabulary: IntentVocabulary,
  signals: Signals,
  contextModels: readonly string[] = [],
): NameConstraintResult {
  const clauses = joinAbbreviatedClauses(text, sentenceClauses);
  const names = findNameMentions(joinNameCompounds(text), vocabulary);
  // "qwen3 please, but not the 235B one": a model named by its size alone
  const sizes = sizeReferences(text, names, vocabulary, contextModels);
  const mentions = [...names, ...sizes.references.map(r => r.mention)].sort(
    (a, b) => a.start - b.start,
  );
  const familyOfSize = new Map(
    sizes.references.map(r => [r.mention, r.family] as const),
  );
  for (const { text: written, candidates } of sizes.unresolved)
    signals.questions.push({
      field: 'preferred_models',
      message: `Which model do you mean by "${written}"? ${
        candidates.length > 0
          ? `Several models in the knowledge base have that size: ${candidates
              .map(id => id.split('/').pop())
              .join(', ')}.`
          : 'None of the models named before it has that size.'
      }`,
    });
  // "had a bad run with Mixtral, so let's not use that": refused by a pronoun after it
  const refused = refusedByReference(text, clauses, mentions);
  // "Kimi and MiniMax are off the table": the verdict after the list rules out each name of it
  const listedAsExcluded = listedBeforeVerdict(text, clauses, mentions);
  /** The indexes of the mentions read as preferred models. */
  const preferredAt: number[] = [];
  const preferred: string[] = [];
  /** Ids a lifted restriction allows again ("drop the China restriction"). */
  const unexcludedModels: string[] = [];
  const unexcludedGpus: string[] = [];
  const lifted = (clause: Clause) => LIFT.test(clause.text);
  const widening = (clause: Clause) => {
    const m = WIDEN.exec(clause.text);
    return !!m && !REFUSED_BEFORE.test(clause.text.slice(0, m.index));
  };
  const excludedModels: string[] = [];
  const allowedMentions: AllowedGpuMention[] = [];
  const excludedGpus: string[] = [];
  const gpuCounts: number[] = [];
  let onlyModels = false;
  const additive = { gpus: false, models: false };
  const named: string[] = [];

  // licence names first: "the Llama licence" is a licence, not a preference for Llama models
  const licences = readLicenceNames(text, clauses, vocabulary);
  const isLicence = (m: NameMention) =>
    licences.spans.some(([s, e]) => m.start < e && m.end > s);
  excludedModels.push(...licences.excludedModels);

  let previousExcluded: { end: number; isGpu: boolean } | undefined;
  mentions.forEach((mention, index) => {
    spans.take(mention.start, mention.end);
    if (isLicence(mention)) return;
    // "gpt-oss-120b probably... actually scratch that": taken back, neither wanted nor excluded
    if (retractedAfter(text.slice(mention.end))) return;
    // "I was going to ask for Llama 3.1 405B but ...": an intention given up
    if (abandonedIntent(text.slice(0, mention.start), text.slice(mention.end)))
      return;
    const clause = clauseAt(clauses, mention.start) ?? { text, start: 0 };
    const rel = mention.start - clause.start;
    const after = clause.text.slice(rel + (mention.end - mention.start));
    const before = clause.text.slice(0, rel);
    const isGpu = mention.kind === 'gpu' || mention.kind === 'gpu_group';
    const excluded =
      excludedBefore(clause.text, rel) ||
      nothingOfName(before, after) ||
      keptOut(before, after) ||
      anyButBefore(text.slice(0, mention.start)) ||
      EXCLUDED_AFTER.test(after) ||
      refused.has(index) ||
      listedAsExcluded.has(index) ||
      continuesExclusion(text, previousExcluded, mention, isGpu) ||
      examplesOfExcluded(text, mention.start);
    previousExcluded = excluded ? { end: mention.end, isGpu } : undefined;
    // "drop the Llama ban": allowed again, not preferred
    if (lifted(clause)) {
      if (mention.kind === 'gpu' || mention.kind === 'gpu_group')
        unexcludedGpus.push(...mention.ids);
      else if (mention.kind !== 'unknown_model')
        unexcludedModels.push(...mention.ids);
      return;
    }
    // "not just Gemma": the list named is widened, not stated again
    if (
      widening(clause) &&
      (mention.kind === 'model' || mention.kind === 'model_group')
    )
      return;
    const only = ONLY.test(clause.text);
    const adds = ADD.test(before.slice(-25));
    if (mention.kind === 'unknown_model') {
      // "the R1 distills, specifically the Qwen 32B one": a member of the family just named
      const members = narrowedMembers(text, mentions.slice(0, index), mention);
      if (members && !excluded) {
        const group = new Set(members.group);
        const kept = preferred.filter(id => !group.has(id));
        preferred.splice(0, preferred.length, ...kept, ...members.ids);
        return;
      }
      signals.questions.push({
        field: 'preferred_models',
        message: `Which model do you mean by "${
          mention.text
        }"? It is not in the knowledge base${
          mention.suggestions?.length
            ? `; close: ${mention.suggestions.join(', ')}`
            : ''
        }.`,
      });
      return;
    }
    if (mention.kind === 'gpu_group') {
      // "NVIDIA L40S": the vendor word just qualifies the GPU named next to it
      const next = mentions[index + 1];
      if (next && next.kind === 'gpu' && next.start - mention.end <= 3) return;
      // "AMD" or "Hopper" only counts as a constraint with a cue or a GPU word next to it
      if (
        !excluded &&
        !only &&
        !/^\s*(?:gpus?|cards?|hardware|accelerators?|only)\b/.test(after) &&
        !/\b(?:on|use|using|have|run)\s*$/.test(before)
      )
        return;
    }
    if (mention.kind === 'gpu' || mention.kind === 'gpu_group') {
      const count = countBeforeGpuName(before);
      const countAfter = /^\s?x\s?(\d{1,5})\b/.exec(after);
      if (count && mention.kind === 'gpu' && !excluded) {
        // "2 nodes of 8xH100": the per-node count times the nodes
        const countStart = count.numberStart;
        // the nodes may sit in an earlier clause of the sentence ("4 nodes, each with 8 L40S")
        const nodes = nodesAround(
          text.slice(
            Math.max(0, clause.start + countStart - 60),
            clause.start + countStart,
          ),
          after,
        );
        gpuCounts.push(count.count * nodes);
        spans.take(clause.start + count.start, mention.start);
      } else if (countAfter && mention.kind === 'gpu' && !excluded) {
        gpuCounts.push(Number(countAfter[1]));
        spans.take(mention.end, mention.end + countAfter[0].length);
      }
      // "no A100s": every variant of the GPU named without one
      if (excluded)
        excludedGpus.push(
          ...(gpuModelVariants(mention.text, vocabulary) ?? mention.ids),
        );
      else {
        allowedMentions.push({
          ids: mention.ids,
          start: mention.start,
          end: mention.end,
          before,
          after,
          adds,
        });
        if (adds) additive.gpus = true;
      }
    } else {
      // "gpt-oss-20b since it's from OpenAI": the developer describes the model just named
      if (
        mention.kind === 'model_group' &&
        !excluded &&
        DESCRIBES_ORIGIN.test(before) &&
        mention.ids.some(id => named.includes(id))
      )
        return;
      // "Qwen3-32B or gpt-oss-120b, leaning qwen": a family said after one of its models was
      // preferred points back to that model, unless more of the family is asked for
      if (
        mention.kind === 'model_group' &&
        !excluded &&
        !only &&
        mention.ids.some(id => named.includes(id) && preferred.includes(id)) &&
        !MORE_OF_FAMILY_BEFORE.test(before) &&
        !FAMILY_NOUN_AFTER.test(after)
      )
        return;
      // "the Gemma 2 9B licence is not MIT": a model named as the owner of a licence is talked
      // about, not asked for
      if (mention.kind === 'model' && !excluded && LICENCE_AFTER.test(after))
        return;
      if (mention.kind === 'model') named.push(...mention.ids);
      // "Gemma 3, the 27B one": only that size of the family is wanted; "qwen3, but not the 235B
      // one": the rest of the family still is
      const family = familyOfSize.get(mention);
      if (family) {
        const gone = excluded ? mention.ids : family;
        preferred.splice(
          0,
          preferred.length,
          ...preferred.filter(id => !gone.includes(id)),
        );
      }
      // "can't take on Meta's Llama licence": every model under that licence; "a Mistral
      // model": every model of the developer (makerNames.ts); a size reference is what it names
      let ids = mention.ids;
      if (!familyOfSize.has(mention))
        ids =
          mention.kind === 'model_group' && LICENCE_AFTER.test(after)
            ? modelsUnderLicenceOf(mention, vocabulary)
            : makerModels(text, mention, vocabulary) ?? mention.ids;
      if (excluded)
        excludedModels.push(...licenceReach(text, mention, ids, vocabulary));
      else {
        preferred.push(...ids);
        preferredAt.push(index);
        if (only) onlyModels = true;
        if (adds) additive.models = true;
      }
    }
  });

  // "we'd like Gemma, either of the Gemma 3 sizes": the narrower family is what is preferred
  const narrowed = narrowedFamilyModels(text, mentions, preferredAt);
  if (narrowed.length > 0)
    preferred.splice(
      0,
      preferred.length,
      ...preferred.filter(id => !narrowed.includes(id)),
    );
  // "IT approved Llama 3.1 70B. We can't use anything else."
  if (
    restrictedByNothingElse(text, clauses, mentions).some(i =>
      preferredAt.includes(i),
    )
  )
    onlyModels = true;
  readOrigins(text, clauses, vocabulary, excludedModels, preferred, () => {
    onlyModels = true;
  });
  // origins named in a lifted restriction ("drop the China restriction") are allowed again
  for (const clause of clauses.filter(lifted))
    for (const o of bareOrigins(clause.text))
      unexcludedModels.push(
        ...o.origins.flatMap(x => modelsFrom(vocabulary, x)),
      );
  for (const [field, ids] of [
    ['excluded_models', unexcludedModels],
    ['excluded_gpus', unexcludedGpus],
  ] as const) {
    // read in a follow-up only (a first request has nothing to lift)
    if (ids.length > 0)
      signals.relative.push({
        kind: 'unexclude',
        field,
        ids: uniq(ids),
        text: 'restriction lifted',
      });
  }
  // "let's also consider other models": the preference stays, it is no longer the only choice
  if (!onlyModels && clauses.some(widening))
    setSignal(signals, 'only_preferred_models', false, 'stated');

  // "we only have L40S; the H100 request is pending": an only-list leaves the other GPUs out
  const gpuLists = readGpuOnlyLists(text, allowedMentions);
  const allowed = gpuLists.allowed;
  if (gpuLists.conflict) {
    const [a, b] = gpuLists.conflict.map(ids => uniq(ids).join(' or '));
    signals.questions.push({
      field: 'allowed_gpus',
      message: `It is to run only on ${a}, and also only on ${b}. Which GPUs can it run on?`,
    });
  }
  // "must be Llama 3.3 70B" ... "also, no Llama models": an added exclusion of all that was asked
  const contradicted = contradictedPreference(
    text,
    contextModels,
    excludedModels,
    preferred,
  );
  if (contradicted)
    signals.questions.push({
      field: 'preferred_models',
      message: contradicted,
    });
  // "we were leaning to Llama 3.1 8B, but legal vetoed all Llama models. Let's go with Mistral
  // 7B instead": a preference given up for another in the same message is no contradiction
  const givenUp = preferred.filter(id => excludedModels.includes(id));
  if (
    givenUp.length > 0 &&
    givenUp.length < uniq(preferred).length &&
    REPLACED_BY_ANOTHER.test(text)
  )
    preferred.splice(
      0,
      preferred.length,
      ...preferred.filter(id => !givenUp.includes(id)),
    );
  // "we tried Gemma before and the results were not good, so please not Gemma": a model named
  // only as one tried in the past, and ruled out, is an experience told, not a preference
  const triedOnly = preferred.filter(
    id =>
      excludedModels.includes(id) &&
      preferredAt.every(
        index =>
          !mentions[index].ids.includes(id) ||
          TRIED_BEFORE.test(
            text.slice(
              Math.max(0, mentions[index].start - 40),
              mentions[index].start,
            ),
          ),
      ),
  );
  if (triedOnly.length > 0)
    preferred.splice(
      0,
      preferred.length,
      ...preferred.filter(id => !triedOnly.includes(id)),
    );
  const clash = (a: string[], b: string[]) =>
    uniq(a.filter(id => b.includes(id)));
  for (const [ids, what] of [
    [clash(allowed, excludedGpus), 'allowed and excluded'],
    [clash(preferred, excludedModels), 'asked for and excluded'],
  ] as const) {
    if (ids.length > 0) {
      signals.questions.push({
        field: what.startsWith('allowed') ? 'allowed_gpus' : 'preferred_models',
        message: `${ids.map(id => id.split('/').pop()).join(', ')} ${
          ids.length > 1 ? 'are' : 'is'
        } both ${what}. Which is it?`,
      });
    }
  }
  const note = (ids: string[], what: string) => {
    const distinct = uniq(ids);
    return distinct.length > 3
      ? `${what}: ${distinct.length} kb models (${distinct
          .map(id => id.split('/').pop())
          .join(', ')})`
      : undefined;
  };
  if (preferred.length)
    setSignal(
      signals,
      'preferred_models',
      uniq(preferred),
      'stated',
      note(preferred, 'family or developer named'),
    );
  if (onlyModels) setSignal(signals, 'only_preferred_models', true, 'stated');
  if (excludedModels.length)
    setSignal(
      signals,
      'excluded_models',
      uniq(excludedModels),
      'stated',
      note(excludedModels, 'excluded family or developer'),
    );
  if (licences.allowed.length)
    setSignal(signals, 'allowed_licenses', uniq(licences.allowed), 'stated');
  // only open-source licences allowed ("Apache-2.0 or MIT only") is open source only
  if (
    signals.values.open_source_only === undefined &&
    onlyPermissiveLicences(licences.allowed, vocabulary)
  )
    setSignal(
      signals,
      'open_source_only',
      true,
      'stated',
      `only ${uniq(licences.allowed).join(
        ', ',
      )} allowed: OSI-approved permissive licences, so open source only`,
    );
  if (allowed.length)
    setSignal(
      signals,
      'allowed_gpus',
      uniq(allowed).filter(id => !excludedGpus.includes(id)),
      'stated',
    );
  if (excludedGpus.length)
    setSignal(signals, 'excluded_gpus', uniq(excludedGpus), 'stated');
  return { mentions, gpuCounts, additive };
}

/**
 * A name the kb does not know, said right after a family in the same sentence, that picks out
 * members of it: "the DeepSeek R1 distills, specifically the Qwen 32B one", "Gemma 3, the 27B
 * one". Every word of the name must appear in a member's id; the members found replace the family.
 */
/**
 * Names in brackets right after an exclusion are examples of what it excludes: "no Chinese-origin
 * models (Qwen, DeepSeek, Kimi)", "without the big US labs (Llama, Gemma)".
 */
const EXCLUSION_BEFORE_BRACKET =
  /\b(?:no|not|never|exclud\w*|without|ban\w*|avoid\w*|forbid\w*|block\w*|rul\w* out)\b[^().;!?]{0,50}$/;

function examplesOfExcluded(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  return EXCLUSION_BEFORE_BRACKET.test(before.slice(0, open).trimEnd());
}

function narrowedMembers(
  text: string,
  earlier: NameMention[],
  mention: NameMention,
): { group: string[]; ids: string[] } | undefined {
  const group = [...earlier]
    .reverse()
    .find(m => m.kind === 'model_group' || m.kind === 'model');
  if (!group || group.kind !== 'model_group') return undefined;
  const between = text.slice(group.end, mention.start);
  if (between.length > 80 || /[.!?;](?:\s|$)/.test(between)) return undefined;
  const words = mention.text
    .toLowerCase()
    .split(/[\s-]+/)
    .map(compactName)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const ids = group.ids.filter(id =>
    words.every(w => compactName(id).includes(w)),
  );
  return ids.length > 0 && ids.length < group.ids.length
    ? { group: group.ids, ids }
    : undefined;
}

/** The nouns an origin phrase describes: "nothing", "anything", "models". */
const ORIGIN_HEAD =
  /\b(?:nothing|anything|everything|models?|llms?|weights|checkpoints?)\b/g;

/**
 * Whether the noun an origin phrase describes is ruled out, when the phrase runs long after it:
 * "policy bars anything built by a company headquartered in China", "nothing whose developer is
 * based in China". The last such noun within 80 characters before the origin is read as the
 * name would be.
 */
function headRuledOut(clause: string, rel: number, length: number): boolean {
  const from = Math.max(0, rel - 80);
  const heads = [...clause.slice(from, rel).matchAll(ORIGIN_HEAD)];
  const head = heads[heads.length - 1];
  if (!head) return false;
  // the noun and the space after it stand before, as a name's words would: "nothing "
  const end = from + (head.index ?? 0) + head[0].length;
  const after = clause[end] === ' ' ? end + 1 : end;
  return ruledOut(clause, after, rel + length - after);
}

/**
 * "no models from Chinese labs", "models from the US or Europe only": the kb models of developers
 * from the origins named, excluded when the clause rules them out (a negation anywhere before,
 * "nothing that comes from", a verdict after), preferred and required with "only".
 */
function readOrigins(
  text: string,
  clauses: Clause[],
  vocabulary: IntentVocabulary,
  excluded: string[],
  preferred: string[],
  setOnly: () => void,
): void {
  for (const mention of findOrigins(text)) {
    const clause = clauseAt(clauses, mention.at) ?? { text, start: 0 };
    const rel = mention.at - clause.start;
    const ids = mention.origins.flatMap(o => modelsFrom(vocabulary, o));
    if (ids.length === 0 || LIFT.test(clause.text)) continue;
    if (
      ruledOut(clause.text, rel, mention.length) ||
      headRuledOut(clause.text, rel, mention.length)
    )
      excluded.push(...ids);
    else if (ONLY.test(clause.text)) {
      preferred.push(...ids);
      setOnly();
      // a restriction to origins rules out every other origin by name too, so the exclusion
      // holds when a later turn widens or replaces the preference
      excluded.push(...modelsNotFrom(vocabulary, mention.origins));
    }
  }
}

const NEGATED_NEAR = new RegExp(`${NEGATION_SOURCE}(?:\\s+[\\w-]+){0,4}\\s*$`);

/**
 * Commercial use asked for: "commercial use" (or "usage"), "we sell it", "a paid product",
 * "for-profit", and in a learner's words ("a model we can use in commercial", "licence must allow
 * commercial using"); and use by a business asked of the licence, which is commercial use: "licensed for
 * business use", "terms that allow corporate usage".
 */
const COMMERCIAL =
  /\b(?:licen[cs](?:ed|es?)|terms)\s(?:(?:\w+\s){0,3}?(?:for|allows?|permits?|allowing|permitting)\s)(?:(?:any|all)\s)?(?:business|corporate|enterprise|company)[\s-]us(?:e|age)\b|\bcommercial(?:[\s-]?us(?:e|age)|ly| products?| purposes| deployments?| licen[cs]es?| settings?| customers?| offerings?| saas| services?)\b|\bcommercial[\s-]?using\b|\b(?:use|used|using|usable)\s(?:in|for)\scommercial(?=\s*(?:[,.;:!?)]|$)|\s(?:because|since|as|and|too|also|purposes?|way)\b)|\bwe sell\b|\bresell\w*|\bpaid (?:product|service|feature|tier)s?\b|\bcustomer[\s-]facing (?:product|saas|service)\b|\bfor[\s-]profit\b|\bmoneti[sz]\w*/;

/**
 * Licence requirements by class (licences.ts): permissive ("open-source only") and restrictive
 * licences ruled out ("no community licences") leave the permissive ones; non-commercial ones
 * ruled out, or commercial use stated, require commercial use. Licence names are read with the
 * model names (constraints need the kb's licences).
 */
export function extractLicence(text: string, signals: Signals): void {
  const clauses = splitClauses(text);
  const negatedAt = (at: number) =>
    NEGATED_NEAR.test(text.slice(Math.max(0, at - 40), at)) ||
    /\bnon[\s-]?$/.test(text.slice(Math.max(0, at - 4), at));
  const open = licenceClassMentions(text, clauses, 'permissive').find(
    m => !negatedAt(m.at),
  );
  if (open)
    setSignal(
      signals,
      'open_source_only',
      true,
      'stated',
      'open source read as OSI-approved permissive licences (Apache-2.0, MIT): kb licence category "permissive"',
    );
  else if (
    licenceClassMentions(text, clauses, 'restrictive').some(m => m.ruledOut)
  )
    setSignal(
      signals,
      'open_source_only',
      true,
      'stated',
      'restrictive (community) licences ruled out: only permissive licences remain',
    );
  const commercial = COMMERCIAL.exec(text);
  const nonCommercial = licenceClassMentions(text, clauses, 'non_commercial');
  // ruling out non-commercial licences is requiring commercial use
  if (nonCommercial.some(m => m.ruledOut)) {
    setSignal(
      signals,
      'commercial_use_required',
      true,
      'stated',
      'non-commercial licences ruled out: read as commercial use required',
    );
  } else if (
    commercial &&
    !negatedAt(commercial.index) &&
    nonCommercial.length === 0
  ) {
    setSignal(signals, 'commercial_use_required', true, 'stated');
  }
}
