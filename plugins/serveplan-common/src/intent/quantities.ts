/**
 * Numbers with a meaning: latency targets and percentiles, budgets, token counts, request rates,
 * users, batch sizes and windows, GPU counts, active shares. Each matcher reads the working text
 * (cleaned, typos fixed, number words as digits), takes the span it used so no number is read
 * twice, and writes what it found into the Signals with a note on conversions. One module per
 * kind of number; this one gathers them.
 */
export type { QuantityContext } from './quantityReading';
export { defaultLatencyMetric, extractLatency } from './latencyTargets';
export { extractBudget } from './budget';
export { extractTokens, TOKENS_PER_PAGE } from './tokenLengths';
export { extractBatchWindow, extractRates } from './rates';
export { extractActiveShare, extractUsers, MAX_USERS } from './users';
export { extractGpuCount } from './gpuCount';
