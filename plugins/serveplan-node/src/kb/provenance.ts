/**
 * Every number in the kb must have a `provenance` object (source and date) on the object that
 * holds it or on one of that object's ancestors. Returns the paths of numbers that do not.
 */
export function findNumbersWithoutProvenance(data: unknown): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, where: string, covered: boolean) => {
    if (typeof node === 'number') {
      if (!covered) missing.push(where || '(root)');
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${where}[${i}]`, covered));
      return;
    }
    if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      const p = obj.provenance as Record<string, unknown> | undefined;
      const here =
        covered ||
        (!!p &&
          typeof p.source === 'string' &&
          p.source.length > 0 &&
          !!p.date);
      for (const [key, value] of Object.entries(obj)) {
        if (key === 'provenance') continue;
        visit(value, where ? `${where}.${key}` : key, here);
      }
    }
  };
  visit(data, '', false);
  return missing;
}
