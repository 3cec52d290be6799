export * from './intentSchema';
export {
  isBinaryK,
  parseNumberToken,
  parseQuantity,
  parseTokenCount,
  perMonth,
  perSecond,
  rewriteNumberWords,
  toMilliseconds,
} from './numbers';
export type { NumberWordReplacement } from './numbers';
export * from './vocabulary';
export * from './ruleBasedIntent';
export * from './conversation';
export * from './clarify';
export * from './llmIntent';
export * from './describe';
export { defaultLatencyMetric, TOKENS_PER_PAGE, MAX_USERS } from './quantities';
export { isTightTarget, inferPriorities, stepPriority } from './priorities';
export { MODEST_WAIT_MS } from './modestLatency';
export type { PriorityField } from './priorities';
export { readUseCase } from './useCase';
export type { UseCaseReading } from './useCase';
export type { Signals, SignalProblem, RelativeChange } from './signals';
export { MAX_REQUEST_CHARS } from './text';
export { PATHOLOGICAL_INTENT_TEXTS, STALL_LIMIT_MS } from './pathologicalTexts';
export * from './evaluation/evaluate';
