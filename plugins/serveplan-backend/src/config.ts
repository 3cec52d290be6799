/**
 * The plugin's configuration (`serveplan:` in app-config, declared in config.d.ts), read once
 * with defaults and checked, so a typo fails at startup with the key named.
 */
import { Config, ConfigReader } from '@backstage/config';
import { PercentileName } from '@serveplan/plugin-serveplan-common';
import { DEFAULT_TOP, TOP_MAX, TOP_MIN } from './services/plan/top';

export type IntentProviderName = 'rules' | 'ollama' | 'openai';

export interface LlmEndpointConfig {
  baseUrl: string;
  model: string;
  apiKey?: string;
}

export interface ServeplanConfig {
  kbDir?: string;
  intent: {
    provider: IntentProviderName;
    timeoutMs: number;
    maxAttempts: number;
    /** Language-model reads in flight at once; more are read by the rules (with a notice). */
    maxConcurrent: number;
    ollama: LlmEndpointConfig;
    openai: LlmEndpointConfig;
  };
  /** USD per GPU-hour by GPU name as written in app-config (resolved against the kb later). */
  prices: Record<string, number>;
  defaultPercentile?: Exclude<PercentileName, 'mean'>;
  /** Recommendations per plan when a request does not say (`serveplan.plan.top`). */
  top: number;
}

const PROVIDERS: IntentProviderName[] = ['rules', 'ollama', 'openai'];
const PERCENTILES = ['p50', 'p90', 'p95', 'p99'] as const;

function bounded(
  config: Config,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = config.getOptionalNumber(key);
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new Error(
      `serveplan config: ${key} must be a whole number between ${min} and ${max}, got ${v}`,
    );
  }
  return v;
}

export function readServeplanConfig(root: Config): ServeplanConfig {
  const config = root.getOptionalConfig('serveplan') ?? new ConfigReader({});

  const provider = (config.getOptionalString('intent.provider') ??
    'rules') as IntentProviderName;
  if (!PROVIDERS.includes(provider)) {
    throw new Error(
      `serveplan config: intent.provider must be one of ${PROVIDERS.join(
        ', ',
      )}, got "${provider}"`,
    );
  }
  const openaiModel = config.getOptionalString('intent.openai.model');
  if (provider === 'openai' && !openaiModel) {
    throw new Error(
      'serveplan config: intent.openai.model is required with intent.provider openai',
    );
  }
  const percentile = config.getOptionalString('slo.defaultPercentile');
  if (
    percentile !== undefined &&
    !(PERCENTILES as readonly string[]).includes(percentile)
  ) {
    throw new Error(
      `serveplan config: slo.defaultPercentile must be one of ${PERCENTILES.join(
        ', ',
      )}, got "${percentile}"`,
    );
  }
  const prices: Record<string, number> = {};
  const pricesConfig = config.getOptionalConfig('prices');
  for (const gpu of pricesConfig?.keys() ?? []) {
    const usd = pricesConfig!.getNumber(gpu);
    if (!(usd > 0 && usd <= 1000)) {
      throw new Error(
        `serveplan config: prices.${gpu} must be a price in USD per GPU-hour between 0 and 1000, got ${usd}`,
      );
    }
    prices[gpu] = usd;
  }
  return {
    kbDir: config.getOptionalString('kb.dir'),
    intent: {
      provider,
      timeoutMs: bounded(config, 'intent.timeoutMs', 20_000, 100, 600_000),
      maxAttempts: bounded(config, 'intent.maxAttempts', 2, 1, 5),
      maxConcurrent: bounded(config, 'intent.maxConcurrent', 4, 1, 256),
      ollama: {
        baseUrl:
          config.getOptionalString('intent.ollama.baseUrl') ??
          'http://localhost:11434',
        model: config.getOptionalString('intent.ollama.model') ?? 'llama3.1:8b',
      },
      openai: {
        baseUrl:
          config.getOptionalString('intent.openai.baseUrl') ??
          'https://api.openai.com/v1',
        model: openaiModel ?? '',
        apiKey: config.getOptionalString('intent.openai.apiKey'),
      },
    },
    prices,
    defaultPercentile: percentile as ServeplanConfig['defaultPercentile'],
    top: bounded(config, 'plan.top', DEFAULT_TOP, TOP_MIN, TOP_MAX),
  };
}
