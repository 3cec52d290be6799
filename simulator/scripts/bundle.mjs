// Bundles the simulator and its workspace dependencies into one CommonJS file for the container
// image (simulator/Dockerfile) and for tests and benches that run it as its own process:
// `node dist/simulator.cjs [vLLM flags]`. The knowledge base is data read at run time from
// $SERVEPLAN_KB_DIR (or the @serveplan/kb package), not bundled.
//   node scripts/bundle.mjs [--outfile FILE]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf('--outfile');
const outfile = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(here, '..', 'dist', 'simulator.cjs');
// Build next to the target and rename, so concurrent builds never leave a half-written file.
const tmp = `${outfile}.${process.pid}.tmp.cjs`;
await build({
  entryPoints: [path.join(here, '..', 'src', 'main.ts')],
  outfile: tmp,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['@serveplan/kb'],
});
fs.renameSync(tmp, outfile);
