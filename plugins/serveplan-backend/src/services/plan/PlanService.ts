/**
 * Plans: an intent (or a specification input) with what-if overrides → specification → the
 * planner over the effective knowledge base; persisted with the kb version that produced them.
 */
import crypto from 'node:crypto';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  applyIntentOverrides,
  applySpecOverrides,
  boundsErrors,
  buildSpec,
  contradictions,
  Intent,
  intentVocabulary,
  KnowledgeBase,
  planAsync,
  PlanResult,
  serveplanPlanCreatePermission,
  ServeplanInputError,
  SpecInput,
  specInputFromIntent,
} from '@serveplan/plugin-serveplan-common';
import { readServeplanConfig, ServeplanConfig } from '../../config';
import { ClarificationNeededError } from '../../errors';
import {
  serveplanDatabaseServiceRef,
  ServeplanDatabase,
} from '../../database/ServeplanDatabase';
import {
  PlanInputKind,
  PlanSummary,
  StoredPlan,
} from '../../database/PlanStore';
import { authorize, principalRef } from '../access';
import {
  knowledgeBaseServiceRef,
  KnowledgeBaseService,
} from '../kb/KnowledgeBaseService';
import { intentServiceRef, IntentService } from '../intent/IntentService';
import { parseIntentFields, parseSpecInput } from './inputSchemas';
import { resolveTop } from './top';

export const MAX_OVERRIDES = 50;

export interface PlanRequest {
  text?: string;
  intent?: unknown;
  spec?: unknown;
  overrides?: string[];
  top?: number;
}

export interface PlanRecord extends StoredPlan {
  /** Things the caller should see (e.g. a language-model fallback); not persisted. */
  notices?: string[];
}

function checkOverrides(overrides: unknown): string[] {
  if (overrides === undefined) return [];
  if (!Array.isArray(overrides) || overrides.some(o => typeof o !== 'string')) {
    throw new InputError('overrides must be a list of "key=value" strings');
  }
  if (overrides.length > MAX_OVERRIDES)
    throw new InputError(
      `at most ${MAX_OVERRIDES} overrides, got ${overrides.length}`,
    );
  return overrides;
}

/**
 * A plan as others see it: what was planned (specification, recommendations, overrides) but
 * not the words it was asked in, nor the conversation it was made in - the text, the
 * conversation id, and the intent when it was read from words (it carries their reading, its
 * notes and assumptions). Conversations are private to their owner.
 */
export function sharedPlanView(stored: StoredPlan): StoredPlan {
  const readFromWords =
    stored.input_kind === 'text' || stored.input_kind === 'conversation';
  return {
    ...stored,
    text: null,
    conversation_id: null,
    intent: readFromWords ? null : stored.intent,
  };
}

export class PlanService {
  readonly #db: ServeplanDatabase;
  readonly #kb: KnowledgeBaseService;
  readonly #intent: IntentService;
  readonly #permissions: PermissionsService;
  readonly #logger: LoggerService;
  readonly #config: ServeplanConfig;

  static create(options: {
    config: ServeplanConfig;
    logger: LoggerService;
    db: ServeplanDatabase;
    kb: KnowledgeBaseService;
    intent: IntentService;
    permissions: PermissionsService;
  }): PlanService {
    return new PlanService(options);
  }

  private constructor(options: {
    config: ServeplanConfig;
    logger: LoggerService;
    db: ServeplanDatabase;
    kb: KnowledgeBaseService;
    intent: IntentService;
    permissions: PermissionsService;
  }) {
    this.#db = options.db;
    this.#kb = options.kb;
    this.#intent = options.intent;
    this.#permissions = options.permissions;
    this.#logger = options.logger;
    this.#config = options.config;
  }

  /** Throws NotAllowedError unless the caller may create plans. */
  async authorizeCreate(credentials: BackstageCredentials): Promise<void> {
    await authorize(
      this.#permissions,
      serveplanPlanCreatePermission,
      credentials,
    );
  }

  /** Recommendations to return when the request does not say (`serveplan.plan.top`). */
  get defaultTop(): number {
    return this.#config.top;
  }

  /** The planner on an intent with overrides (not persisted). Throws ServeplanInputError. */
  async planIntent(
    kb: KnowledgeBase,
    intent: Intent,
    overrides: string[],
    top = this.#config.top,
  ): Promise<PlanResult> {
    const { input, notes } = specInputFromIntent(intent);
    return this.planSpec(kb, input, overrides, top, [
      ...intent.assumptions,
      ...notes,
    ]);
  }

  /** The planner on a specification input with overrides (not persisted). Throws ServeplanInputError. */
  async planSpec(
    kb: KnowledgeBase,
    input: SpecInput,
    overrides: string[],
    top = this.#config.top,
    assumptions: string[] = [],
  ): Promise<PlanResult> {
    const stated = { ...input };
    const extra: string[] = [];
    if (!stated.slo_percentile && this.#config.defaultPercentile) {
      stated.slo_percentile = this.#config.defaultPercentile;
      extra.push(
        `latency targets judged at ${
          this.#config.defaultPercentile
        } (serveplan.slo.defaultPercentile)`,
      );
    }
    const spec = applySpecOverrides(
      buildSpec(kb, applyIntentOverrides(stated, overrides)),
      overrides,
    );
    spec.assumptions.unshift(...assumptions, ...extra);
    if (!Number.isFinite(spec.traffic.peak_rps) || spec.traffic.peak_rps <= 0) {
      throw new ServeplanInputError(
        'the request rate works out to zero; state users or a request rate',
        { field: 'requests_per_s' },
      );
    }
    // computed in slices, so the backend serves other requests while it plans
    const result = await planAsync(kb, spec, { top });
    this.#logger.debug(
      `plan ${spec.use_case}: ${
        result.recommendations.length
      } recommendations, ${result.stats.simulations} simulations, ${Math.round(
        result.stats.elapsed_ms,
      )} ms`,
    );
    return result;
  }

  /** Plans from words, an intent or a specification input; persists and returns the plan. */
  async createPlan(
    request: PlanRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<PlanRecord> {
    await this.authorizeCreate(options.credentials);
    const given = (['text', 'intent', 'spec'] as const).filter(
      k => request[k] !== undefined && request[k] !== null,
    );
    if (given.length !== 1) {
      throw new InputError(
        `give exactly one of text, intent or spec${
          given.length ? ` (got ${given.join(' and ')})` : ''
        }`,
      );
    }
    const overrides = checkOverrides(request.overrides);
    const top = resolveTop(request.top, this.#config.top);
    const { kb } = await this.#kb.current();

    let kind: PlanInputKind;
    let intent: Intent | null = null;
    let notices: string[] = [];
    let result: PlanResult;
    if (given[0] === 'text') {
      kind = 'text';
      const reading = await this.#intent.extract(request.text as string, kb);
      intent = reading.intent;
      notices = reading.notices;
      if (intent.question && overrides.length === 0)
        throw new ClarificationNeededError(intent.question, intent);
      result = await this.planIntent(kb, intent, overrides, top);
    } else if (given[0] === 'intent') {
      kind = 'intent';
      intent = parseIntentFields(request.intent);
      const bounds = boundsErrors(intent);
      if (bounds.length > 0)
        throw new ServeplanInputError(bounds[0].message, {
          field: `intent.${bounds[0].field}`,
        });
      const problem = contradictions(intent, intentVocabulary(kb))[0];
      if (problem && overrides.length === 0)
        throw new ClarificationNeededError(problem.message, {
          ...intent,
          question: problem.message,
        });
      result = await this.planIntent(kb, intent, overrides, top);
    } else {
      kind = 'spec';
      result = await this.planSpec(
        kb,
        parseSpecInput(request.spec),
        overrides,
        top,
      );
    }

    const record: StoredPlan = {
      id: crypto.randomUUID(),
      created_at: new Date().toISOString(),
      created_by: principalRef(options.credentials),
      conversation_id: null,
      kb_version: kb.version,
      input_kind: kind,
      text: kind === 'text' ? (request.text as string) : null,
      overrides,
      intent,
      result,
    };
    await this.#db.plans.insert(record);
    this.#logger.info(
      `plan ${record.id} by ${record.created_by} (${kind}, kb ${kb.version})`,
    );
    return notices.length ? { ...record, notices } : record;
  }

  /**
   * A plan by id, for anyone signed in (plans are shared by link). Callers other than its
   * creator get it without the words it was asked in (see sharedPlanView).
   */
  async getPlan(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<StoredPlan> {
    const found = await this.#db.plans.get(id);
    if (!found) throw new NotFoundError(`no plan ${id}`);
    return found.created_by === principalRef(options.credentials)
      ? found
      : sharedPlanView(found);
  }

  async listPlans(options: {
    credentials: BackstageCredentials;
    limit: number;
    offset: number;
  }): Promise<{ items: PlanSummary[]; total: number }> {
    return this.#db.plans.listByCreator(
      principalRef(options.credentials),
      options.limit,
      options.offset,
    );
  }
}

export const planServiceRef = createServiceRef<PlanService>({
  id: 'serveplan.plan',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        db: serveplanDatabaseServiceRef,
        kb: knowledgeBaseServiceRef,
        intent: intentServiceRef,
      },
      async factory({ config, logger, permissions, db, kb, intent }) {
        return PlanService.create({
          config: readServeplanConfig(config),
          logger,
          permissions,
          db,
          kb,
          intent,
        });
      },
    }),
});
