/**
 * Independent clients as subprocesses against the simulator: the official `openai` Python SDK
 * (with the Hugging Face tokenizer the simulator exports, and the Prometheus client's parser) and
 * GuideLLM, a benchmark tool from PyPI, run offline with that tokenizer. The Python environment
 * comes from scripts/lib/python-deps.sh ($SERVEPLAN_PYTHON_VENV); in CI its absence fails.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  scrape,
  startTestSimulator,
  TEST_MODEL,
  TestSimulator,
  valueOf,
} from './__testUtils__/simulator';

const run = promisify(execFile);
const venv = process.env.SERVEPLAN_PYTHON_VENV;
const present = !!venv && fs.existsSync(path.join(venv, 'bin', 'python'));
const clients = path.resolve(__dirname, '..', 'test-clients');
const offlineEnv = {
  ...process.env,
  HF_HUB_OFFLINE: '1',
  TRANSFORMERS_OFFLINE: '1',
  HF_DATASETS_OFFLINE: '1',
  TOKENIZERS_PARALLELISM: 'false',
};

if (!present) {
  const why = `the Python test clients are not installed: source scripts/lib/python-deps.sh (it sets SERVEPLAN_PYTHON_VENV; now ${
    venv ? `"${venv}" has no bin/python` : 'unset'
  })`;
  if (process.env.CI === 'true') {
    // eslint-disable-next-line jest/expect-expect
    it('has the Python test clients', () => {
      throw new Error(why);
    });
  } else {
    // eslint-disable-next-line no-console
    console.warn(`skipping the Python client tests: ${why}`);
  }
}

(present ? describe : describe.skip)(
  'independent Python clients against the simulator',
  () => {
    let t: TestSimulator;
    let tokdir: string;
    const py = (name: string) => path.join(venv!, 'bin', name);

    beforeAll(async () => {
      tokdir = fs.mkdtempSync(path.join(os.tmpdir(), 'serveplan-tok-'));
      t = await startTestSimulator(['--export-tokenizer', tokdir]);
    });
    afterAll(async () => {
      await t.stop();
      fs.rmSync(tokdir, { recursive: true, force: true });
    });

    it('serves the official openai Python SDK; the exported tokenizer and the Prometheus parser agree with the server', async () => {
      const before = await scrape(t.url);
      const { stdout } = await run(
        py('python'),
        [path.join(clients, 'openai_sdk_check.py'), t.url, TEST_MODEL, tokdir],
        { env: offlineEnv, timeout: 120_000 },
      );
      const r = JSON.parse(stdout);
      expect(r.models).toEqual([TEST_MODEL]);
      expect(r.completion.finish_reason).toBe('length');
      expect(r.completion.usage).toMatchObject({
        completion_tokens: 25,
        prompt_tokens: r.completion.prompt_tokens_hf,
      });
      expect(r.completion.completion_tokens_hf).toBe(25);
      expect(r.chat.chunks).toBe(12);
      expect(r.chat_finish_reason).toBe('length');
      expect(r.chat.usage).toMatchObject({
        completion_tokens: 12,
        prompt_tokens: r.chat.prompt_tokens_hf,
      });
      expect(r.chat.completion_tokens_hf).toBe(12);
      expect(r.tokenize_ids_equal).toBe(true);
      // The Python parser sees what the client did (two requests since `before`).
      const d = (name: string) =>
        r.metrics[name] -
        valueOf(
          before,
          `vllm:${name === 'success' ? 'request_success' : name}_total`,
        );
      expect(d('success')).toBe(2);
      expect(d('prompt_tokens')).toBe(
        r.completion.usage.prompt_tokens + r.chat.usage.prompt_tokens,
      );
      expect(d('generation_tokens')).toBe(37);
      expect(r.metrics.types).toEqual({
        'vllm:request_success': 'counter',
        'vllm:num_requests_running': 'gauge',
        'vllm:time_to_first_token_seconds': 'histogram',
        'vllm:generation_tokens': 'counter',
      });
      expect(r.metrics.ttft_buckets.slice(0, 4)).toEqual([
        '0.001',
        '0.005',
        '0.01',
        '0.02',
      ]);
      expect(r.metrics.ttft_buckets).toHaveLength(23);
      expect(r.metrics.ttft_labels).toEqual(['engine', 'model_name']);
    }, 180_000);

    it('is benchmarked by GuideLLM offline, and /metrics agrees with what GuideLLM measured', async () => {
      const out = path.join(tokdir, 'guidellm.json');
      const before = await scrape(t.url);
      await run(
        py('guidellm'),
        [
          'run',
          '--backend',
          `kind=openai_http,target=${t.url},model=${TEST_MODEL},request_format=/v1/completions`,
          '--profile',
          'kind=constant,rate=8',
          '--constraint',
          'kind=max_requests,count=24',
          '--data',
          'kind=synthetic_text,prompt_tokens=64,output_tokens=16',
          '--tokenizer',
          `kind=huggingface_auto,model=${tokdir}`,
          '--output',
          `kind=json,path=${out}`,
          '--disable-console',
        ],
        { env: offlineEnv, timeout: 240_000, cwd: tokdir },
      );
      const after = await scrape(t.url);
      const b = JSON.parse(fs.readFileSync(out, 'utf8')).benchmarks[0];
      const m = b.metrics;
      const ok = m.request_totals.successful;
      expect(ok).toBe(24);
      expect(m.request_totals.errored).toBe(0);
      // GuideLLM counted the prompt with the exported tokenizer: the server counted the same.
      const prompts: number[] = b.requests.successful.map(
        (q: any) => q.input_metrics.text_tokens,
      );
      expect(new Set(prompts)).toEqual(new Set([64]));
      const delta = (name: string) =>
        valueOf(after, name) - valueOf(before, name);
      expect(delta('vllm:request_success_total')).toBe(ok);
      expect(delta('vllm:prompt_tokens_total')).toBe(
        m.prompt_token_count.successful.total_sum,
      );
      expect(delta('vllm:generation_tokens_total')).toBe(
        m.output_token_count.successful.total_sum,
      );
      expect(m.output_token_count.successful.total_sum).toBe(24 * 16);
      const h = (s: typeof after, name: string) => s.histograms.get(name)![0];
      expect(
        h(after, 'vllm:time_to_first_token_seconds').count -
          h(before, 'vllm:time_to_first_token_seconds').count,
      ).toBe(ok);
      // The server's mean TTFT is what GuideLLM saw, less the loopback HTTP time.
      const serverTtftMs =
        ((h(after, 'vllm:time_to_first_token_seconds').sum -
          h(before, 'vllm:time_to_first_token_seconds').sum) /
          ok) *
        1000;
      const clientTtftMs = m.time_to_first_token_ms.successful.mean;
      expect(clientTtftMs).toBeGreaterThanOrEqual(serverTtftMs - 1);
      expect(clientTtftMs - serverTtftMs).toBeLessThan(25);
    }, 300_000);
  },
);
