/**
 * Words → intent. The built-in rules always read the request first (they also reject unusable
 * text); with a language model configured its reading is merged in under the policy of
 * `mergeIntents` (serveplan-common), and when it is absent, slow or returns garbage the rules'
 * reading stands, with a notice saying so.
 */
import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  changedFields,
  correctionStart,
  describeChanges,
  extractIntent,
  Intent,
  KnowledgeBase,
  mergeIntents,
  refineIntent,
} from '@serveplan/plugin-serveplan-common';
import {
  IntentProviderName,
  readServeplanConfig,
  ServeplanConfig,
} from '../../config';
import {
  OllamaChatClient,
  OpenAiChatClient,
  StructuredChatClient,
} from './chatClients';
import { LlmReading, readWithLlm } from './llmReading';

export interface IntentReading {
  intent: Intent;
  /** What produced the intent: the rules alone, or a language model merged with them. */
  provider: IntentProviderName;
  /** For the person asking: fallbacks, names the model invented, ... */
  notices: string[];
}

export interface IntentRefinement extends IntentReading {
  changes: string[];
}

/** A first message rejected for what it says, then the message that corrects it. */
export interface CorrectedReading extends IntentRefinement {
  /** Why the first message was rejected; undefined when it read as a request after all. */
  rejection?: string;
}

export function chatClientFor(
  config: ServeplanConfig,
): StructuredChatClient | undefined {
  switch (config.intent.provider) {
    case 'ollama':
      return new OllamaChatClient(config.intent.ollama);
    case 'openai':
      return new OpenAiChatClient(config.intent.openai);
    default:
      return undefined;
  }
}

/** A conversation as one text for the language model (later messages win). */
export function conversationText(
  history: readonly string[],
  followUp: string,
): string {
  const lines = [...history, followUp].map((t, i) =>
    i === 0 ? `Request: ${t}` : `Follow-up ${i}: ${t}`,
  );
  return `${lines.join(
    '\n',
  )}\n(Follow-ups change the request; where they disagree with earlier messages, the later message wins.)`;
}

export class IntentService {
  readonly #client?: StructuredChatClient;
  readonly #logger: LoggerService;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #maxConcurrent: number;
  /** Language-model reads in flight (extract and refine together). */
  #inFlight = 0;

  static create(options: {
    config: ServeplanConfig;
    logger: LoggerService;
    client?: StructuredChatClient;
  }): IntentService {
    return new IntentService(
      options.config,
      options.logger,
      options.client ?? chatClientFor(options.config),
    );
  }

  private constructor(
    config: ServeplanConfig,
    logger: LoggerService,
    client?: StructuredChatClient,
  ) {
    this.#client = client;
    this.#logger = logger;
    this.#timeoutMs = config.intent.timeoutMs;
    this.#maxAttempts = config.intent.maxAttempts;
    this.#maxConcurrent = config.intent.maxConcurrent;
  }

  /**
   * Asks the language model unless `maxConcurrent` reads are already in flight: then the
   * answer is a notice and the caller reads with the rules alone (nothing waits on the model
   * server, nothing is lost).
   */
  async #readWithLlm(
    client: StructuredChatClient,
    text: string,
    kb: KnowledgeBase,
  ): Promise<LlmReading> {
    if (this.#inFlight >= this.#maxConcurrent) {
      return {
        ok: false,
        notice: `the language model is busy (${
          this.#inFlight
        } requests in flight, serveplan.intent.maxConcurrent is ${
          this.#maxConcurrent
        }); read with the built-in rules`,
        attempts: 0,
      };
    }
    this.#inFlight++;
    try {
      return await readWithLlm(client, text, kb, {
        timeoutMs: this.#timeoutMs,
        maxAttempts: this.#maxAttempts,
      });
    } finally {
      this.#inFlight--;
    }
  }

  /** The configured provider (`rules` when no language model is configured). */
  get provider(): IntentProviderName {
    return this.#client?.provider ?? 'rules';
  }

  /** Reads a first request. Throws ServeplanInputError for unusable text. */
  async extract(text: string, kb: KnowledgeBase): Promise<IntentReading> {
    const rules = extractIntent(text, { knowledgeBase: kb });
    if (!this.#client) return { intent: rules, provider: 'rules', notices: [] };
    const llm = await this.#readWithLlm(this.#client, text, kb);
    if (!llm.ok) {
      this.#logger.warn(`intent: ${llm.notice}`);
      return { intent: rules, provider: 'rules', notices: [llm.notice] };
    }
    const intent = mergeIntents(rules, llm.intent, {
      knowledgeBase: kb,
      text,
      notices: llm.notices,
    });
    return { intent, provider: this.#client.provider, notices: llm.notices };
  }

  /**
   * Reads a message that corrects a first message rejected for what it says (a 400 with what was
   * read of it): what the first message said beside the fields in conflict holds, and the
   * correction refines it as a follow-up would, or is read on its own (correctionStart in
   * serveplan-common says which). Throws ServeplanInputError when the correction itself is
   * unusable.
   */
  async correct(
    rejected: string,
    correction: string,
    kb: KnowledgeBase,
  ): Promise<CorrectedReading> {
    const start = correctionStart(rejected, correction, { knowledgeBase: kb });
    if (start.base)
      return {
        ...(await this.refine(start.base, [rejected], correction, kb)),
        rejection: start.rejection,
      };
    const alone = await this.extract(correction, kb);
    return {
      ...alone,
      changes: [],
      rejection: start.rejection,
      notices: start.nothingKept
        ? [
            'nothing of the earlier message could be kept: this message is read on its own',
            ...alone.notices,
          ]
        : alone.notices,
    };
  }

  /** Applies a follow-up to the conversation's intent. Throws ServeplanInputError for unusable text. */
  async refine(
    previous: Intent,
    history: readonly string[],
    followUp: string,
    kb: KnowledgeBase,
  ): Promise<IntentRefinement> {
    const ruled = refineIntent(
      previous,
      followUp,
      { knowledgeBase: kb },
      history,
    );
    if (!this.#client) return { ...ruled, provider: 'rules', notices: [] };
    const llm = await this.#readWithLlm(
      this.#client,
      conversationText(history, followUp),
      kb,
    );
    if (!llm.ok) {
      this.#logger.warn(`intent: ${llm.notice}`);
      return { ...ruled, provider: 'rules', notices: [llm.notice] };
    }
    const intent = mergeIntents(ruled.intent, llm.intent, {
      knowledgeBase: kb,
      text: followUp,
      notices: llm.notices,
      // What the follow-up explicitly changed stands; the model fills the rest.
      ruleChanges: changedFields(previous, ruled.intent),
    });
    return {
      intent,
      changes: describeChanges(previous, intent),
      provider: this.#client.provider,
      notices: llm.notices,
    };
  }
}

export const intentServiceRef = createServiceRef<IntentService>({
  id: 'serveplan.intent',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig, logger: coreServices.logger },
      async factory({ config, logger }) {
        return IntentService.create({
          config: readServeplanConfig(config),
          logger,
        });
      },
    }),
});
