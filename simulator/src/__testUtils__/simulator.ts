/**
 * Test helpers: a simulator in this process on an ephemeral 127.0.0.1 port, with the repository's
 * knowledge base, its logs captured; and /metrics parsed with a Prometheus text-format parser.
 */
import { Writable } from 'node:stream';
import parsePrometheusTextFormat, {
  PromFamily,
} from 'parse-prometheus-text-format';
import { KnowledgeBase } from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import { parseSimulatorArgs } from '../args';
import { SimulatorHandle, startSimulator } from '../server';

/** A small model on a big GPU: steps of a few milliseconds. */
export const TEST_MODEL = 'meta-llama/Llama-3.2-1B-Instruct';

let kb: KnowledgeBase | undefined;
export function testKb(): KnowledgeBase {
  kb ??= loadKnowledgeBaseSync();
  return kb;
}

export interface TestSimulator {
  sim: SimulatorHandle;
  url: string;
  logs: string[];
  stop(): Promise<void>;
}

export async function startTestSimulator(
  args: string[] = [],
): Promise<TestSimulator> {
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const cfg = parseSimulatorArgs([
    '--model',
    TEST_MODEL,
    '--gpu',
    'h100-sxm',
    '--max-model-len',
    '2048',
    '--host',
    '127.0.0.1',
    '--port',
    '0',
    '--shutdown-timeout',
    '5',
    ...args,
  ]);
  const sim = await startSimulator(cfg, { kb: testKb(), logStream });
  return {
    sim,
    url: sim.url,
    logs,
    async stop() {
      await sim.shutdown();
    },
  };
}

export interface ParsedHistogram {
  labels: Record<string, string>;
  /** [upper bound, cumulative count], +Inf last. */
  buckets: Array<[number, number]>;
  sum: number;
  count: number;
}

export interface Scrape {
  families: Map<string, PromFamily>;
  /** Histogram families by name, one entry per label set. */
  histograms: Map<string, ParsedHistogram[]>;
  get(name: string): PromFamily | undefined;
}

const labelKey = (l: Record<string, string> = {}) =>
  Object.entries(l)
    .filter(([k]) => k !== 'le')
    .sort()
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/**
 * Scrapes /metrics and parses it with parse-prometheus-text-format. That parser flattens a
 * histogram into one series and drops its labels, _sum and _count when the series carry labels
 * (vLLM's always do), so histogram families are handed to it untyped — their _bucket, _sum and
 * _count samples then come back with labels intact — and regrouped here.
 */
export async function scrape(url: string): Promise<Scrape> {
  const res = await fetch(`${url}/metrics`);
  const text = await res.text();
  const histogramNames = new Set<string>();
  const untyped = text.replace(
    /^# TYPE (\S+) histogram$/gm,
    (_m, name: string) => {
      histogramNames.add(name);
      return `# TYPE ${name} untyped`;
    },
  );
  const families = new Map(
    parsePrometheusTextFormat(untyped).map(f => [f.name, f]),
  );
  const histograms = new Map<string, ParsedHistogram[]>();
  for (const name of histogramNames) {
    const series = new Map<string, ParsedHistogram>();
    const entry = (labels: Record<string, string> = {}) => {
      const key = labelKey(labels);
      let h = series.get(key);
      if (!h) {
        h = {
          labels: Object.fromEntries(
            Object.entries(labels).filter(([k]) => k !== 'le'),
          ),
          buckets: [],
          sum: NaN,
          count: NaN,
        };
        series.set(key, h);
      }
      return h;
    };
    for (const s of families.get(`${name}_bucket`)?.metrics ?? []) {
      const le = s.labels!.le;
      entry(s.labels).buckets.push([
        le === '+Inf' ? Infinity : Number(le),
        Number(s.value),
      ]);
    }
    for (const s of families.get(`${name}_sum`)?.metrics ?? [])
      entry(s.labels).sum = Number(s.value);
    for (const s of families.get(`${name}_count`)?.metrics ?? [])
      entry(s.labels).count = Number(s.value);
    histograms.set(name, [...series.values()]);
  }
  return { families, histograms, get: (name: string) => families.get(name) };
}

/** The value of a counter or gauge (summed over series matching `labels`). */
export function valueOf(
  m: Scrape,
  name: string,
  labels: Record<string, string> = {},
): number {
  const f = m.families.get(name);
  if (!f) throw new Error(`metric ${name} is missing`);
  return f.metrics
    .filter(s => Object.entries(labels).every(([k, v]) => s.labels?.[k] === v))
    .reduce((a, s) => a + Number(s.value), 0);
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, json, text, headers: res.headers };
}
