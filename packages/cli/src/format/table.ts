/** Prints rows as an aligned plain-text table (columns from the first row's keys). */
export function printTable(
  rows: Array<Record<string, unknown>>,
  out: NodeJS.WritableStream = process.stdout,
) {
  out.write(formatTable(rows));
}

export function formatTable(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '(none)\n';
  const cols = Object.keys(rows[0]);
  const cells = rows.map(r =>
    cols.map(c => (r[c] === undefined || r[c] === null ? '' : String(r[c]))),
  );
  const widths = cols.map((c, i) =>
    Math.max(c.length, ...cells.map(row => row[i].length)),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return `${[
    line(cols),
    line(widths.map(w => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n')}\n`;
}
