/**
 * Constraints from names and licences: preferred and excluded models (by name, alias, family or
 * developer), allowed and excluded GPUs (by name, vendor or architecture), GPU counts next to GPU
 * names, and licence requirements (open-source only, Apache/MIT only, commercial use).
 */
import {
  compactName,
  IntentVocabulary,
  findNameMentions,
  NameMention,
} from './vocabulary';
import { modelsFrom, ORIGIN_RE, originOf } from './modelOrigin';
import { Clause, clauseAt, negatedBefore, NEGATION_SOURCE } from './text';
import { setSignal, Signals, Spans } from './signals';
import { nodesAround } from './gpuCount';

const EXCLUDED_AFTER =
  /^\s*(?:models?|gpus?|cards?|family|series)?\s*(?:is|are)?\s*(?:not allowed|banned|excluded|out|off the table|not an option|forbidden|a no-go|not ok(?:ay)?|not acceptable|unacceptable|too expensive|not available|unavailable|blocked)\b/;
/**
 * Verbs of keeping away that text.ts's negation words do not cover: "keep away from DeepSeek",
 * "steer clear of Qwen", "rule out Llama", "blacklist Mixtral". Read like a negation: within the
 * clause and a few words before the name.
 */
const AVOID_BEFORE =
  /\b(?:(?:keep|keeping|stay|staying|steer|steering)\s(?:away|clear)\s(?:from|of)|rul(?:e|ing)\sout|leav(?:e|ing)\sout|prohibit(?:ed)?|forbid|disallow(?:ed)?|blacklist(?:ed)?|blocklist(?:ed)?|no\sgo\sfor)\b(?:\s+[\w'-]+){0,4}\s*$/;

/** A negation (text.ts) or a verb of keeping away before `rel` in the clause. */
function excludedBefore(clause: string, rel: number): boolean {
  return (
    negatedBefore(clause, rel) ||
    AVOID_BEFORE.test(clause.slice(Math.max(0, rel - 40), rel))
  );
}

const ONLY =
  /\bonly\b|\bstick(?:ing)? (?:to|with)\b|\bnothing other than\b|\bexclusively\b|\bmust (?:be|use|run on)\b|\bhas to be\b|\bnothing (?:else|but)\b|\band nothing else\b|\brestricted to\b|\blimited to\b/;
const ADD =
  /\b(?:also|too|as well|additionally|plus|add|in addition|and also)\b/;

export interface NameConstraintResult {
  mentions: NameMention[];
  /** GPU counts written before GPU names ("8x H100", "16 A100s"). */
  gpuCounts: number[];
  /** True when a mention said "also"/"add" (a follow-up adds to the list instead of replacing it). */
  additive: { gpus: boolean; models: boolean };
}

function uniq(ids: string[]): string[] {
  return [...new Set(ids)];
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
 * Reads model and GPU mentions with the cue next to each: a negation before ("no", "avoid",
 * "not from") or a verdict after ("is not allowed") excludes; "only" restricts; anything else
 * prefers (models) or allows (GPUs).
 */
export function extractNameConstraints(
  text: string,
  clauses: Clause[],
  spans: Spans,
  vocabulary: IntentVocabulary,
  signals: Signals,
): NameConstraintResult {
  const mentions = findNameMentions(text, vocabulary);
  const preferred: string[] = [];
  const excludedModels: string[] = [];
  const allowed: string[] = [];
  const excludedGpus: string[] = [];
  const gpuCounts: number[] = [];
  let onlyModels = false;
  const additive = { gpus: false, models: false };
  const named: string[] = [];

  mentions.forEach((mention, index) => {
    spans.take(mention.start, mention.end);
    const clause = clauseAt(clauses, mention.start) ?? { text, start: 0 };
    const rel = mention.start - clause.start;
    const after = clause.text.slice(rel + (mention.end - mention.start));
    const before = clause.text.slice(0, rel);
    const excluded =
      excludedBefore(clause.text, rel) || EXCLUDED_AFTER.test(after);
    const only = ONLY.test(clause.text);
    const adds = ADD.test(before.slice(-25));
    if (mention.kind === 'unknown_model') {
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
      const count = /(?:^|[^\w.])(\d{1,5})\s?x?\s?$/.exec(before);
      const countAfter = /^\s?x\s?(\d{1,5})\b/.exec(after);
      if (count && mention.kind === 'gpu' && !excluded) {
        // "2 nodes of 8xH100": the per-node count times the nodes
        const countStart = (count.index ?? 0) + count[0].indexOf(count[1]);
        // the nodes may sit in an earlier clause of the sentence ("4 nodes, each with 8 L40S")
        const nodes = nodesAround(
          text.slice(
            Math.max(0, clause.start + countStart - 60),
            clause.start + countStart,
          ),
          after,
        );
        gpuCounts.push(Number(count[1]) * nodes);
        spans.take(clause.start + (count.index ?? 0), mention.start);
      } else if (countAfter && mention.kind === 'gpu' && !excluded) {
        gpuCounts.push(Number(countAfter[1]));
        spans.take(mention.end, mention.end + countAfter[0].length);
      }
      if (excluded) excludedGpus.push(...mention.ids);
      else {
        allowed.push(...mention.ids);
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
      if (mention.kind === 'model') named.push(...mention.ids);
      // "can't take on Meta's Llama licence": every model under that licence
      const ids =
        mention.kind === 'model_group' && LICENCE_AFTER.test(after)
          ? modelsUnderLicenceOf(mention, vocabulary)
          : mention.ids;
      if (excluded) excludedModels.push(...ids);
      else {
        preferred.push(...ids);
        if (only) onlyModels = true;
        if (adds) additive.models = true;
      }
    }
  });

  readOrigins(text, clauses, vocabulary, excludedModels, preferred, () => {
    onlyModels = true;
  });

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
  const note = (ids: string[], what: string) =>
    ids.length > 3
      ? `${what}: ${ids.length} kb models (${uniq(ids)
          .map(id => id.split('/').pop())
          .join(', ')})`
      : undefined;
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
 * "no models from Chinese labs", "European models only": the kb models of developers from that
 * country, excluded after a negation, preferred (and required) with "only".
 */
function readOrigins(
  text: string,
  clauses: Clause[],
  vocabulary: IntentVocabulary,
  excluded: string[],
  preferred: string[],
  setOnly: () => void,
): void {
  for (const m of text.matchAll(ORIGIN_RE)) {
    const origin = originOf(m[0]);
    if (!origin) continue;
    const at = m.index ?? 0;
    const clause = clauseAt(clauses, at) ?? { text, start: 0 };
    const rel = at - clause.start;
    const after = clause.text.slice(rel + m[0].length);
    const ids = modelsFrom(vocabulary, origin);
    if (ids.length === 0) continue;
    if (
      /^\s*nothing/.test(m[0]) ||
      excludedBefore(clause.text, rel) ||
      EXCLUDED_AFTER.test(after)
    )
      excluded.push(...ids);
    else if (ONLY.test(clause.text)) {
      preferred.push(...ids);
      setOnly();
    }
  }
}

const NEGATED_NEAR = new RegExp(`${NEGATION_SOURCE}(?:\\s+[\\w-]+){0,4}\\s*$`);
/** "nothing with/under a non-commercial licence" also rules out what follows. */
const NOTHING_WITH =
  /\bnothing (?:with|under|using|licen[cs]ed|that(?:'s| is| has))\b(?:\s+[\w-]+){0,3}\s*$/;
/** Non-commercial licences ruled out: "no non-commercial models", "non-commercial licences are not allowed". */
const NON_COMMERCIAL = /\bnon[\s-]?commercial\b/g;
const RULED_OUT_AFTER =
  /^(?:\s+(?:licen[cs]es?|licen[cs]ed|models?|weights|terms|stuff|ones|only))*\s*(?:is|are|will be)?\s*(?:not allowed|banned|excluded|out|off the table|not an option|forbidden|a no-go|not ok(?:ay)?|not acceptable|unacceptable|a dealbreaker|a deal[\s-]breaker|won'?t (?:work|do|fly)|can'?t be used|cannot be used)\b/;

/** Licence requirements: "open-source only", "Apache/MIT only", "commercial use". */
export function extractLicence(text: string, signals: Signals): void {
  const negatedAt = (at: number) =>
    NEGATED_NEAR.test(text.slice(Math.max(0, at - 40), at)) ||
    /\bnon[\s-]?$/.test(text.slice(Math.max(0, at - 4), at));
  const open =
    /\bopen[\s-]?source\b|(?<![-\w])oss\b(?!-)|\bosi[\s-]approved\b|\bpermissive(?:ly)?(?:[\s-]licen[cs]ed?|[\s-]licen[cs]es?)?\b|\bfully open\b|\btruly open\b|\bfree software\b/.exec(
      text,
    );
  if (open && !negatedAt(open.index))
    setSignal(
      signals,
      'open_source_only',
      true,
      'stated',
      'open source read as OSI-approved permissive licences (Apache-2.0, MIT): kb licence category "permissive"',
    );
  const licences: string[] = [];
  const licenceContext =
    /\blicen[cs]e|\bonly\b|\ballowed\b|\bpermissive\b|\bapache\s?(?:\/|or|and)\s?mit\b|\bmit\s?(?:\/|or|and)\s?apache\b/.test(
      text,
    );
  if (licenceContext) {
    if (/\bapache(?:[\s-]?2(?:\.0)?)?\b/.test(text))
      licences.push('apache-2.0');
    if (/\bmit\b/.test(text)) licences.push('mit');
  }
  if (licences.length)
    setSignal(signals, 'allowed_licenses', licences, 'stated');
  const commercial =
    /\bcommercial(?:[\s-]?use|ly| products?| purposes| deployments?| licen[cs]es?| settings?| customers?| offerings?| saas| services?)\b|\bwe sell\b|\bresell\w*|\bpaid (?:product|service|feature|tier)s?\b|\bcustomer[\s-]facing (?:product|saas|service)\b|\bfor[\s-]profit\b|\bmoneti[sz]\w*/.exec(
      text,
    );
  const nonCommercial = [...text.matchAll(NON_COMMERCIAL)];
  // ruling out non-commercial licences is requiring commercial use
  const nonCommercialRuledOut = nonCommercial.some(m => {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 40), at);
    return (
      NEGATED_NEAR.test(before) ||
      NOTHING_WITH.test(before) ||
      RULED_OUT_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 60))
    );
  });
  if (nonCommercialRuledOut) {
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
