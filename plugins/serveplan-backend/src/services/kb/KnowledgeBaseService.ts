/**
 * The knowledge base over Backstage's database. At startup the kb/ files are validated and
 * stored as a version (content hash; idempotent) and the kb's measurement rows are synced; the
 * engines then read the stored version, with the price overrides (app-config and API) applied.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  isServeplanInputError,
  KnowledgeBase,
  Measurement,
  PriceEntry,
  resolveGpu,
  resolveModel,
  serveplanKbUpdatePermission,
  ServeplanInputError,
} from '@serveplan/plugin-serveplan-common';
import {
  defaultKnowledgeBaseDir,
  inspectKnowledgeBase,
  KnowledgeBaseError,
} from '@serveplan/plugin-serveplan-node';
import { readServeplanConfig, ServeplanConfig } from '../../config';
import {
  serveplanDatabaseServiceRef,
  ServeplanDatabase,
} from '../../database/ServeplanDatabase';
import { MeasurementOrigin, StoredMeasurement } from '../../database/KbStore';
import { authorize, principalRef } from '../access';
import { readKbMeasurements } from '@serveplan/plugin-serveplan-node';
import { predictForMeasurement } from './measurementPrediction';

export interface PriceOverrideView {
  gpu: string;
  usd_per_gpu_hour: number;
  origin: 'api' | 'config';
  note: string | null;
  updated_by: string | null;
  updated_at: string | null;
  /** False for a config override hidden by an API override of the same GPU. */
  in_effect: boolean;
}

/** The knowledge base the engines use now: the stored files plus the price overrides. */
export interface EffectiveKnowledgeBase {
  kb: KnowledgeBase;
  baseVersion: string;
  loadedAt: string;
  overrides: PriceOverrideView[];
}

export interface MeasurementInput {
  id?: string;
  model: string;
  gpu: string;
  precision?: Measurement['precision'];
  tp: number;
  ep?: number;
  isl: number;
  osl: number;
  concurrency: number;
  ttft_ms: number;
  tpot_ms: number;
  engine_version: string;
  campaign?: string;
  source: string;
}

export type MeasurementView = StoredMeasurement & {
  predicted?: { ttft_ms: number; tpot_ms: number } | null;
};

const CACHE_LIMIT = 16;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export class KnowledgeBaseService {
  readonly #db: ServeplanDatabase;
  readonly #permissions: PermissionsService;
  readonly #base: KnowledgeBase;
  readonly #loadedAt: string;
  /** app-config overrides by kb GPU id. */
  readonly #configPrices: Map<string, number>;
  readonly #cache = new Map<string, EffectiveKnowledgeBase>();

  static async create(options: {
    config: ServeplanConfig;
    logger: LoggerService;
    db: ServeplanDatabase;
    permissions: PermissionsService;
  }): Promise<KnowledgeBaseService> {
    const { config, logger, db } = options;
    const dir = config.kbDir
      ? path.resolve(config.kbDir)
      : defaultKnowledgeBaseDir();
    const inspection = inspectKnowledgeBase(dir);
    if (!inspection.kb) throw new KnowledgeBaseError(dir, inspection.problems);
    const files = inspection.kb;
    const stored = await db.kb.saveVersion(files, inspection.files);
    logger.info(
      `${stored ? 'stored' : 'found'} knowledge-base version ${
        files.version
      } (${files.models.length} models, ${files.gpus.length} GPUs, ${
        files.prices.length
      } prices) from ${dir}`,
    );
    const measurements = readKbMeasurements(dir);
    if (
      await db.kb.syncKbMeasurements(
        measurements.rows,
        measurements.hash,
        files.version,
      )
    ) {
      logger.info(
        `stored ${measurements.rows.length} measured benchmark rows from the kb`,
      );
    }
    const base = await db.kb.loadVersion(files.version);
    const version = await db.kb.getVersion(files.version);

    const configPrices = new Map<string, number>();
    for (const [name, usd] of Object.entries(config.prices)) {
      try {
        configPrices.set(resolveGpu(base, name).id, usd);
      } catch (e) {
        throw new Error(
          `serveplan config: prices.${name}: ${(e as Error).message}`,
        );
      }
    }
    return new KnowledgeBaseService(
      db,
      options.permissions,
      base,
      version?.loaded_at ?? new Date().toISOString(),
      configPrices,
    );
  }

  private constructor(
    db: ServeplanDatabase,
    permissions: PermissionsService,
    base: KnowledgeBase,
    loadedAt: string,
    configPrices: Map<string, number>,
  ) {
    this.#db = db;
    this.#permissions = permissions;
    this.#base = base;
    this.#loadedAt = loadedAt;
    this.#configPrices = configPrices;
  }

  /** The kb as stored from the files, without overrides. */
  get base(): KnowledgeBase {
    return this.#base;
  }

  /** The effective kb (read per call, so overrides set by another backend instance count). */
  async current(): Promise<EffectiveKnowledgeBase> {
    const overrides = await this.#overrides();
    const inEffect = overrides.filter(o => o.in_effect);
    const key = JSON.stringify(
      inEffect.map(o => [o.gpu, o.usd_per_gpu_hour, o.origin]),
    );
    const cached = this.#cache.get(key);
    if (cached) return { ...cached, overrides };
    const version =
      inEffect.length === 0
        ? this.#base.version
        : `${this.#base.version}+p${createHash('sha256')
            .update(key)
            .digest('hex')
            .slice(0, 8)}`;
    const kb: KnowledgeBase = {
      ...this.#base,
      version,
      prices: this.#pricesWith(inEffect),
    };
    const effective = {
      kb,
      baseVersion: this.#base.version,
      loadedAt: this.#loadedAt,
      overrides,
    };
    if (this.#cache.size >= CACHE_LIMIT)
      this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(key, effective);
    return effective;
  }

  async measurementCounts(): Promise<Record<MeasurementOrigin, number>> {
    return this.#db.kb.countMeasurements();
  }

  async listPriceOverrides(): Promise<{
    items: PriceOverrideView[];
    kb_version: string;
  }> {
    const { kb, overrides } = await this.current();
    return { items: overrides, kb_version: kb.version };
  }

  async setPriceOverride(
    gpuName: string,
    input: { usd_per_gpu_hour: number; note?: string },
    options: { credentials: BackstageCredentials },
  ): Promise<{ override: PriceOverrideView; kb_version: string }> {
    await authorize(
      this.#permissions,
      serveplanKbUpdatePermission,
      options.credentials,
    );
    const gpu = resolveGpu(this.#base, gpuName);
    if (!(input.usd_per_gpu_hour > 0 && input.usd_per_gpu_hour <= 1000)) {
      throw new InputError(
        `usd_per_gpu_hour must be between 0 and 1000, got ${input.usd_per_gpu_hour}`,
      );
    }
    const saved = await this.#db.kb.setPriceOverride({
      gpu: gpu.id,
      usd_per_gpu_hour: input.usd_per_gpu_hour,
      note: input.note?.trim() || null,
      updated_by: principalRef(options.credentials),
    });
    const { kb } = await this.current();
    return {
      override: { ...saved, origin: 'api', in_effect: true },
      kb_version: kb.version,
    };
  }

  async deletePriceOverride(
    gpuName: string,
    options: { credentials: BackstageCredentials },
  ): Promise<{ override: PriceOverrideView; kb_version: string }> {
    await authorize(
      this.#permissions,
      serveplanKbUpdatePermission,
      options.credentials,
    );
    const gpu = resolveGpu(this.#base, gpuName);
    const removed = await this.#db.kb.deletePriceOverride(gpu.id);
    if (!removed) {
      const fromConfig = this.#configPrices.has(gpu.id)
        ? ' (its app-config override serveplan.prices stays; change it in app-config)'
        : '';
      throw new NotFoundError(
        `no API price override for ${gpu.id}${fromConfig}`,
      );
    }
    const { kb } = await this.current();
    return {
      override: { ...removed, origin: 'api', in_effect: false },
      kb_version: kb.version,
    };
  }

  async listMeasurements(filter: {
    model?: string;
    gpu?: string;
    origin?: MeasurementOrigin;
    limit: number;
    offset: number;
  }): Promise<{ items: StoredMeasurement[]; total: number }> {
    const models = filter.model
      ? await this.#storedNames(
          'model',
          resolveModel(this.#base, filter.model).model.id,
        )
      : undefined;
    const gpus = filter.gpu
      ? await this.#storedNames('gpu', resolveGpu(this.#base, filter.gpu).id)
      : undefined;
    return this.#db.kb.listMeasurements({
      models,
      gpus,
      origin: filter.origin,
      limit: filter.limit,
      offset: filter.offset,
    });
  }

  /**
   * Adds operator rows. Model and GPU must be in the kb (stored by their kb ids); each row comes
   * back with the engine's prediction for it, so the operator sees how far off the model is.
   */
  async addMeasurements(
    rows: MeasurementInput[],
    options: { credentials: BackstageCredentials },
  ): Promise<{ items: MeasurementView[] }> {
    await authorize(
      this.#permissions,
      serveplanKbUpdatePermission,
      options.credentials,
    );
    const seen = new Set<string>();
    const measurements: Measurement[] = rows.map((r, i) => {
      const where = `rows[${i}]`;
      const model = this.#resolveRow(
        () => resolveModel(this.#base, r.model).model.id,
        where,
      );
      const gpu = this.#resolveRow(
        () => resolveGpu(this.#base, r.gpu).id,
        where,
      );
      const id =
        r.id ??
        `op-${createHash('sha256')
          .update(JSON.stringify([model, gpu, r, i, Date.now()]))
          .digest('hex')
          .slice(0, 16)}`;
      if (seen.has(id))
        throw new InputError(
          `${where}.id: "${id}" appears twice in the request`,
        );
      seen.add(id);
      if (r.tp > 1 && !Number.isInteger(Math.log2(r.tp)))
        throw new InputError(
          `${where}.tp: tensor-parallel size must be a power of two, got ${r.tp}`,
        );
      return {
        id,
        model,
        gpu,
        precision: r.precision ?? null,
        tp: r.tp,
        ep: r.ep ?? 1,
        isl: r.isl,
        osl: r.osl,
        concurrency: r.concurrency,
        ttft_ms: r.ttft_ms,
        tpot_ms: r.tpot_ms,
        engine_version: r.engine_version,
        campaign: r.campaign?.trim() || `operator-${today()}`,
        source: r.source,
      };
    });
    const result = await this.#db.kb.addMeasurements(
      measurements,
      principalRef(options.credentials),
    );
    if ('duplicates' in result) {
      throw new ConflictError(
        result.duplicates.length > 0
          ? `measurement id(s) already stored: ${result.duplicates
              .slice(0, 10)
              .join(', ')}`
          : 'rows with the same ids were being stored at the same time; nothing was added (send the rows again to see which ids are taken)',
      );
    }
    const { kb } = await this.current();
    return {
      items: result.added.map(m => ({
        ...m,
        predicted: predictForMeasurement(kb, m),
      })),
    };
  }

  async deleteMeasurement(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<void> {
    await authorize(
      this.#permissions,
      serveplanKbUpdatePermission,
      options.credentials,
    );
    const existing = await this.#db.kb.getMeasurement(id);
    if (!existing) throw new NotFoundError(`no measurement "${id}"`);
    if (existing.origin !== 'operator') {
      throw new InputError(
        `measurement "${id}" comes from the kb files (kb/calibration); edit it there, not through the API`,
      );
    }
    await this.#db.kb.deleteMeasurement(id);
  }

  #resolveRow<T>(fn: () => T, where: string): T {
    try {
      return fn();
    } catch (e) {
      if (!isServeplanInputError(e)) throw e;
      throw new ServeplanInputError(`${where}: ${e.message}`, {
        field: `${where}.${e.field ?? 'value'}`,
        suggestions: e.suggestions,
      });
    }
  }

  /** Distinct stored model or GPU names that resolve to the given kb id. */
  async #storedNames(column: 'model' | 'gpu', id: string): Promise<string[]> {
    const names = await this.#db.kb.distinctMeasurementValues(column);
    return names.filter(n => {
      try {
        return column === 'model'
          ? resolveModel(this.#base, n).model.id === id
          : resolveGpu(this.#base, n).id === id;
      } catch {
        return false;
      }
    });
  }

  async #overrides(): Promise<PriceOverrideView[]> {
    const api = await this.#db.kb.listPriceOverrides();
    const apiGpus = new Set(api.map(o => o.gpu));
    const fromConfig: PriceOverrideView[] = [
      ...this.#configPrices.entries(),
    ].map(([gpu, usd]) => ({
      gpu,
      usd_per_gpu_hour: usd,
      origin: 'config',
      note: 'app-config serveplan.prices',
      updated_by: null,
      updated_at: null,
      in_effect: !apiGpus.has(gpu),
    }));
    return [
      ...api.map(o => ({ ...o, origin: 'api' as const, in_effect: true })),
      ...fromConfig,
    ].sort((a, b) =>
      a.gpu === b.gpu
        ? a.origin.localeCompare(b.origin)
        : a.gpu.localeCompare(b.gpu),
    );
  }

  /** The kb's prices with each overridden GPU's on-demand listings replaced by the override. */
  #pricesWith(overrides: PriceOverrideView[]): PriceEntry[] {
    const byGpu = new Map(overrides.map(o => [o.gpu, o]));
    const kept = this.#base.prices.filter(
      p => !(byGpu.has(p.gpu) && p.pricing === 'on_demand'),
    );
    const added: PriceEntry[] = overrides.map(o => ({
      gpu: o.gpu,
      provider: 'operator',
      offering:
        o.origin === 'api'
          ? 'price override (serveplan API)'
          : 'price override (app-config serveplan.prices)',
      pricing: 'on_demand',
      usd_per_gpu_hour: o.usd_per_gpu_hour,
      provenance: {
        source:
          o.origin === 'api'
            ? `serveplan API, set by ${o.updated_by}`
            : 'app-config serveplan.prices',
        date: (o.updated_at ?? this.#loadedAt).slice(0, 10),
        kind: 'estimated',
        ...(o.note ? { note: o.note } : {}),
      },
    }));
    return [...kept, ...added];
  }
}

export const knowledgeBaseServiceRef = createServiceRef<KnowledgeBaseService>({
  id: 'serveplan.knowledge-base',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        db: serveplanDatabaseServiceRef,
      },
      async factory({ config, logger, permissions, db }) {
        return KnowledgeBaseService.create({
          config: readServeplanConfig(config),
          logger,
          db,
          permissions,
        });
      },
    }),
});
