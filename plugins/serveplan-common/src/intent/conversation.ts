/**
 * A conversation refines one intent: each follow-up ("make it cheaper", "now 5000 users", "only
 * L40S", "p99 instead of p95", "no Llama models", "actually it's for code completion") is read
 * on its own and applied over the intent so far, and the reply says what changed. Statements
 * replace (users, rates, budget, the allowed GPUs, the use case); exclusions add up; relative
 * phrases step a priority or scale the traffic; everything not mentioned stays.
 */
import { isServeplanInputError } from '../errors/ServeplanInputError';
import { Intent, IntentField, intentFieldLabels } from './intentSchema';
import { clockWindowStart } from './clockWindow';
import { readConcurrentRestatement } from './concurrentRestatement';
import { readPeriodRestatement } from './ratePeriodRestatement';
import { rewriteNumberWords, roundSig } from './numbers';
import {
  readRestatedCountOverPeriod,
  RestatedCountOverPeriod,
  readRestatedShare,
  restatedFieldOverPeriod,
} from './restatement';
import {
  describeChanges,
  extractIntent,
  finalizeIntent,
  IntentOptions,
  ReadOptions,
  readSignals,
} from './ruleBasedIntent';
import { setSignal, Signals } from './signals';
import { labelledChange, readCorrectionOfPrevious } from './valueCorrection';
import {
  correctEarlierNumber,
  withEarlierCorrectionsApplied,
} from './earlierNumberCorrection';

export interface IntentRefinement {
  intent: Intent;
  /** What the follow-up changed, for a person: "users: 1,000 → 5,000". Empty when nothing did. */
  changes: string[];
}

/** The start of the last batch window the earlier messages said ("from 1am to 5am"). */
function earlierWindowStart(
  earlierMessages: readonly string[],
): string | undefined {
  let start: string | undefined;
  for (const message of earlierMessages)
    start = clockWindowStart(message) ?? start;
  return start;
}

/** Reads `text` as a first request; undefined when it cannot be read (too long, say). */
function readQuietly(text: string, options: ReadOptions): Signals | undefined {
  try {
    return readSignals(text, options);
  } catch {
    return undefined;
  }
}

/** Messages read as one text, one per line; undefined when they cannot be read. */
function readAsOneText(
  messages: readonly string[],
  options: ReadOptions,
): Signals | undefined {
  return readQuietly(messages.join('\n'), options);
}

/**
 * A count of people in a follow-up whose noun only the earlier messages make the users ("a
 * chatbot for our drivers", then "there are 400 drivers"): when neither the intent so far nor the
 * follow-up alone has the users, the conversation read as one text gives them, as long as the
 * earlier messages read as one text do not (the count is the follow-up's).
 */
function usersReadInContext(
  signals: Signals,
  previous: Intent,
  followUp: string,
  earlierMessages: readonly string[],
  options: IntentOptions,
): void {
  if (previous.users !== null || signals.values.users !== undefined) return;
  if (earlierMessages.length === 0) return;
  const whole = readAsOneText([...earlierMessages, followUp], options);
  const users = whole?.values.users;
  if (!whole || users === undefined || users === null) return;
  const before = readAsOneText(earlierMessages, options);
  if (!before || before.values.users !== undefined) return;
  setSignal(
    signals,
    'users',
    users,
    'stated',
    `${users.toLocaleString(
      'en-US',
    )} read as the users with what the earlier messages say of them`,
  );
  if (whole.values.users_kind !== undefined)
    setSignal(signals, 'users_kind', whole.values.users_kind, 'stated');
}

/**
 * "Correction: it's closer to 350 at the same time": with people counted at once so far, a bare
 * count at once in a follow-up (concurrentRestatement.ts) is the new count of them.
 */
function concurrentCountRestated(
  signals: Signals,
  previous: Intent,
  followUp: string,
): void {
  if (
    previous.users_kind !== 'concurrent' ||
    previous.users === null ||
    signals.values.users !== undefined
  )
    return;
  const restated = readConcurrentRestatement(
    rewriteNumberWords(followUp.toLowerCase()).text,
  );
  if (!restated) return;
  setSignal(
    signals,
    'users',
    restated.value,
    'stated',
    `"${restated.text.trim()}": people at once ${previous.users.toLocaleString(
      'en-US',
    )} → ${restated.value.toLocaleString('en-US')}`,
  );
  setSignal(signals, 'users_kind', 'concurrent', 'stated');
}

/**
 * More people at once in a follow-up than the earlier messages count in all ("internal HR
 * chatbot for our 400 employees", then "about 1,500 of them at the same time"; "we are 30
 * operators in total", then "75 operators use it in the same moment"): rejected when the
 * conversation read as one text is (its reader decides whether the two counts are of the same
 * people), not read as a correction.
 */
function contradictionReadInContext(
  signals: Signals,
  previous: Intent,
  followUp: string,
  earlierMessages: readonly string[],
  options: IntentOptions,
): void {
  const atOnce = signals.values.users;
  if (
    signals.values.users_kind !== 'concurrent' ||
    atOnce === undefined ||
    atOnce === null ||
    previous.users_kind !== 'total' ||
    previous.users === null ||
    !(atOnce > previous.users) ||
    earlierMessages.length === 0
  )
    return;
  const whole = readAsOneText([...earlierMessages, followUp], options);
  const problem = whole?.errors.find(e => e.field === 'users');
  if (problem) signals.errors.push(problem);
}

/**
 * A share of people in a follow-up said of the people the earlier messages counted ("about
 * 2,000 volunteers", then "maybe 10 % of them use it on a given day"): when the follow-up alone
 * gives no share, the conversation read as one text gives it, as long as the earlier messages
 * read as one text do not (the share is the follow-up's).
 */
function shareReadInContext(
  signals: Signals,
  followUp: string,
  earlierMessages: readonly string[],
  options: IntentOptions,
): void {
  if (signals.values.active_share !== undefined) return;
  if (earlierMessages.length === 0) return;
  const whole = readAsOneText([...earlierMessages, followUp], options);
  const share = whole?.values.active_share;
  if (!whole || share === undefined || share === null) return;
  const before = readAsOneText(earlierMessages, options);
  if (!before || before.values.active_share !== undefined) return;
  setSignal(
    signals,
    'active_share',
    share,
    'stated',
    `${roundSig(
      share * 100,
      3,
    )} % read as the share of the people the earlier messages count`,
  );
}

/**
 * "Actually make that 8%": a percentage restated with nothing after it corrects the share of
 * active people said before; with no share before, it is left alone (it may be anything).
 */
function shareRestated(
  signals: Signals,
  previous: Intent,
  followUp: string,
): void {
  if (signals.values.active_share !== undefined) return;
  if (previous.active_share === null || previous.active_share === undefined)
    return;
  const restated = readRestatedShare(followUp);
  if (!restated) return;
  setSignal(
    signals,
    'active_share',
    roundSig(restated.share, 4),
    'stated',
    `"${restated.text.trim()}" corrects the share of active people (${roundSig(
      previous.active_share * 100,
      3,
    )} % before)`,
  );
}

/**
 * A count restated over a period that corrects another field ("make that 5 a day" of the
 * requests each user sends, "actually 6,500 a day" of the people a day) was also read by the rate
 * reader as the whole service's rate (5 or 6,500 requests a day): that rate is the same words, so
 * it is dropped. A rate said in other words stays.
 */
function dropRateOfRestatedCount(
  signals: Signals,
  restated: RestatedCountOverPeriod,
): void {
  const rate = signals.values.requests_per_s;
  const same = restated.value / restated.seconds;
  if (typeof rate !== 'number' || Math.abs(rate - same) > same * 0.01) return;
  for (const field of ['requests_per_s', 'requests_per_s_basis'] as const) {
    delete signals.values[field];
    delete signals.source[field];
    delete signals.notes[field];
  }
}

/**
 * "Actually make that 9,000 daily": a count restated with its period and no noun corrects the
 * count said over a period before (the users, the rate or the budget) that it is close to.
 */
function countRestatedOverPeriod(
  signals: Signals,
  previous: Intent,
  followUp: string,
): void {
  const restated = readRestatedCountOverPeriod(
    rewriteNumberWords(followUp.toLowerCase()).text,
  );
  if (!restated) return;
  const target = restatedFieldOverPeriod(previous, restated);
  const said = restated.text.trim();
  if ('ambiguous' in target) {
    signals.questions.push({
      message: `"${said}": which should change, the ${target.ambiguous.join(
        ' or the ',
      )}?`,
    });
    return;
  }
  if ('none' in target || signals.values[target.field] !== undefined) return;
  if (target.field !== 'requests_per_s')
    dropRateOfRestatedCount(signals, restated);
  const value =
    target.field === 'users'
      ? Math.round(target.value)
      : roundSig(target.value, 6);
  setSignal(
    signals,
    target.field,
    value,
    'stated',
    `"${said}": ${intentFieldLabels[target.field]} ${Number(
      previous[target.field],
    ).toLocaleString('en-US')} → ${value.toLocaleString('en-US')}`,
  );
}

/**
 * "Sorry, I meant per minute": the count said before, over the new period. Scales the rate (or
 * the budget, when the count was money) the intent has, unless the follow-up states it anew.
 */
function periodRestated(
  signals: Signals,
  previous: Intent,
  followUp: string,
  earlierMessages: readonly string[],
): void {
  const restated = readPeriodRestatement(followUp, earlierMessages);
  if (!restated) return;
  const field =
    restated.of === 'money'
      ? 'budget_usd_per_month'
      : (['requests_per_s', 'requests_per_user_per_day'] as const).find(
          f => previous[f] !== null,
        );
  if (!field || signals.values[field] !== undefined) return;
  const before = previous[field];
  if (before === null) return;
  setSignal(
    signals,
    field,
    roundSig(before * restated.factor, 6),
    'stated',
    `"${restated.text.trim()}": per ${restated.from} read as per ${
      restated.to
    } (× ${roundSig(restated.factor, 4)})`,
  );
  if (field === 'requests_per_s' && restated.basis)
    setSignal(signals, 'requests_per_s_basis', restated.basis, 'stated');
}

/**
 * "It's 320 at once, not 500": the new number replaces the value of the field that had the old
 * one, unless the follow-up stated that field otherwise.
 */
function valueCorrected(
  signals: Signals,
  previous: Intent,
  followUp: string,
): void {
  const corrected = readCorrectionOfPrevious(followUp, previous);
  if (!corrected) return;
  // the number taken back, read alone as a statement ("it is not 35 managers, it is 50"), is none
  const readAlone = signals.values[corrected.field];
  if (readAlone !== undefined && readAlone !== previous[corrected.field])
    return;
  // the new number said alone ("make it 128k") is this correction, not a value to place
  for (let i = signals.relative.length - 1; i >= 0; i--) {
    const r = signals.relative[i];
    if (
      r.kind === 'restate' &&
      (r.value === corrected.written || r.value === corrected.value)
    )
      signals.relative.splice(i, 1);
  }
  setSignal(
    signals,
    corrected.field,
    corrected.value,
    'stated',
    `"${corrected.text.trim()}": ${intentFieldLabels[corrected.field]} ${Number(
      previous[corrected.field],
    ).toLocaleString('en-US')} → ${corrected.value.toLocaleString('en-US')}`,
    { override: true },
  );
}

/** True while numberCorrectedInEarlierWords reads a conversation again (reading is synchronous). */
let rereadingEarlierWords = false;

/**
 * "forget the 300, it's 120 firms" when the earlier words said 300 (300 firms × 3 reviews a week
 * made the rate, whether or not the firms are the users), or "actually make that 50 agents" after
 * "about 45 agents" (restatedCount.ts): the conversation is read again with the new number in
 * place of the old, and the fields that reading changes take their new values, unless the
 * follow-up (or valueCorrected) set them.
 */
function numberCorrectedInEarlierWords(
  signals: Signals,
  previous: Intent,
  followUp: string,
  earlierMessages: readonly string[],
  options: IntentOptions,
): void {
  // one level only: the earlier corrections are already made in the words they correct
  // (withEarlierCorrectionsApplied), so they need no re-reading in turn, and a chain of
  // corrections costs one re-reading each, not one per earlier correction (2^n)
  if (rereadingEarlierWords) return;
  const corrected = correctEarlierNumber(
    followUp,
    withEarlierCorrectionsApplied(earlierMessages),
  );
  if (!corrected) return;
  let reread: Intent;
  rereadingEarlierWords = true;
  try {
    reread = intentFromConversation(corrected.messages, options).intent;
  } catch (e) {
    // the new number itself unusable ("make that -5 agents"): its reader's specific error, not
    // a silent "no change"
    if (isServeplanInputError(e) && e.message.includes(corrected.new))
      signals.errors.push({
        field: e.field as IntentField | undefined,
        message: e.message,
      });
    return;
  } finally {
    rereadingEarlierWords = false;
  }
  for (const field of Object.keys(intentFieldLabels) as IntentField[]) {
    const value = reread[field];
    if (
      signals.values[field] !== undefined ||
      value === null ||
      JSON.stringify(value) === JSON.stringify(previous[field])
    )
      continue;
    const why = reread.notes[field];
    setSignal(
      signals,
      field,
      value as never,
      reread.source[field] ?? 'stated',
      `"${corrected.said}": the earlier ${corrected.old} read as ${
        corrected.new
      }${why ? `; ${why}` : ''}`,
    );
  }
}

/**
 * "change users -> 2.8k daily": the change read as the labelled statement "users: 2.8k daily";
 * what it states fills the fields the follow-up read alone left unset.
 */
function labelledChangeRead(
  signals: Signals,
  followUp: string,
  options: IntentOptions,
): void {
  const statement = labelledChange(followUp);
  if (!statement) return;
  const read = readQuietly(statement, { ...options, followUp: true });
  if (!read) return;
  for (const field of Object.keys(read.values) as Array<
    keyof typeof read.values
  >) {
    const value = read.values[field];
    if (value === undefined || signals.values[field] !== undefined) continue;
    setSignal(signals, field, value as never, 'stated', read.notes[field]);
  }
}

/**
 * Applies a follow-up to an intent. `earlierMessages` are the conversation's messages before it,
 * for what a follow-up refers back to in words rather than in the intent (a window's start).
 * Throws ServeplanInputError for unusable text or numbers.
 */
export function refineIntent(
  previous: Intent,
  followUp: string,
  options: IntentOptions = {},
  earlierMessages: readonly string[] = [],
): IntentRefinement {
  const signals = readSignals(followUp, {
    ...options,
    followUp: true,
    contextUseCase: previous.use_case,
    contextModels: previous.preferred_models,
    contextWindowStart: earlierWindowStart(earlierMessages),
    contextLatencyTargets: previous.latency_targets,
  });
  usersReadInContext(signals, previous, followUp, earlierMessages, options);
  concurrentCountRestated(signals, previous, followUp);
  contradictionReadInContext(
    signals,
    previous,
    followUp,
    earlierMessages,
    options,
  );
  shareReadInContext(signals, followUp, earlierMessages, options);
  shareRestated(signals, previous, followUp);
  countRestatedOverPeriod(signals, previous, followUp);
  periodRestated(signals, previous, followUp, earlierMessages);
  valueCorrected(signals, previous, followUp);
  numberCorrectedInEarlierWords(
    signals,
    previous,
    followUp,
    earlierMessages,
    options,
  );
  labelledChangeRead(signals, followUp, options);
  const intent = finalizeIntent(
    signals,
    { ...options, text: followUp },
    previous,
  );
  const changes = describeChanges(previous, intent);
  if (changes.length === 0 && signals.recognised === 0 && !intent.question) {
    return {
      intent: {
        ...intent,
        question: `I did not find a change in "${followUp
          .trim()
          .slice(
            0,
            60,
          )}". What should change: users, requests per second, latency targets, budget, models, GPUs or the use case?`,
      },
      changes,
    };
  }
  return { intent, changes };
}

/** Times a rejected message is read again with one more field in conflict left out. */
const MAX_FIELDS_LEFT_OUT = 4;

/**
 * What a first message rejected for what it says still says, as an intent: the fields read
 * beside the ones in conflict ("a rag bot: 40 staff in all, 90 of them at once" keeps the use
 * case, not the users), for the message that corrects it to refine. Undefined when nothing of it
 * can be kept: no words, too long, not about serving a model. The fields left out are named in
 * the intent's assumptions.
 */
export function intentBesideRejection(
  rejected: string,
  options: IntentOptions = {},
): Intent | undefined {
  const signals = readQuietly(rejected, options);
  if (!signals) return undefined;
  const leftOut = new Set<IntentField>();
  for (const problem of signals.errors)
    if (problem.field) leftOut.add(problem.field);
  signals.errors = [];
  for (let attempt = 0; attempt <= MAX_FIELDS_LEFT_OUT; attempt++) {
    for (const field of leftOut) {
      delete signals.values[field];
      delete signals.source[field];
      delete signals.notes[field];
    }
    try {
      const intent = finalizeIntent(signals, { ...options, text: rejected });
      return {
        ...intent,
        assumptions: [
          ...intent.assumptions,
          `the first message was not planned as written${
            leftOut.size > 0
              ? `; left out of it: ${[...leftOut]
                  .map(f => intentFieldLabels[f] ?? f)
                  .join(', ')}`
              : ''
          }`,
        ],
      };
    } catch (e) {
      if (!isServeplanInputError(e)) throw e;
      const field = e.field as IntentField | undefined;
      // a rejection of the text itself (off topic), or one that leaving out did not settle
      if (!field || !(field in intentFieldLabels) || leftOut.has(field))
        return undefined;
      leftOut.add(field);
    }
  }
  return undefined;
}

/** Where a message correcting a first message that was rejected starts from. */
export interface CorrectionStart {
  /** The intent the correction refines; undefined when the correction is read on its own. */
  base?: Intent;
  /** Why the first message was rejected; undefined when it reads as a request after all. */
  rejection?: string;
  /** True when nothing of the first message could be kept (no words, not about serving a model). */
  nothingKept: boolean;
}

/** Whether `text` reads by itself as a request that asks nothing. */
function readsAsWholeRequest(text: string, options: IntentOptions): boolean {
  try {
    return extractIntent(text, options).question === null;
  } catch {
    return false;
  }
}

/**
 * Where a correction of a first message rejected for what it says starts from: what that message
 * said beside the fields in conflict (intentBesideRejection), for the correction to refine as a
 * follow-up would. A correction that reads as a whole request by itself (the first message
 * edited and sent again), or one after a first message of which nothing can be kept, is read on
 * its own. The portal (the backend's IntentService) and labelled conversations read the same way.
 */
export function correctionStart(
  rejected: string,
  correction: string,
  options: IntentOptions = {},
): CorrectionStart {
  let base: Intent | undefined;
  let rejection: string | undefined;
  try {
    base = extractIntent(rejected, options);
  } catch (e) {
    if (!isServeplanInputError(e)) throw e;
    rejection = e.message;
    base = intentBesideRejection(rejected, options);
    if (!base) return { rejection, nothingKept: true };
  }
  if (readsAsWholeRequest(correction, options))
    return { rejection, nothingKept: false };
  return { base, rejection, nothingKept: false };
}

/**
 * The intent after a whole conversation: the first message, then each follow-up in turn. A first
 * message rejected for what it says is corrected by the next (correctionStart), as in the
 * portal.
 */
export function intentFromConversation(
  messages: readonly string[],
  options: IntentOptions = {},
): IntentRefinement {
  if (messages.length === 0)
    return { intent: extractIntent('', options), changes: [] };
  let intent: Intent;
  try {
    intent = extractIntent(messages[0], options);
  } catch (e) {
    if (!isServeplanInputError(e) || messages.length < 2) throw e;
    const start = correctionStart(messages[0], messages[1], options);
    if (!start.base) return intentFromConversation(messages.slice(1), options);
    intent = start.base;
  }
  let changes: string[] = [];
  for (let i = 1; i < messages.length; i++) {
    ({ intent, changes } = refineIntent(
      intent,
      messages[i],
      options,
      messages.slice(0, i),
    ));
  }
  return { intent, changes };
}
