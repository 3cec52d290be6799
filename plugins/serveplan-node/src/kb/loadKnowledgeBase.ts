import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  Calibration,
  calibrationProblems,
  calibrationSchema,
  initialCoefficients,
  STEP_MODEL_VERSION,
  engineDefaultsSchema,
  gpuSchema,
  KnowledgeBase,
  modelSchema,
  priceSchema,
  useCasesFileSchema,
  validateKnowledgeBase,
} from '@serveplan/plugin-serveplan-common';
import { ParsedYamlCache } from './parsedYamlCache';
import { findNumbersWithoutProvenance } from './provenance';

/** The knowledge base failed to load; lists every problem found, each naming its file and field. */
export class KnowledgeBaseError extends Error {
  readonly problems: string[];
  constructor(dir: string, problems: string[]) {
    super(
      `the knowledge base in ${dir} has ${
        problems.length
      } problem(s):\n${problems.map(p => `  - ${p}`).join('\n')}`,
    );
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}

/** The `kb/` folder: $SERVEPLAN_KB_DIR, else the `@serveplan/kb` package (the repository's kb/). */
export function defaultKnowledgeBaseDir(): string {
  if (process.env.SERVEPLAN_KB_DIR)
    return path.resolve(process.env.SERVEPLAN_KB_DIR);
  return path.dirname(require.resolve('@serveplan/kb/package.json'));
}

function listYaml(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map(f => path.join(dir, f));
}

const pricesFileSchema = z.strictObject({ prices: z.array(priceSchema) });

/** Where parsed kb files are kept between processes: $SERVEPLAN_CACHE/kb, when that is set. */
function defaultParseCacheDir(): string | undefined {
  const root = process.env.SERVEPLAN_CACHE;
  return root ? path.join(root, 'kb') : undefined;
}

/** Result of reading the kb: the validated data when there are no problems. */
export interface KnowledgeBaseInspection {
  kb?: KnowledgeBase;
  problems: string[];
  files: number;
}

/**
 * Reads every kb file, validates each against its schema, checks that every number sits under a
 * `provenance`, and runs the cross-file checks. Collects all problems rather than stopping at one.
 *
 * `allowMissingCalibration` (for callers that never predict with the coefficients, such as
 * `yarn calibrate`, which refits them): a missing coefficients file, or one that cannot drive the
 * current step-time model (fitted for another model version, or with missing or out-of-bounds
 * coefficients), is replaced by the unfitted starting point instead of being reported.
 *
 * `parseCacheDir`: where parsed files are kept between processes (see ParsedYamlCache); by
 * default $SERVEPLAN_CACHE/kb, none when that is unset.
 */
export function inspectKnowledgeBase(
  dir = defaultKnowledgeBaseDir(),
  options: { allowMissingCalibration?: boolean; parseCacheDir?: string } = {},
): KnowledgeBaseInspection {
  const problems: string[] = [];
  const yaml = new ParsedYamlCache(
    'parseCacheDir' in options ? options.parseCacheDir : defaultParseCacheDir(),
  );
  const hash = createHash('sha256');
  let files = 0;
  const read = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    const rel = path.relative(dir, file);
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch (e) {
      problems.push(
        `${rel}: cannot read (${
          (e as NodeJS.ErrnoException).code ?? (e as Error).message
        })`,
      );
      return undefined;
    }
    files += 1;
    hash.update(rel).update('\0').update(raw).update('\0');
    let data: unknown;
    try {
      data = yaml.parse(raw);
    } catch (e) {
      problems.push(
        `${rel}: not valid YAML: ${(e as Error).message.split('\n')[0]}`,
      );
      return undefined;
    }
    for (const where of findNumbersWithoutProvenance(data)) {
      problems.push(
        `${rel}: ${where} is a number without a provenance (source and date) above it`,
      );
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(
          `${rel}: ${issue.path.length ? issue.path.join('.') : '(root)'}: ${
            issue.message
          }`,
        );
      }
      return undefined;
    }
    return parsed.data;
  };
  const defined = <T>(xs: Array<T | undefined>): T[] =>
    xs.filter((x): x is T => x !== undefined);

  const models = defined(
    listYaml(path.join(dir, 'models')).map(f => read(f, modelSchema)),
  );
  const gpus = defined(
    listYaml(path.join(dir, 'gpus')).map(f => read(f, gpuSchema)),
  );
  const prices = read(path.join(dir, 'prices.yaml'), pricesFileSchema)?.prices;
  const engine = read(
    path.join(dir, 'engine', 'vllm.yaml'),
    engineDefaultsSchema,
  );
  const useCases = read(path.join(dir, 'use-cases.yaml'), useCasesFileSchema);
  const coefficientsFile = path.join(dir, 'calibration', 'coefficients.yaml');
  let calibration =
    options.allowMissingCalibration && !fs.existsSync(coefficientsFile)
      ? uncalibrated()
      : read(coefficientsFile, calibrationSchema);
  if (
    options.allowMissingCalibration &&
    calibration &&
    calibrationProblems(calibration).length > 0
  )
    calibration = uncalibrated();
  yaml.save();
  if (models.length === 0) problems.push('models/: no model files');
  if (gpus.length === 0) problems.push('gpus/: no GPU files');
  if (!prices || !engine || !calibration || !useCases || problems.length > 0)
    return { problems, files };

  const kb: KnowledgeBase = {
    version: hash.digest('hex').slice(0, 12),
    models,
    gpus,
    prices,
    engine,
    calibration,
    useCases,
  };
  problems.push(...validateKnowledgeBase(kb));
  return problems.length > 0 ? { problems, files } : { kb, problems, files };
}

/** The starting point `yarn calibrate` fits from when no coefficients exist yet: never used for predictions. */
function uncalibrated(): Calibration {
  return {
    engine: 'vllm',
    model_version: STEP_MODEL_VERSION,
    coefficients: initialCoefficients(),
    residuals: {},
    uncalibrated_gpu_residuals: {},
    cross_validation: [],
    benchmark_protocol: {},
    calibrated_gpus: [],
    training_groups: [],
    holdout_groups: [],
    provenance: {
      source: 'initial physical guesses (COEFFICIENT_SPECS), not fitted',
      date: '1970-01-01',
      kind: 'estimated',
    },
  };
}

/** Reads and validates the kb synchronously (keeps the CLI's cold start short); throws every problem found. */
export function loadKnowledgeBaseSync(
  dir = defaultKnowledgeBaseDir(),
  options: { allowMissingCalibration?: boolean; parseCacheDir?: string } = {},
): KnowledgeBase {
  const { kb, problems } = inspectKnowledgeBase(dir, options);
  if (!kb) throw new KnowledgeBaseError(dir, problems);
  return kb;
}
