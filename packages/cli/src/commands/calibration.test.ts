import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';
import { registerCalibrationCommands } from './calibration';

/**
 * Runs `calibrate` against an empty kb folder: a bad number must be refused while parsing, before
 * anything is fitted or written (a fit with NaN or 0 evaluations would write untrained
 * coefficients over kb/calibration/coefficients.yaml).
 */
async function calibrate(kb: string, ...args: string[]): Promise<unknown> {
  const program = new Command('serveplan').option('--kb <dir>').exitOverride();
  registerCalibrationCommands(program);
  try {
    await program.parseAsync([
      'node',
      'serveplan',
      '--kb',
      kb,
      'calibrate',
      ...args,
    ]);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('serveplan calibrate', () => {
  let kb: string;
  beforeAll(() => {
    kb = fs.mkdtempSync(path.join(os.tmpdir(), 'serveplan-cal-'));
  });
  afterAll(() => fs.rmSync(kb, { recursive: true, force: true }));

  it.each([
    ['--max-evaluations', 'abc', /--max-evaluations expects a number/],
    ['--max-evaluations', '0', /--max-evaluations must be at least 1/],
    ['--max-evaluations', '2.5', /--max-evaluations expects a whole number/],
    ['--per-group', 'abc', /--per-group expects a number/],
    ['--per-group', '0', /--per-group must be at least 1/],
    ['--per-group', '-3', /--per-group must be at least 1/],
  ])('refuses %s %s before fitting', async (flag, value, message) => {
    const e = await calibrate(kb, flag, value);
    expect(isServeplanInputError(e)).toBe(true);
    expect((e as Error).message).toMatch(message);
    expect(fs.readdirSync(kb)).toEqual([]);
  });
});
