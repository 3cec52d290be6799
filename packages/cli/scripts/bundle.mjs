// Bundles the CLI and its workspace dependencies into one CommonJS file, so `bin/serveplan`
// starts in plain Node without a TypeScript transform (a cold start well under a second).
// The files are written next to their targets and renamed into place (the source map first), so
// a concurrent `bin/serveplan` never runs a half-written bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, '..', 'dist', 'serveplan.cjs');
const result = await build({
  entryPoints: [path.join(here, '..', 'src', 'index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // the kb is data found next to the installed package, not bundled
  external: ['@serveplan/kb'],
  write: false,
});
fs.mkdirSync(path.dirname(outfile), { recursive: true });
// serveplan.cjs.map before serveplan.cjs: the bundle is what makes a build visible.
const files = [...result.outputFiles].sort(
  (a, b) => Number(a.path === outfile) - Number(b.path === outfile),
);
for (const f of files) {
  const tmp = `${f.path}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, f.contents);
    fs.renameSync(tmp, f.path);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
