import { ServeplanInputError } from '@serveplan/plugin-serveplan-common';

/** Commander argument parsers that reject anything but the expected kind of number. */
export function numberArg(
  flag: string,
  opts: { integer?: boolean; min?: number; max?: number } = {},
) {
  return (raw: string): number => {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v)) {
      throw new ServeplanInputError(`${flag} expects a number, got "${raw}"`, {
        field: flag,
      });
    }
    if (opts.integer && !Number.isInteger(v)) {
      throw new ServeplanInputError(
        `${flag} expects a whole number, got ${raw}`,
        { field: flag },
      );
    }
    if (opts.min !== undefined && v < opts.min) {
      throw new ServeplanInputError(
        `${flag} must be at least ${opts.min}, got ${raw}`,
        { field: flag },
      );
    }
    if (opts.max !== undefined && v > opts.max) {
      throw new ServeplanInputError(
        `${flag} must be at most ${opts.max.toLocaleString(
          'en-US',
        )}, got ${raw}`,
        { field: flag },
      );
    }
    return v;
  };
}

/** Exactly one of the named options must be set. */
export function exactlyOne(
  opts: Record<string, unknown>,
  names: string[],
  what: string,
): string {
  const set = names.filter(n => opts[n] !== undefined);
  const flag = (n: string) =>
    `--${n.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
  if (set.length !== 1) {
    throw new ServeplanInputError(
      set.length === 0
        ? `give the ${what}: one of ${names.map(flag).join(', ')}`
        : `give only one of ${set.map(flag).join(' and ')} (${what})`,
    );
  }
  return set[0];
}
