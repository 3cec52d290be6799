/**
 * When not to guess: numbers outside any sensible range (an error naming the field), numbers
 * that contradict each other or the knowledge base (a question), and missing decisive facts (a
 * question). An intent carries at most one question: the first by this order — contradictions,
 * then unknown names, then the missing scale, then the missing use case.
 */
import { IntentFields, FieldSource, IntentField } from './intentSchema';
import { IntentVocabulary } from './vocabulary';
import { SignalProblem } from './signals';
import { roundSig } from './numbers';
import { MAX_USERS } from './quantities';
import { REQUESTS_PER_S_SANITY_BOUND } from './personRates';
import { requestShapeStated } from './requestShape';
import { onlyModestLatencyTargets } from './modestLatency';
import { saysTaskUndecided } from './undecidedTask';
import { undecidedScaleQuestion } from './undecidedScale';

/** Neither null nor undefined. */
const isSet = <T>(v: T | null | undefined): v is T =>
  v !== null && v !== undefined;

const fmt = (n: number) =>
  Number.isInteger(n) ? n.toLocaleString('en-US') : String(roundSig(n, 3));

/** Hard limits: beyond these a number is a mistake, not a plan. */
export const INTENT_LIMITS = {
  users: MAX_USERS,
  requests_per_s: 1e8,
  budget_usd_per_month: 1e10,
  tokens: 1e8,
  latency_ms: 86_400_000,
  max_gpus: 1e6,
};

/** Numbers no plan can meet: each becomes a specific error. */
export function boundsErrors(f: Partial<IntentFields>): SignalProblem[] {
  const out: SignalProblem[] = [];
  if (isSet(f.users) && (f.users < 1 || f.users > INTENT_LIMITS.users)) {
    out.push({
      field: 'users',
      message: `${fmt(
        f.users,
      )} users is out of range: give between 1 and ${INTENT_LIMITS.users.toExponential(
        0,
      )} users`,
    });
  }
  if (
    isSet(f.requests_per_s) &&
    f.requests_per_s > INTENT_LIMITS.requests_per_s
  ) {
    out.push({
      field: 'requests_per_s',
      message: `${fmt(
        f.requests_per_s,
      )} requests per second is more than all of the web's search traffic; give a realistic rate`,
    });
  }
  if (
    isSet(f.budget_usd_per_month) &&
    f.budget_usd_per_month > INTENT_LIMITS.budget_usd_per_month
  ) {
    out.push({
      field: 'budget_usd_per_month',
      message: `a budget of $${fmt(
        f.budget_usd_per_month,
      )} per month is out of range`,
    });
  }
  for (const field of [
    'max_input_tokens',
    'input_tokens',
    'output_tokens',
  ] as const) {
    const v = f[field];
    if (isSet(v) && v > INTENT_LIMITS.tokens)
      out.push({
        field,
        message: `${fmt(v)} tokens (${field.replace(
          /_/g,
          ' ',
        )}) is out of range: no model reads that much`,
      });
  }
  for (const t of f.latency_targets ?? []) {
    if (t.ms > INTENT_LIMITS.latency_ms)
      out.push({
        field: 'latency_targets',
        message: `a ${t.metric.toUpperCase()} target of ${fmt(
          t.ms,
        )} ms is more than a day`,
      });
  }
  if (isSet(f.max_gpus) && f.max_gpus > INTENT_LIMITS.max_gpus)
    out.push({
      field: 'max_gpus',
      message: `${fmt(f.max_gpus)} GPUs is out of range`,
    });
  return out;
}

/**
 * A monthly budget below one GPU-month of the cheapest GPU in the kb's prices. On its own it is a
 * tight budget, not a contradiction: the request is planned, an assumption says the budget is
 * below one GPU-month, and the planner marks every configuration over budget and shows the
 * cheapest ones (blind writers of halves 17, 21, 30 and 32 labelled such budgets with no
 * question). It is asked about only beside a demand for the most, stated in the writer's own
 * words: top quality or top speed for less than one GPU ("the best possible quality, under 100 ms,
 * under $50 a month"). A speed demand bounded by modest waits ("quick, within 3 seconds") is
 * no such demand (modestLatency.ts).
 */
export function budgetBelowGpuMonth(
  f: Pick<IntentFields, 'budget_usd_per_month'>,
  vocabulary?: IntentVocabulary,
): { gpu: string; usd: number } | undefined {
  const month = vocabulary?.cheapestGpuMonth;
  const budget = f.budget_usd_per_month;
  return month && isSet(budget) && budget < month.usd ? month : undefined;
}

/**
 * Top quality or top speed, said in the text rather than taken from the use case's defaults. A
 * speed demand the writer bounded with modest waits ("replies must be quick, under 3 seconds to
 * the first word") asks for that bound, not for top speed (modestLatency.ts); nor does a speed
 * inferred from a target where the writer put cost first.
 */
export function demandsTheMost(
  f: Pick<
    IntentFields,
    'latency_priority' | 'quality_priority' | 'latency_targets'
  > &
    Partial<Pick<IntentFields, 'cost_priority'>>,
  source: Partial<Record<IntentField, FieldSource>>,
): boolean {
  const said = (field: IntentField) =>
    source[field] !== undefined && source[field] !== 'default';
  // a speed only inferred from a target, beside cost said to come first ("keep it cheap, $300 a
  // month, responses < 2 s"), is a bound the writer accepts, not a demand for the most
  const costFirst =
    f.cost_priority === 'high' &&
    source.cost_priority === 'stated' &&
    source.latency_priority === 'inferred';
  return (
    (f.latency_priority === 'high' &&
      said('latency_priority') &&
      !costFirst &&
      !onlyModestLatencyTargets(f.latency_targets)) ||
    (f.quality_priority === 'high' && said('quality_priority'))
  );
}

/**
 * Numbers that contradict each other or what the kb can do: each becomes a question.
 * `budgetWeighedAgainst`: the words in which the writer said which GPU a small budget pays for
 * (budgetWeighedAgainstGpu.ts); a budget below one rented GPU-month is then not asked about.
 * `source`: where each field came from, to tell a demand the writer stated from a default.
 */
export function contradictions(
  f: IntentFields,
  vocabulary?: IntentVocabulary,
  context: {
    budgetWeighedAgainst?: string;
    source?: Partial<Record<IntentField, FieldSource>>;
  } = {},
): SignalProblem[] {
  const out: SignalProblem[] = [];
  if (
    isSet(f.users) &&
    isSet(f.requests_per_s) &&
    f.requests_per_s / f.users > 20
  ) {
    out.push({
      field: 'requests_per_s',
      message: `${fmt(f.requests_per_s)} requests per second from ${fmt(
        f.users,
      )} users is ${fmt(
        f.requests_per_s / f.users,
      )} per user every second, far more than people send. Is ${fmt(
        f.requests_per_s,
      )} req/s the total for more users, or are these ${fmt(
        f.users,
      )} users programs calling the API?`,
    });
  }
  if (
    isSet(f.requests_per_user_per_day) &&
    f.requests_per_user_per_day > 20_000
  ) {
    out.push({
      field: 'requests_per_user_per_day',
      message: `${fmt(
        f.requests_per_user_per_day,
      )} requests per user per day is more than one every five seconds around the clock. Is that the total for all users?`,
    });
  }
  if (
    isSet(f.requests_per_s) &&
    f.requests_per_s > REQUESTS_PER_S_SANITY_BOUND
  ) {
    out.push({
      field: 'requests_per_s',
      message: `${fmt(
        f.requests_per_s,
      )} requests per second is more than any whole deployment is planned for. Did you mean per minute or per day?`,
    });
  }
  for (const t of f.latency_targets) {
    const floor = t.metric === 'itl' ? 2 : 10;
    if (t.ms < floor) {
      out.push({
        field: 'latency_targets',
        message: `A ${t.metric.toUpperCase()} of ${fmt(
          t.ms,
        )} ms is below what any GPU can do (one decoding step takes ${floor} ms or more). Did you mean ${fmt(
          t.ms,
        )} s?`,
      });
    }
  }
  const ttft = f.latency_targets.find(t => t.metric === 'ttft');
  const e2e = f.latency_targets.find(t => t.metric === 'e2e');
  if (ttft && e2e && e2e.ms < ttft.ms) {
    out.push({
      field: 'latency_targets',
      message: `The end-to-end target (${fmt(
        e2e.ms,
      )} ms) is shorter than the time to first token (${fmt(
        ttft.ms,
      )} ms), which it includes. Which one is right?`,
    });
  }
  if (
    isSet(f.input_tokens) &&
    isSet(f.max_input_tokens) &&
    f.input_tokens > f.max_input_tokens
  ) {
    out.push({
      field: 'input_tokens',
      message: `Typical prompts of ${fmt(
        f.input_tokens,
      )} tokens are longer than the ${fmt(
        f.max_input_tokens,
      )}-token context asked for. Which is right?`,
    });
  }
  const both = f.preferred_models.filter(m => f.excluded_models.includes(m));
  if (both.length > 0) {
    out.push({
      field: 'preferred_models',
      message: `${both.map(m => m.split('/').pop()).join(', ')} ${
        both.length > 1 ? 'are' : 'is'
      } both asked for and excluded. Should ${
        both.length > 1 ? 'they' : 'it'
      } be used or not?`,
    });
  }
  const gpus = f.allowed_gpus.filter(g => f.excluded_gpus.includes(g));
  if (gpus.length > 0)
    out.push({
      field: 'allowed_gpus',
      message: `${gpus.join(', ')} is both allowed and excluded. Which is it?`,
    });
  if (vocabulary) {
    if (
      isSet(f.max_input_tokens) &&
      vocabulary.maxContext > 0 &&
      f.max_input_tokens > vocabulary.maxContext
    ) {
      out.push({
        field: 'max_input_tokens',
        message: `A ${fmt(
          f.max_input_tokens,
        )}-token context is longer than any model in the knowledge base supports (at most ${fmt(
          vocabulary.maxContext,
        )}). Can the input be split, or is the number off?`,
      });
    }
    const cheapest = budgetBelowGpuMonth(f, vocabulary);
    if (
      cheapest &&
      !context.budgetWeighedAgainst &&
      demandsTheMost(f, context.source ?? {})
    ) {
      out.push({
        field: 'budget_usd_per_month',
        message: `A budget of $${fmt(
          f.budget_usd_per_month!,
        )} per month is less than one ${cheapest.gpu} for a month ($${fmt(
          Math.round(cheapest.usd),
        )}), the cheapest GPU in the knowledge base, yet the request asks for top ${
          f.quality_priority === 'high' ? 'quality' : 'speed'
        }. Is the budget per month, and is it right?`,
      });
    }
    const licensed = (ids: string[]) =>
      vocabulary.models.filter(m => ids.includes(m.id));
    if (f.open_source_only && f.preferred_models.length > 0) {
      const closed = licensed(f.preferred_models).filter(
        m => m.license.category !== 'permissive',
      );
      if (closed.length > 0 && closed.length === f.preferred_models.length) {
        out.push({
          field: 'preferred_models',
          message: `${closed.map(m => m.shortName).join(', ')} ${
            closed.length > 1 ? 'are' : 'is'
          } not under an open-source licence (${[
            ...new Set(closed.map(m => m.license.id)),
          ].join(', ')}). Use ${
            closed.length > 1 ? 'them' : 'it'
          } anyway, or only open-source models?`,
        });
      }
    }
    if (f.allowed_licenses.length > 0 && f.preferred_models.length > 0) {
      const outside = licensed(f.preferred_models).filter(
        m => !f.allowed_licenses.includes(m.license.id),
      );
      if (outside.length > 0 && outside.length === f.preferred_models.length) {
        out.push({
          field: 'preferred_models',
          message: `${outside.map(m => m.shortName).join(', ')} ${
            outside.length > 1 ? 'are' : 'is'
          } licensed ${[...new Set(outside.map(m => m.license.id))].join(
            ', ',
          )}, not ${f.allowed_licenses.join(' or ')}. Which constraint wins?`,
        });
      }
    }
  }
  return out;
}

export const USE_CASE_QUESTION =
  'What will the model be used for: a chatbot, code completion, code generation, RAG over documents, summarization, long-document analysis, translation, content generation, batch processing or an agent?';

/** A volume said to be low, in words: "not high volume", "low traffic", "light usage". */
const LOW_VOLUME =
  /\b(?:not|isn'?t|won'?t be|never)\s(?:a\s)?(?:very\s|particularly\s|that\s|super\s)?(?:high|heavy|big|large|massive)[\s-](?:volume|traffic|load|usage|throughput)\b|\b(?:low|light|small|tiny|modest|minimal)[\s-](?:volume|traffic|load|usage|throughput)\b/;

/**
 * An in-house team, or the people of one role in it: "our designers", "the legal team", "our
 * toxicology group", "the imaging lab". A group's possessive ("our hotel group's guests") names
 * whose users they are, not the users.
 */
const TEAM = `(?:our|the|its|their|my) (?:own |in[\\s-]house |internal )?(?:[a-z]+ )?(?:team|teams|department|dept|squad|group(?!['’]s)|groups|lab|labs|designers|writers|copywriters|editors|lawyers|paralegals|analysts|researchers|sres|data scientists|recruiters|accountants|marketers|translators|reviewers|auditors|underwriters|planners)\\b`;

/**
 * A team named as the users, with no count: "used by our designers", "for the legal team", "our
 * SREs use it". A team is small; the plan sizes the smallest deployment. A team that asks for a
 * tool others use ("the web team wants a chatbot for shoppers") says nothing of the scale, and
 * whole populations ("our customers", "employees", "developers") are not a team: their number
 * decides the plan, so it is asked for.
 */
const TEAM_AS_USERS = new RegExp(
  `\\b(?:used by|shared by|for|helps?|lets?|serves?|across|within) ${TEAM}|\\b${TEAM} (?:(?:will|would|can|could|all|then)\\s)?(?:use|uses|using)\\b`,
);

/** People outside the team, whose number is the scale. */
const OUTSIDE_USERS =
  /\b(?:customers?|clients?|users|visitors|shoppers|players|citizens|patients|students|subscribers|members|the public|employees|staff)\b/;

/** Scale fields: users, a rate or a batch size. */
const hasScale = (f: IntentFields) =>
  isSet(f.users) || isSet(f.requests_per_s) || isSet(f.batch_requests);

/**
 * The missing fact that blocks a plan, as a question; null when nothing decisive is missing.
 * `earlier` is the intent before a follow-up: when it asked nothing although its scale was
 * missing, the scale was settled in words then ("a small team", "not high volume"), and a
 * follow-up that leaves it unstated does not bring the question back.
 */
export function missingQuestion(
  f: IntentFields,
  source: Partial<Record<IntentField, FieldSource>>,
  recognised: number,
  text: string,
  earlier?: IntentFields & { question: string | null },
): string | null {
  const useCaseKnown =
    source.use_case !== undefined && source.use_case !== 'default';
  if (recognised === 0 && !useCaseKnown) {
    const shown =
      text.trim().length > 60 ? `${text.trim().slice(0, 57)}...` : text.trim();
    return `I could not find a use case, a number of users or any other requirement in "${shown}". What should the model do, and for how many users or requests per second? For example: "chatbot for 5k users, p95 TTFT under 300 ms".`;
  }
  // "I don't know what we'd use it for yet": the scale depends on the task, so the task comes first
  if (!useCaseKnown && saysTaskUndecided(text.toLowerCase()))
    return USE_CASE_QUESTION;
  // "could be our 20 planners, could be 2,000, that's not decided": whichever count was read, the
  // writer has not chosen it, so the plan's size is asked for (undecidedScale.ts)
  const undecided = undecidedScaleQuestion(text);
  if (undecided) return undecided;
  const settledEarlier =
    earlier !== undefined && earlier.question === null && !hasScale(earlier);
  // "it's not high volume", "low traffic": the scale is answered, in words; the plan sizes the
  // smallest deployment rather than asking for a count the writer has said does not matter
  if (
    !hasScale(f) &&
    useCaseKnown &&
    (settledEarlier || LOW_VOLUME.test(text.toLowerCase()))
  )
    return null;
  if (!hasScale(f)) {
    if (f.use_case === 'batch_processing')
      return 'How many requests (documents, items) does one batch hold, and in how many hours must it finish?';
    if (isSet(f.requests_per_user_per_day))
      return `Each user sends about ${fmt(
        f.requests_per_user_per_day,
      )} requests a day; how many users are there?`;
    // "used by our designers": a team, so a small deployment, as for a low volume
    const lower = text.toLowerCase();
    if (useCaseKnown && TEAM_AS_USERS.test(lower) && !OUTSIDE_USERS.test(lower))
      return null;
    return 'How many users will use it (or how many requests per second at peak)?';
  }
  // a request that gives its own lengths, targets and trade-offs needs no use case to be planned
  if (!useCaseKnown && !requestShapeStated(f, source)) return USE_CASE_QUESTION;
  return null;
}
