import { distance } from 'fastest-levenshtein';

/**
 * Folds case and turns runs of spaces and underscores into one dash, so `Llama 3.1 8B` finds
 * `llama-3.1-8b`. Dots and dashes stay distinct (`llama-3-1-8b` does not match; the suggestions
 * catch it).
 */
export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** How far `name` is from the (normalized) query: 0 identical, above 0.6 unrelated. */
function nameScore(q: string, name: string): number {
  const n = normalizeName(name);
  const short = n.includes('/') ? n.slice(n.indexOf('/') + 1) : n;
  const score =
    Math.min(distance(q, n), distance(q, short)) / Math.max(q.length, 1);
  return q.length >= 3 && (short.includes(q) || q.includes(short))
    ? Math.min(score, 0.25)
    : score;
}

/**
 * Up to `limit` candidates closest to `query` by edit distance on normalized names, also
 * matching on substrings, so a typo or a partial name gets useful suggestions.
 */
export function closestNames(
  query: string,
  candidates: Iterable<string>,
  limit = 3,
): string[] {
  return closestGroups(
    query,
    [...new Set(candidates)].map(name => ({ names: [name] })),
    limit,
  );
}

/**
 * The same over things with several names (a GPU's id and aliases): one suggestion per thing —
 * its `label` when given, else its best-matching name.
 */
export function closestGroups(
  query: string,
  groups: Array<{ label?: string; names: string[] }>,
  limit = 3,
): string[] {
  const q = normalizeName(query);
  const scored = groups.map(g => {
    let best = { name: g.names[0], score: Infinity };
    for (const name of g.names) {
      const score = nameScore(q, name);
      if (score < best.score) best = { name, score };
    }
    return { name: g.label ?? best.name, score: best.score };
  });
  return scored
    .filter(s => s.score <= 0.6)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(s => s.name);
}
