import type { AdmissionControl } from '../admission';
import type { SimulatorConfig } from '../args';
import type { FaultInjector } from '../faults';
import type { SimTokenizer } from '../tokenizer';
import type { GenerationContext } from './generation';
import type { PlanSettings } from './requestPlan';

/** What the OpenAI-compatible routes need from the server. */
export interface ApiDeps {
  cfg: SimulatorConfig;
  tokenizer: SimTokenizer;
  plan: PlanSettings;
  gen: GenerationContext;
  faults: FaultInjector;
  admission: AdmissionControl;
  maxModelLen: number;
  /** Throws vLLM's 404 unless the name is served (an absent name means the first served one). */
  checkModel(name: string | null | undefined): void;
}
