import { ServeplanInputError } from '../errors/ServeplanInputError';
import {
  GpuSpec,
  KnowledgeBase,
  ModelSpec,
  ModelVariant,
  Precision,
} from './schema';
import { closestGroups, normalizeName } from './names';

/** A model resolved from an id, alias or a quantized checkpoint's id. */
export interface ResolvedModel {
  model: ModelSpec;
  /** The variant named directly (e.g. an FP8 checkpoint's id), if any. */
  variant?: ModelVariant;
}

function modelNames(m: ModelSpec): string[] {
  return [m.id, m.id.split('/')[1], ...m.aliases];
}

/** Finds a model by Hugging Face id, short name, alias or a variant's id; suggests close names otherwise. */
export function resolveModel(kb: KnowledgeBase, name: string): ResolvedModel {
  const q = normalizeName(name);
  if (!q) throw new ServeplanInputError('no model given', { field: 'model' });
  for (const model of kb.models) {
    if (modelNames(model).some(n => normalizeName(n) === q)) return { model };
    const variant = model.variants.find(
      v =>
        normalizeName(v.hf_id) === q ||
        normalizeName(v.hf_id.split('/')[1]) === q,
    );
    if (variant) return { model, variant };
  }
  const suggestions = closestGroups(
    name,
    kb.models.map(m => ({ names: [...m.aliases, m.id] })),
  );
  throw new ServeplanInputError(
    `unknown model "${name}"${
      suggestions.length
        ? `; did you mean ${suggestions.map(s => `"${s}"`).join(', ')}?`
        : ''
    } (\`serveplan models\` lists all ${kb.models.length})`,
    { field: 'model', suggestions },
  );
}

/** Finds a GPU by id or alias (case-insensitive); suggests close names otherwise. */
export function resolveGpu(kb: KnowledgeBase, name: string): GpuSpec {
  const q = normalizeName(name);
  if (!q) throw new ServeplanInputError('no GPU given', { field: 'gpu' });
  const gpu = kb.gpus.find(g =>
    [g.id, ...g.aliases].some(n => normalizeName(n) === q),
  );
  if (gpu) return gpu;
  const suggestions = closestGroups(
    name,
    kb.gpus.map(g => ({ label: g.id, names: [g.id, ...g.aliases] })),
  );
  const ids = kb.gpus.map(g => g.id).join(', ');
  throw new ServeplanInputError(
    `unknown GPU "${name}"${
      suggestions.length
        ? `; did you mean ${suggestions.map(s => `"${s}"`).join(', ')}?`
        : ''
    } (known: ${ids})`,
    { field: 'gpu', suggestions },
  );
}

/** Precisions a model can be served in: its native one and each published variant. */
export function availablePrecisions(model: ModelSpec): Precision[] {
  return [
    model.native_precision,
    ...model.variants.map(v => v.precision),
  ].filter((p, i, all) => all.indexOf(p) === i);
}
