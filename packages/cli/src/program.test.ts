import { CommanderError } from 'commander';
import { commanderExitCode, createProgram } from './program';

/** Parses argv with the real command tree; returns the exit code main() would use and the output. */
async function exitCodeOf(
  ...args: string[]
): Promise<{ code: number | undefined; err: string; out: string }> {
  let err = '';
  let out = '';
  const program = createProgram({
    writeErr: s => {
      err += s;
    },
    writeOut: s => {
      out += s;
    },
  });
  try {
    await program.parseAsync(['node', 'serveplan', ...args]);
  } catch (e) {
    if (e instanceof CommanderError)
      return { code: commanderExitCode(e), err, out };
    throw e;
  }
  return { code: undefined, err, out };
}

describe('command-line parse errors', () => {
  it.each([
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['predict', '--no-such-flag']],
    [
      'an invalid choice',
      [
        'loadtest',
        '--url',
        'http://127.0.0.1:1',
        '--model',
        'm',
        '--endpoint',
        'embeddings',
      ],
    ],
    ['a missing option value', ['loadtest', '--url']],
    ['a missing required option', ['loadtest', '--model', 'm']],
    ['a missing argument', ['intent']],
    ['no command at all', []],
  ])('exit 2 for %s (bad input, never 1)', async (_what, args) => {
    const r = await exitCodeOf(...args);
    expect(r.code).toBe(2);
    expect(r.err + r.out).not.toBe('');
  });

  it.each([
    ['--help', ['--help']],
    ['a command --help', ['loadtest', '--help']],
    ['help CMD', ['help', 'predict']],
  ])('exit 0 after %s', async (_what, args) => {
    const r = await exitCodeOf(...args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: serveplan/);
  });
});
