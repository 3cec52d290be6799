/**
 * GPU-free vLLM simulator: vLLM's OpenAI-compatible HTTP surface and Prometheus metrics, timed by
 * serveplan's capacity engine (the same EngineCore and step-cost model `predict` uses) stepped
 * in real time.
 *
 * @packageDocumentation
 */
export { parseSimulatorArgs, simulatorHelp, SimulatorArgsError } from './args';
export type { SimulatorConfig } from './args';
export { startSimulator, VLLM_VERSION, SIMULATOR_VERSION } from './server';
export type { SimulatorHandle, StartOptions } from './server';
export { runSimulatorCli } from './cli';
export { EngineLoop } from './engineLoop';
export type { EngineSink, EngineLoopStats } from './engineLoop';
export { buildEngine } from './engineSetup';
export type { SimulatedEngine } from './engineSetup';
export { SimTokenizer, renderChat, CHAT_TEMPLATE_JINJA } from './tokenizer';
export { runSimulatorBench } from './bench';
export type { SimulatorBenchOptions, SimulatorBenchResult } from './bench';
export {
  startSimulatorProcess,
  buildSimulatorBundle,
  simulatorPackageDir,
} from './process';
export type { SimulatorProcess } from './process';
