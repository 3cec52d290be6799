// Bundles the CLI and its workspace dependencies into one CommonJS file, so `bin/serveplan`
// starts in plain Node without a TypeScript transform (a cold start well under a second).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [path.join(here, '..', 'src', 'index.ts')],
  outfile: path.join(here, '..', 'dist', 'serveplan.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // the kb is data found next to the installed package, not bundled
  external: ['@serveplan/kb'],
});
