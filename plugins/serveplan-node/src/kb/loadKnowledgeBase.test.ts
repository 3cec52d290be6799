import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {
  availablePrecisions,
  GpuSpec,
  parameterBreakdown,
  resolveGpu,
  resolveModel,
} from '@serveplan/plugin-serveplan-common';
import {
  defaultKnowledgeBaseDir,
  inspectKnowledgeBase,
  loadKnowledgeBaseSync,
} from './loadKnowledgeBase';

const kb = loadKnowledgeBaseSync();

function copyKb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serveplan-kb-'));
  fs.cpSync(defaultKnowledgeBaseDir(), dir, { recursive: true });
  return dir;
}

describe('the repository knowledge base', () => {
  it('loads, validates and has a content version', () => {
    expect(kb.version).toMatch(/^[0-9a-f]{12}$/);
    expect(kb.models.length).toBeGreaterThanOrEqual(20);
    expect(kb.gpus.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    'llama-3.1-8b',
    'llama-3.1-70b',
    'llama-3.1-405b',
    'llama-3.3-70b',
    'llama-3.2-1b',
    'llama-3.2-3b',
    'mistral-7b',
    'mixtral-8x7b',
    'qwen2.5-7b',
    'qwen2.5-14b',
    'qwen2.5-32b',
    'qwen2.5-72b',
    'qwen3-8b',
    'qwen3-14b',
    'qwen3-32b',
    'qwen3-30b-a3b',
    'qwen3-235b-a22b',
    'gpt-oss-20b',
    'gpt-oss-120b',
    'deepseek-r1-distill-llama-8b',
    'deepseek-r1-distill-qwen-32b',
    'phi-4',
    'meta-llama/Llama-3.1-8B-Instruct',
    'Qwen/Qwen3-235B-A22B-FP8',
  ])('resolves the required model %s', name => {
    expect(resolveModel(kb, name).model.id).toMatch(/\//);
  });

  it('has a Granite 3.x 8B and Gemma 2 and 3 models', () => {
    expect(kb.models.some(m => /granite-3\.\d+-8b/i.test(m.id))).toBe(true);
    expect(kb.models.some(m => /gemma-2-/i.test(m.id))).toBe(true);
    expect(kb.models.some(m => /gemma-3-/i.test(m.id))).toBe(true);
  });

  it.each([
    'L4',
    'A10G',
    'L40S',
    'A100-40GB',
    'A100-80GB-SXM',
    'A100-80GB-PCIe',
    'H100-SXM',
    'H100-PCIe',
    'H100-NVL',
    'H200',
    'B200',
    'MI300X',
  ])('has the GPU %s with prices from two providers', id => {
    const gpu = resolveGpu(kb, id);
    expect(
      new Set(kb.prices.filter(p => p.gpu === gpu.id).map(p => p.provider))
        .size,
    ).toBeGreaterThanOrEqual(2);
  });

  // Dense (no 2:4 sparsity) tensor TFLOPS and bandwidth from the vendors' datasheets
  // (performance-modeling.md section 6): peers ship sparse figures as dense; we must not.
  it.each([
    ['L4', 121, 242, 300],
    ['L40S', 362, 733, 864],
    ['A100-80GB-SXM', 312, null, 2039],
    ['A100-40GB', 312, null, 1555],
    ['H100-SXM', 989, 1979, 3350],
    ['H100-PCIe', 756, 1513, 2000],
    ['H200', 989, 1979, 4800],
    ['MI300X', 1307, 2615, 5300],
  ])(
    '%s has dense BF16 %s / FP8 %s TFLOPS and %s GB/s',
    (id, bf16, fp8, bw) => {
      const gpu = resolveGpu(kb, id as string) as GpuSpec;
      expect(gpu.tflops_dense.bf16).toBeCloseTo(bf16 as number, -1);
      expect(
        gpu.tflops_dense.fp8 === null
          ? null
          : Math.abs(gpu.tflops_dense.fp8 - (fp8 as number)) < 5,
      ).toBe(fp8 === null ? null : true);
      expect(gpu.memory.bandwidth_gbps).toBeCloseTo(bw as number, -1);
    },
  );

  it('architecture-derived parameter counts match the published totals', () => {
    for (const m of kb.models) {
      const p = parameterBreakdown(m);
      const computed =
        p.embedding +
        p.lmHead +
        p.attention +
        p.denseMlp +
        p.experts +
        p.sharedExperts;
      // Multimodal checkpoints also count a vision tower; "1T"-style totals are rounded.
      expect(Math.abs(computed / m.parameters.total - 1)).toBeLessThan(
        m.tasks.includes('vision') ? 0.05 : 0.02,
      );
    }
  });

  it('every model can be served in at least its native precision and quantized variants name real checkpoints', () => {
    for (const m of kb.models) {
      expect(availablePrecisions(m)).toContain(m.native_precision);
      for (const v of m.variants) expect(v.hf_id).toMatch(/^[\w.-]+\/[\w.-]+$/);
    }
  });
});

describe('inspectKnowledgeBase', () => {
  it('reports a number without provenance, naming the file and field', () => {
    const dir = copyKb();
    const file = path.join(dir, 'gpus', 'l4.yaml');
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\ntdp_watts: 72\n`);
    const { kb: loaded, problems } = inspectKnowledgeBase(dir);
    expect(loaded).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        'gpus/l4.yaml: tdp_watts is a number without a provenance (source and date) above it',
        expect.stringMatching(/^gpus\/l4\.yaml: \(root\): Unrecognized key/),
      ]),
    );
  });

  it('reports schema errors with their path', () => {
    const dir = copyKb();
    const file = path.join(dir, 'models', 'phi-4.yaml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(/num_layers: \d+/, 'num_layers: -4'),
    );
    const { problems } = inspectKnowledgeBase(dir);
    expect(
      problems.some(p =>
        p.startsWith('models/phi-4.yaml: architecture.num_layers:'),
      ),
    ).toBe(true);
  });

  it('reports an alias claimed by two models and a price for an unknown GPU', () => {
    const dir = copyKb();
    const file = path.join(dir, 'models', 'phi-4.yaml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(/^aliases: \[/m, 'aliases: [llama-3.1-8b, '),
    );
    const prices = path.join(dir, 'prices.yaml');
    const doc = YAML.parse(fs.readFileSync(prices, 'utf8'));
    doc.prices.push({
      gpu: 'TPU-v9',
      provider: 'x',
      offering: 'y',
      pricing: 'on_demand',
      usd_per_gpu_hour: 1,
      provenance: { source: 'test', date: '2026-01-01' },
    });
    fs.writeFileSync(prices, YAML.stringify(doc));
    const { problems } = inspectKnowledgeBase(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/name "llama-3.1-8b" is used by both/),
        'price for unknown GPU "TPU-v9" (x)',
      ]),
    );
  });

  it('reports invalid YAML', () => {
    const dir = copyKb();
    fs.writeFileSync(path.join(dir, 'gpus', 'l4.yaml'), 'id: [unclosed');
    expect(inspectKnowledgeBase(dir).problems[0]).toMatch(
      /^gpus\/l4\.yaml: not valid YAML/,
    );
  });
});
