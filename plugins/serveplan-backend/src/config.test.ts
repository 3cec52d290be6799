import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readServeplanConfig } from './config';

const read = (serveplan: JsonObject) =>
  readServeplanConfig(new ConfigReader({ serveplan }));

describe('readServeplanConfig', () => {
  it('defaults to the built-in rules and no overrides', () => {
    expect(readServeplanConfig(new ConfigReader({}))).toEqual({
      kbDir: undefined,
      intent: {
        provider: 'rules',
        timeoutMs: 20_000,
        maxAttempts: 2,
        maxConcurrent: 4,
        ollama: { baseUrl: 'http://localhost:11434', model: 'llama3.1:8b' },
        openai: {
          baseUrl: 'https://api.openai.com/v1',
          model: '',
          apiKey: undefined,
        },
      },
      prices: {},
      defaultPercentile: undefined,
      top: 5,
    });
  });

  it('reads every key', () => {
    const c = read({
      kb: { dir: '/srv/kb' },
      intent: {
        provider: 'openai',
        timeoutMs: 5000,
        maxAttempts: 3,
        maxConcurrent: 16,
        openai: { baseUrl: 'http://vllm:8000/v1', model: 'qwen', apiKey: 'k' },
      },
      prices: { 'H100-SXM': 2.5, L4: 0.4 },
      slo: { defaultPercentile: 'p99' },
      plan: { top: 3 },
    });
    expect(c).toMatchObject({
      kbDir: '/srv/kb',
      intent: {
        provider: 'openai',
        timeoutMs: 5000,
        maxAttempts: 3,
        maxConcurrent: 16,
        openai: { baseUrl: 'http://vllm:8000/v1', model: 'qwen', apiKey: 'k' },
      },
      prices: { 'H100-SXM': 2.5, L4: 0.4 },
      defaultPercentile: 'p99',
      top: 3,
    });
  });

  it.each([
    [
      { intent: { provider: 'gpt' } },
      /intent.provider must be one of rules, ollama, openai, got "gpt"/,
    ],
    [{ intent: { provider: 'openai' } }, /intent.openai.model is required/],
    [
      { intent: { timeoutMs: 10 } },
      /intent.timeoutMs must be a whole number between 100 and 600000, got 10/,
    ],
    [
      { intent: { maxAttempts: 0 } },
      /intent.maxAttempts must be a whole number between 1 and 5/,
    ],
    [
      { intent: { maxConcurrent: 0 } },
      /intent.maxConcurrent must be a whole number between 1 and 256, got 0/,
    ],
    [
      { slo: { defaultPercentile: 'p95.5' } },
      /slo.defaultPercentile must be one of p50, p90, p95, p99/,
    ],
    [
      { prices: { L4: -1 } },
      /prices.L4 must be a price in USD per GPU-hour between 0 and 1000, got -1/,
    ],
    [
      { plan: { top: 500 } },
      /plan.top must be a whole number between 1 and 50/,
    ],
  ])('rejects %j', (serveplan, message) => {
    expect(() => read(serveplan)).toThrow(message);
  });
});
