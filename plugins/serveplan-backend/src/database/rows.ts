/** Helpers for rows that must read the same from SQLite and PostgreSQL. */

/** A timestamp column as ISO 8601 (pg returns Date, SQLite a number of ms or a string). */
export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'string') {
    const date = /^\d+$/.test(value)
      ? new Date(Number(value))
      : new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  throw new Error(`not a timestamp: ${String(value)}`);
}

/** A JSON text column. */
export function fromJson<T>(value: unknown): T {
  if (typeof value !== 'string') throw new Error('expected a JSON text column');
  return JSON.parse(value) as T;
}

export function fromJsonOrNull<T>(value: unknown): T | null {
  return value === null || value === undefined ? null : fromJson<T>(value);
}

/** A count(*) result (pg returns a string, SQLite a number). */
export function toCount(row: Record<string, unknown> | undefined): number {
  const v = row ? Object.values(row)[0] : 0;
  return Number(v ?? 0);
}
