/**
 * Runs the simulator as its own Node process (its event loop on its own core, as in production),
 * for load tests, the bench and the consistency test. The process runs the esbuild bundle of
 * this package (scripts/bundle.mjs), rebuilt into a temporary file for each caller so concurrent
 * test workers never share a half-written file.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultKnowledgeBaseDir } from '@serveplan/plugin-serveplan-node';

export interface SimulatorProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote (structured logs on stdout, errors on stderr). */
  output(): string;
  /** SIGTERM (graceful shutdown), then waits for the exit code. */
  stop(): Promise<number | null>;
}

/** Resolved at run time (a variable, so bundlers leave it alone). */
const PACKAGE_JSON = '@serveplan/simulator/package.json';

/** The simulator package's folder (also from inside a bundle that has it as a dependency). */
export function simulatorPackageDir(): string {
  return path.dirname(require.resolve(PACKAGE_JSON));
}

/** Builds the simulator bundle into a fresh temporary file; returns its path. */
export async function buildSimulatorBundle(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serveplan-sim-'));
  const out = path.join(dir, 'simulator.cjs');
  const script = path.join(simulatorPackageDir(), 'scripts', 'bundle.mjs');
  await promisify(execFile)(process.execPath, [script, '--outfile', out], {
    cwd: simulatorPackageDir(),
  });
  return out;
}

/**
 * Starts `node BUNDLE [args] --host 127.0.0.1 --port 0` and resolves once it listens (its
 * startup log line names the port).
 */
export async function startSimulatorProcess(
  args: string[],
  options: {
    bundle?: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    kbDir?: string;
  } = {},
): Promise<SimulatorProcess> {
  const bundle = options.bundle ?? (await buildSimulatorBundle());
  // The bundle lives in a temporary folder: tell it where the knowledge base is.
  const kbDir = options.kbDir ?? defaultKnowledgeBaseDir();
  const child = spawn(
    process.execPath,
    [bundle, ...args, '--host', '127.0.0.1', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SERVEPLAN_KB_DIR: kbDir, ...options.env },
    },
  );
  let out = '';
  child.stderr!.setEncoding('utf8');
  child.stdout!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    out += d;
  });
  const exited = new Promise<number | null>(resolve =>
    child.once('exit', code => resolve(code)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `the simulator did not start within ${
              options.timeoutMs ?? 60000
            } ms:\n${out.slice(-2000)}`,
          ),
        ),
      options.timeoutMs ?? 60_000,
    );
    child.stdout!.on('data', (d: string) => {
      out += d;
      const line = out
        .split('\n')
        .find(l => l.includes('"serveplan simulator listening"'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line).port);
      }
    });
    exited.then(code => {
      clearTimeout(timer);
      reject(
        new Error(
          `the simulator exited with code ${code}:\n${out.slice(-2000)}`,
        ),
      );
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGTERM');
      return exited;
    },
  };
}
