/**
 * Test helper (Node only, never imported by the library): the repository's kb/ models, GPUs and
 * prices, validated with the kb schemas, so intent tests use the real names.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { gpuSchema, modelSchema, priceSchema } from '../../kb/schema';
import { IntentKnowledge } from '../vocabulary';

const KB_DIR = path.resolve(__dirname, '../../../../../kb');

function readDir<T>(dir: string, schema: z.ZodType<T>): T[] {
  return fs
    .readdirSync(path.join(KB_DIR, dir))
    .filter(f => f.endsWith('.yaml'))
    .sort()
    .map(f =>
      schema.parse(
        YAML.parse(fs.readFileSync(path.join(KB_DIR, dir, f), 'utf8')),
      ),
    );
}

let cached: IntentKnowledge | undefined;

export function repositoryKnowledge(): IntentKnowledge {
  if (!cached) {
    const prices = z
      .object({ prices: z.array(priceSchema) })
      .parse(
        YAML.parse(fs.readFileSync(path.join(KB_DIR, 'prices.yaml'), 'utf8')),
      ).prices;
    cached = {
      models: readDir('models', modelSchema),
      gpus: readDir('gpus', gpuSchema),
      prices,
    };
  }
  return cached;
}
