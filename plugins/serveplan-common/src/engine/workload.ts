/**
 * Workloads: how requests arrive (open-loop Poisson, bursty gamma, constant; closed-loop
 * concurrency; an offline batch) and how long their prompts and outputs are.
 */
import { ServeplanInputError } from '../errors/ServeplanInputError';
import { Rng } from './random';

export type LengthDistribution =
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'normal'; mean: number; std: number }
  | { kind: 'lognormal'; mean: number; std: number }
  | { kind: 'empirical'; values: number[] };

export type ArrivalProcess =
  | { kind: 'poisson'; rate: number }
  | { kind: 'gamma'; rate: number; cv: number }
  | { kind: 'constant'; rate: number }
  | { kind: 'closed'; concurrency: number }
  | { kind: 'offline' };

export interface Workload {
  arrival: ArrivalProcess;
  input: LengthDistribution;
  output: LengthDistribution;
  /** Requests to simulate. */
  requests: number;
  seed: number;
}

const LIMIT = 10_000_000;

function num(text: string, what: string, spec: string): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v)) {
    throw new ServeplanInputError(
      `${what} in "${spec}" is not a number: "${text}"`,
    );
  }
  return v;
}

/** Validates a length distribution's parameters; returns it. */
export function checkLengthDistribution(
  d: LengthDistribution,
  what: string,
): LengthDistribution {
  const bad = (msg: string) => {
    throw new ServeplanInputError(`${what}: ${msg}`, { field: what });
  };
  const positive = (v: number, name: string) => {
    if (!(v >= 1) || v > LIMIT)
      bad(
        `${name} must be between 1 and ${LIMIT.toLocaleString(
          'en-US',
        )} tokens, got ${v}`,
      );
  };
  switch (d.kind) {
    case 'fixed':
      positive(d.value, 'length');
      if (!Number.isInteger(d.value))
        bad(`length must be a whole number of tokens, got ${d.value}`);
      break;
    case 'uniform':
      positive(d.min, 'min');
      positive(d.max, 'max');
      if (d.max < d.min) bad(`max (${d.max}) is below min (${d.min})`);
      break;
    case 'normal':
    case 'lognormal':
      positive(d.mean, 'mean');
      if (!(d.std >= 0) || d.std > LIMIT) bad(`std must be >= 0, got ${d.std}`);
      break;
    case 'empirical':
      if (d.values.length === 0) bad('the empirical list is empty');
      d.values.forEach(v => positive(v, 'every value'));
      break;
    default:
      bad('unknown distribution');
  }
  return d;
}

/**
 * Parses a length spec: `N`, `fixed:N`, `uniform:MIN:MAX`, `normal:MEAN:STD`,
 * `lognormal:MEAN:STD` (mean and std of the length itself), `empirical:N1,N2,...`.
 */
export function parseLengthSpec(
  spec: string,
  what = 'length',
): LengthDistribution {
  const s = spec.trim();
  const [kind, ...rest] = s.split(':');
  const args = rest.join(':');
  let d: LengthDistribution;
  if (/^\d+$/.test(s)) d = { kind: 'fixed', value: Number(s) };
  else if (kind === 'fixed')
    d = { kind: 'fixed', value: num(args, 'the length', spec) };
  else if (kind === 'uniform' || kind === 'normal' || kind === 'lognormal') {
    const parts = args.split(':');
    if (parts.length !== 2) {
      throw new ServeplanInputError(
        `${what} "${spec}": ${kind} takes two numbers, e.g. ${
          kind === 'uniform' ? 'uniform:100:900' : `${kind}:512:128`
        }`,
        { field: what },
      );
    }
    const [a, b] = parts.map((p, i) =>
      num(p, i === 0 ? 'the first number' : 'the second number', spec),
    );
    d =
      kind === 'uniform' ? { kind, min: a, max: b } : { kind, mean: a, std: b };
  } else if (kind === 'empirical') {
    const values = args
      .split(',')
      .filter(v => v.trim() !== '')
      .map(v => num(v, 'a value', spec));
    d = { kind: 'empirical', values };
  } else {
    throw new ServeplanInputError(
      `${what} "${spec}" is not a length spec; use N, fixed:N, uniform:MIN:MAX, normal:MEAN:STD, lognormal:MEAN:STD or empirical:N1,N2,...`,
      { field: what },
    );
  }
  return checkLengthDistribution(d, what);
}

/** Parses an arrival spec for a rate: poisson, gamma:CV, constant. */
export function parseArrivalSpec(spec: string, rate: number): ArrivalProcess {
  if (!(rate > 0) || !Number.isFinite(rate) || rate > 1e6) {
    throw new ServeplanInputError(
      `the request rate must be a positive number of requests per second (at most 1,000,000), got ${rate}`,
      {
        field: 'qps',
      },
    );
  }
  const [kind, arg] = spec.trim().split(':');
  if (kind === 'poisson' && arg === undefined) return { kind: 'poisson', rate };
  if (kind === 'constant' && arg === undefined)
    return { kind: 'constant', rate };
  if (kind === 'gamma') {
    const cv = Number(arg);
    if (arg === undefined || !(cv > 0) || cv > 100) {
      throw new ServeplanInputError(
        `arrival "${spec}": gamma needs a coefficient of variation between 0 and 100, e.g. gamma:2`,
        {
          field: 'arrival',
        },
      );
    }
    return { kind: 'gamma', rate, cv };
  }
  throw new ServeplanInputError(
    `arrival "${spec}" is not one of poisson, gamma:CV, constant`,
    { field: 'arrival' },
  );
}

export function meanLength(d: LengthDistribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
    case 'lognormal':
      return d.mean;
    case 'empirical':
      return d.values.reduce((s, v) => s + v, 0) / d.values.length;
    default:
      return 0;
  }
}

/** Largest length the distribution can produce (Infinity for unbounded ones). */
export function maxLength(d: LengthDistribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.max;
    case 'empirical':
      return Math.max(...d.values);
    default:
      return d.std === 0 ? d.mean : Infinity;
  }
}

export function sampleLength(d: LengthDistribution, rng: Rng): number {
  let v: number;
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      v = d.min + rng.next() * (d.max - d.min + 1);
      return Math.max(1, Math.min(d.max, Math.floor(v)));
    case 'normal':
      v = d.mean + d.std * rng.normal();
      break;
    case 'lognormal': {
      const sigma2 = Math.log(1 + (d.std * d.std) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - sigma2 / 2;
      v = Math.exp(mu + Math.sqrt(sigma2) * rng.normal());
      break;
    }
    case 'empirical':
      return d.values[Math.floor(rng.next() * d.values.length)];
    default:
      v = 1;
  }
  return Math.max(1, Math.round(v));
}

/** A request as the simulator sees it. */
export interface RequestSpec {
  /** Arrival time in seconds (open loop/offline); ignored for closed loop. */
  arrival: number;
  input: number;
  output: number;
}

/**
 * Draws the workload's requests. Lengths are clamped so a request fits `maxModelLen`
 * (vLLM would reject longer ones); `clamped` counts how many were.
 */
export function generateRequests(
  w: Workload,
  maxModelLen: number,
): { requests: RequestSpec[]; clamped: number } {
  if (
    !Number.isInteger(w.requests) ||
    w.requests < 1 ||
    w.requests > 1_000_000
  ) {
    throw new ServeplanInputError(
      `--requests must be a whole number between 1 and 1,000,000, got ${w.requests}`,
      {
        field: 'requests',
      },
    );
  }
  const rng = new Rng(w.seed);
  const requests: RequestSpec[] = [];
  let t = 0;
  let clamped = 0;
  const a = w.arrival;
  for (let i = 0; i < w.requests; i++) {
    if (a.kind === 'poisson') t += rng.exponential(a.rate);
    else if (a.kind === 'gamma')
      t += rng.gamma(1 / (a.cv * a.cv), (a.cv * a.cv) / a.rate);
    else if (a.kind === 'constant') t = i / a.rate;
    let input = sampleLength(w.input, rng);
    let output = sampleLength(w.output, rng);
    if (input >= maxModelLen) {
      input = maxModelLen - 1;
      clamped++;
    }
    if (input + output > maxModelLen) {
      output = maxModelLen - input;
      clamped++;
    }
    requests.push({
      arrival: a.kind === 'closed' || a.kind === 'offline' ? 0 : t,
      input,
      output,
    });
  }
  return { requests, clamped };
}
