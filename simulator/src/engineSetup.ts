/**
 * Builds the simulated engine from the knowledge base exactly as `predict` does: the resolved
 * deployment (vLLM defaults applied), the memory plan (KV-cache size), the calibrated step-cost
 * model and the scheduler state machine (EngineCore).
 */
import {
  attentionLayout,
  checkCoefficients,
  Deployment,
  EngineCore,
  KnowledgeBase,
  kvSizer,
  KvSizer,
  memoryPlan,
  MemoryPlan,
  resolveDeployment,
  ServeplanInputError,
  StepCostModel,
} from '@serveplan/plugin-serveplan-common';
import { SimulatorConfig } from './args';

export interface SimulatedEngine {
  dep: Deployment;
  mem: MemoryPlan;
  cost: StepCostModel;
  sizer: KvSizer;
  window: number;
  /** Seconds of per-request work outside engine steps (HTTP, tokenization): added before a request enters the engine. */
  requestOverhead: number;
  newCore(): EngineCore;
  /** Where the timing comes from, for logs and the timing-provenance header. */
  provenance: string;
}

export function buildEngine(
  kb: KnowledgeBase,
  cfg: SimulatorConfig,
): SimulatedEngine {
  const dep = resolveDeployment(kb, {
    model: cfg.model,
    gpu: cfg.gpu,
    tp: cfg.tp,
    precision: cfg.precision,
    maxNumSeqs: cfg.maxNumSeqs,
    maxNumBatchedTokens: cfg.maxNumBatchedTokens,
    gpuMemoryUtilization: cfg.gpuMemoryUtilization,
    blockSize: cfg.blockSize,
    kvCacheDtype: cfg.kvCacheDtype,
    maxModelLen: cfg.maxModelLen,
  });
  const mem = memoryPlan(kb, dep);
  if (!mem.fits) {
    // vLLM refuses to start in the same situations.
    throw new ServeplanInputError(
      `cannot start: ${dep.model.id} on ${dep.gpu.id} x${dep.tp} ${mem.reason}`,
      { field: 'model' },
    );
  }
  const cost = new StepCostModel(
    dep,
    checkCoefficients(kb.calibration.coefficients),
  );
  const sizer = kvSizer(dep, mem.kv_cache_gib * 1024 ** 3);
  const window = attentionLayout(dep.model.architecture).window;
  const opts = {
    maxNumSeqs: dep.flags.maxNumSeqs,
    maxNumBatchedTokens: dep.flags.maxNumBatchedTokens,
    window,
  };
  const cal = kb.calibration.provenance;
  return {
    dep,
    mem,
    cost,
    sizer,
    window,
    requestOverhead: cost.requestOverhead,
    newCore: () => new EngineCore(cost, sizer, opts),
    provenance: `serveplan capacity engine (EngineCore + StepCostModel), kb ${kb.version}, coefficients of ${cal.date} (${cal.kind})`,
  };
}
