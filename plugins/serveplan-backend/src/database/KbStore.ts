/**
 * The knowledge base in the database: versions of the kb files (documents per version),
 * measured benchmark rows and price overrides.
 */
import { Knex } from 'knex';
import { KnowledgeBase, Measurement } from '@serveplan/plugin-serveplan-common';
import { isUniqueViolation } from './errors';
import { fromJson, toCount, toIso } from './rows';

export type MeasurementOrigin = 'kb' | 'operator';

export interface StoredMeasurement extends Measurement {
  origin: MeasurementOrigin;
  created_by: string | null;
  created_at: string;
}

export interface StoredPriceOverride {
  gpu: string;
  usd_per_gpu_hour: number;
  note: string | null;
  updated_by: string;
  updated_at: string;
}

export interface KbVersionRow {
  version: string;
  files: number;
  loaded_at: string;
}

export interface MeasurementFilter {
  /** kb model ids (any of). */
  models?: string[];
  /** Stored GPU names (any of). */
  gpus?: string[];
  origin?: MeasurementOrigin;
  limit: number;
  offset: number;
}

type DocumentKind =
  | 'model'
  | 'gpu'
  | 'price'
  | 'engine'
  | 'calibration'
  | 'use_cases';

const MEASUREMENTS_HASH_KEY = 'kb_measurements_hash';
/** Rows per insert: well under SQLite's 32766 bound variables with 19 columns. */
const CHUNK = 200;

function documentsOf(
  kb: KnowledgeBase,
): Array<{ kind: DocumentKind; key: string; body: unknown }> {
  return [
    ...kb.models.map(m => ({ kind: 'model' as const, key: m.id, body: m })),
    ...kb.gpus.map(g => ({ kind: 'gpu' as const, key: g.id, body: g })),
    ...kb.prices.map((p, i) => ({
      kind: 'price' as const,
      key: `${i}:${p.gpu}:${p.provider}`.slice(0, 255),
      body: p,
    })),
    { kind: 'engine', key: kb.engine.engine, body: kb.engine },
    { kind: 'calibration', key: kb.calibration.engine, body: kb.calibration },
    { kind: 'use_cases', key: 'use-cases', body: kb.useCases },
  ];
}

function measurementRow(
  m: Measurement,
  origin: MeasurementOrigin,
  extra: { kbVersion: string | null; createdBy: string | null; now: Date },
) {
  return {
    id: m.id,
    origin,
    kb_version: extra.kbVersion,
    model: m.model,
    gpu: m.gpu,
    precision: m.precision,
    tp: m.tp,
    ep: m.ep,
    isl: m.isl,
    osl: m.osl,
    concurrency: m.concurrency,
    ttft_ms: m.ttft_ms,
    tpot_ms: m.tpot_ms,
    engine_version: m.engine_version,
    campaign: m.campaign,
    source: m.source,
    created_by: extra.createdBy,
    created_at: extra.now,
  };
}

function toMeasurement(r: Record<string, unknown>): StoredMeasurement {
  return {
    id: String(r.id),
    origin: r.origin as MeasurementOrigin,
    model: String(r.model),
    gpu: String(r.gpu),
    precision: (r.precision ?? null) as Measurement['precision'],
    tp: Number(r.tp),
    ep: Number(r.ep),
    isl: Number(r.isl),
    osl: Number(r.osl),
    concurrency: Number(r.concurrency),
    ttft_ms: Number(r.ttft_ms),
    tpot_ms: Number(r.tpot_ms),
    engine_version: String(r.engine_version),
    campaign: String(r.campaign),
    source: String(r.source),
    created_by: (r.created_by ?? null) as string | null,
    created_at: toIso(r.created_at),
  };
}

function toOverride(r: Record<string, unknown>): StoredPriceOverride {
  return {
    gpu: String(r.gpu),
    usd_per_gpu_hour: Number(r.usd_per_gpu_hour),
    note: (r.note ?? null) as string | null,
    updated_by: String(r.updated_by),
    updated_at: toIso(r.updated_at),
  };
}

export class KbStore {
  constructor(private readonly knex: Knex) {}

  async getVersion(version: string): Promise<KbVersionRow | undefined> {
    const row = await this.knex('kb_versions').where({ version }).first();
    return row
      ? {
          version: row.version,
          files: Number(row.files),
          loaded_at: toIso(row.loaded_at),
        }
      : undefined;
  }

  /**
   * Stores a kb version and its documents unless that version is there already (idempotent; a
   * concurrent loader inserting the same version is fine). Returns whether it was new.
   */
  async saveVersion(kb: KnowledgeBase, files: number): Promise<boolean> {
    if (await this.getVersion(kb.version)) return false;
    const docs = documentsOf(kb);
    const position = new Map<DocumentKind, number>();
    try {
      await this.knex.transaction(async tx => {
        await tx('kb_versions').insert({
          version: kb.version,
          files,
          summary: JSON.stringify({
            models: kb.models.length,
            gpus: kb.gpus.length,
            prices: kb.prices.length,
            use_cases: kb.useCases.use_cases.length,
          }),
          loaded_at: new Date(),
        });
        const rows = docs.map(d => {
          const p = position.get(d.kind) ?? 0;
          position.set(d.kind, p + 1);
          return {
            version: kb.version,
            kind: d.kind,
            key: d.key,
            position: p,
            body: JSON.stringify(d.body),
          };
        });
        for (let i = 0; i < rows.length; i += CHUNK)
          await tx('kb_documents').insert(rows.slice(i, i + CHUNK));
      });
      return true;
    } catch (e) {
      if (isUniqueViolation(e) && (await this.getVersion(kb.version)))
        return false;
      throw e;
    }
  }

  /** Reads a stored kb version back into a KnowledgeBase. */
  async loadVersion(version: string): Promise<KnowledgeBase> {
    const rows: Array<{ kind: DocumentKind; body: string }> = await this.knex(
      'kb_documents',
    )
      .where({ version })
      .orderBy([{ column: 'kind' }, { column: 'position' }])
      .select('kind', 'body');
    const of = <T>(kind: DocumentKind): T[] =>
      rows.filter(r => r.kind === kind).map(r => fromJson<T>(r.body));
    const one = <T>(kind: DocumentKind): T => {
      const [doc] = of<T>(kind);
      if (!doc)
        throw new Error(
          `kb version ${version} has no ${kind} document in the database`,
        );
      return doc;
    };
    return {
      version,
      models: of('model'),
      gpus: of('gpu'),
      prices: of('price'),
      engine: one('engine'),
      calibration: one('calibration'),
      useCases: one('use_cases'),
    };
  }

  /**
   * Replaces the kb's own measurement rows when the measurement file changed (by its hash);
   * operator rows stay. Returns whether anything was written. Replicas starting together on the
   * same database may both get here: rows another one inserted meanwhile (same id) are left as
   * they are rather than failing the startup, as saveVersion does for kb versions.
   */
  async syncKbMeasurements(
    rows: Measurement[],
    hash: string,
    kbVersion: string,
  ): Promise<boolean> {
    const state = await this.knex('state')
      .where({ key: MEASUREMENTS_HASH_KEY })
      .first();
    if (state?.value === hash) return false;
    const now = new Date();
    await this.knex.transaction(async tx => {
      await tx('measurements').where({ origin: 'kb' }).delete();
      const operatorIds = new Set(
        (await tx('measurements').select('id')).map(
          (r: { id: string }) => r.id,
        ),
      );
      const fresh = rows
        .filter(r => !operatorIds.has(r.id))
        .map(m => measurementRow(m, 'kb', { kbVersion, createdBy: null, now }));
      for (let i = 0; i < fresh.length; i += CHUNK)
        await tx('measurements')
          .insert(fresh.slice(i, i + CHUNK))
          .onConflict('id')
          .ignore();
      await tx('state')
        .insert({ key: MEASUREMENTS_HASH_KEY, value: hash, updated_at: now })
        .onConflict('key')
        .merge();
    });
    return true;
  }

  async countMeasurements(): Promise<Record<MeasurementOrigin, number>> {
    const rows: Array<{ origin: MeasurementOrigin; n: unknown }> =
      await this.knex('measurements')
        .select('origin')
        .count({ n: '*' })
        .groupBy('origin');
    const out: Record<MeasurementOrigin, number> = { kb: 0, operator: 0 };
    for (const r of rows) out[r.origin] = Number(r.n);
    return out;
  }

  async listMeasurements(
    filter: MeasurementFilter,
  ): Promise<{ items: StoredMeasurement[]; total: number }> {
    const base = () => {
      const q = this.knex('measurements');
      if (filter.models) q.whereIn('model', filter.models);
      if (filter.gpus) q.whereIn('gpu', filter.gpus);
      if (filter.origin) q.where({ origin: filter.origin });
      return q;
    };
    const total = toCount(await base().count({ n: '*' }).first());
    const rows = await base()
      .orderBy([{ column: 'origin', order: 'desc' }, { column: 'id' }])
      .limit(filter.limit)
      .offset(filter.offset);
    return { items: rows.map(toMeasurement), total };
  }

  async distinctMeasurementValues(column: 'model' | 'gpu'): Promise<string[]> {
    const rows: Array<Record<string, string>> = await this.knex(
      'measurements',
    ).distinct(column);
    return rows.map(r => r[column]);
  }

  async getMeasurement(id: string): Promise<StoredMeasurement | undefined> {
    const row = await this.knex('measurements').where({ id }).first();
    return row ? toMeasurement(row) : undefined;
  }

  /** Which of these measurement ids are stored. */
  async #storedIds(
    db: Knex | Knex.Transaction,
    ids: string[],
  ): Promise<string[]> {
    const stored: string[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      stored.push(
        ...(
          await db('measurements')
            .whereIn('id', ids.slice(i, i + CHUNK))
            .select('id')
        ).map((r: { id: string }) => r.id),
      );
    }
    return stored;
  }

  /**
   * Inserts operator rows; returns the ids that already exist instead when any does (nothing is
   * inserted then). A row with the same id stored concurrently, between the check and the
   * insert, counts as a duplicate too (not a database error).
   */
  async addMeasurements(
    rows: Measurement[],
    createdBy: string,
  ): Promise<{ added: StoredMeasurement[] } | { duplicates: string[] }> {
    const now = new Date();
    const ids = rows.map(r => r.id);
    try {
      return await this.knex.transaction(async tx => {
        const existing = await this.#storedIds(tx, ids);
        if (existing.length > 0) return { duplicates: existing };
        const inserts = rows.map(m =>
          measurementRow(m, 'operator', { kbVersion: null, createdBy, now }),
        );
        for (let i = 0; i < inserts.length; i += CHUNK)
          await tx('measurements').insert(inserts.slice(i, i + CHUNK));
        return {
          added: rows.map(m => ({
            ...m,
            origin: 'operator' as const,
            created_by: createdBy,
            created_at: now.toISOString(),
          })),
        };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Lost a race: the transaction is rolled back; name what the winner stored.
      return { duplicates: await this.#storedIds(this.knex, ids) };
    }
  }

  async deleteMeasurement(id: string): Promise<number> {
    return this.knex('measurements').where({ id, origin: 'operator' }).delete();
  }

  async listPriceOverrides(): Promise<StoredPriceOverride[]> {
    const rows = await this.knex('price_overrides').orderBy('gpu');
    return rows.map(toOverride);
  }

  async setPriceOverride(
    o: Omit<StoredPriceOverride, 'updated_at'>,
  ): Promise<StoredPriceOverride> {
    const now = new Date();
    await this.knex('price_overrides')
      .insert({ ...o, updated_at: now })
      .onConflict('gpu')
      .merge(['usd_per_gpu_hour', 'note', 'updated_by', 'updated_at']);
    return { ...o, updated_at: now.toISOString() };
  }

  async deletePriceOverride(
    gpu: string,
  ): Promise<StoredPriceOverride | undefined> {
    return this.knex.transaction(async tx => {
      const row = await tx('price_overrides').where({ gpu }).first();
      if (!row) return undefined;
      await tx('price_overrides').where({ gpu }).delete();
      return toOverride(row);
    });
  }
}
