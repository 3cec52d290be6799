import { KnowledgeBase, useCaseIds, Calibration } from './schema';
import { normalizeName } from './names';
import {
  coefficientProblems,
  STEP_MODEL_VERSION,
} from '../engine/coefficients';

/**
 * Whether kb/calibration/coefficients.yaml can drive the step-time model: fitted for its current
 * form (model_version) with every coefficient present, finite and within bounds.
 */
export function calibrationProblems(cal: Calibration): string[] {
  const where = 'calibration/coefficients.yaml';
  if (cal.model_version !== STEP_MODEL_VERSION)
    return [
      `${where}: fitted for step-time model version ${cal.model_version}, but the engine's model is version ${STEP_MODEL_VERSION}; run \`yarn calibrate\``,
    ];
  return coefficientProblems(cal.coefficients).map(p => `${where}: ${p}`);
}

/** Cross-file consistency checks the per-file schemas cannot express. Returns problems found. */
export function validateKnowledgeBase(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const claim = (name: string, who: string) => {
    const key = normalizeName(name);
    const prev = owner.get(key);
    if (prev && prev !== who)
      problems.push(`name "${name}" is used by both ${prev} and ${who}`);
    owner.set(key, who);
  };
  for (const m of kb.models) {
    for (const n of [m.id, m.id.split('/')[1], ...m.aliases])
      claim(n, `model ${m.id}`);
    for (const v of m.variants) claim(v.hf_id, `model ${m.id}`);
    const a = m.architecture;
    if (m.parameters.active > m.parameters.total)
      problems.push(`${m.id}: active parameters exceed total`);
    if (a.num_attention_heads % a.num_kv_heads !== 0)
      problems.push(
        `${m.id}: attention heads (${a.num_attention_heads}) not a multiple of KV heads (${a.num_kv_heads})`,
      );
    if ((a.moe === null) !== (m.parameters.active === m.parameters.total))
      problems.push(
        `${m.id}: only MoE models have fewer active than total parameters`,
      );
    if (m.native_precision === 'fp4' && !m.native_quantization)
      problems.push(
        `${m.id}: a native FP4 checkpoint must name its native_quantization method (MXFP4 and NVFP4 differ in size)`,
      );
    if (a.attention === 'mla' && !a.mla)
      problems.push(`${m.id}: MLA attention without mla parameters`);
    if (
      m.variants.some(
        v =>
          v.precision === m.native_precision &&
          v.scope === m.native_precision_scope,
      )
    )
      problems.push(`${m.id}: a variant repeats the native precision`);
  }
  const gpuOwner = new Map<string, string>();
  for (const g of kb.gpus) {
    for (const n of [g.id, ...g.aliases]) {
      const key = normalizeName(n);
      if (gpuOwner.has(key) && gpuOwner.get(key) !== g.id)
        problems.push(
          `GPU name "${n}" is used by both ${gpuOwner.get(key)} and ${g.id}`,
        );
      gpuOwner.set(key, g.id);
    }
    const t = g.tflops_dense;
    if (t.fp8 !== null && t.fp8 < t.bf16)
      problems.push(`${g.id}: FP8 TFLOPS below BF16`);
  }
  const gpuIds = new Set(kb.gpus.map(g => g.id));
  for (const p of kb.prices) {
    if (!gpuIds.has(p.gpu))
      problems.push(`price for unknown GPU "${p.gpu}" (${p.provider})`);
  }
  for (const g of kb.gpus) {
    const providers = new Set(
      kb.prices.filter(p => p.gpu === g.id).map(p => p.provider),
    );
    if (providers.size < 2)
      problems.push(
        `${g.id}: prices from ${providers.size} provider(s), need at least 2`,
      );
  }
  const ids = kb.useCases.use_cases.map(u => u.id);
  for (const id of useCaseIds) {
    if (!ids.includes(id))
      problems.push(`use-cases.yaml has no template for "${id}"`);
  }
  if (new Set(ids).size !== ids.length)
    problems.push('use-cases.yaml defines a use case twice');
  problems.push(...calibrationProblems(kb.calibration));
  for (const g of kb.calibration.calibrated_gpus) {
    if (!gpuIds.has(g)) problems.push(`calibration names unknown GPU "${g}"`);
  }
  return problems;
}
