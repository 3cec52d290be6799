/**
 * A conversation refines one intent: each follow-up ("make it cheaper", "now 5000 users", "only
 * L40S", "p99 instead of p95", "no Llama models", "actually it's for code completion") is read
 * on its own and applied over the intent so far, and the reply says what changed. Statements
 * replace (users, rates, budget, the allowed GPUs, the use case); exclusions add up; relative
 * phrases step a priority or scale the traffic; everything not mentioned stays.
 */
import { Intent } from './intentSchema';
import { clockWindowStart } from './clockWindow';
import {
  describeChanges,
  extractIntent,
  finalizeIntent,
  IntentOptions,
  readSignals,
} from './ruleBasedIntent';

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
  });
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

/** The intent after a whole conversation: the first message, then each follow-up in turn. */
export function intentFromConversation(
  messages: readonly string[],
  options: IntentOptions = {},
): IntentRefinement {
  if (messages.length === 0)
    return { intent: extractIntent('', options), changes: [] };
  let intent = extractIntent(messages[0], options);
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
