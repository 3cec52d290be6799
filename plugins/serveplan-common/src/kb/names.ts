import { distance } from 'fastest-levenshtein';

/** Folds case, spaces, underscores and dots-vs-dashes so `Llama 3.1 8B` finds `llama-3.1-8b`. */
export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * Up to `limit` candidates closest to `query` by edit distance on normalized names, also
 * matching on substrings, so a typo or a partial name gets useful suggestions.
 */
export function closestNames(query: string, candidates: Iterable<string>, limit = 3): string[] {
  const q = normalizeName(query);
  const scored: Array<{ name: string; score: number }> = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    if (seen.has(name)) continue;
    seen.add(name);
    const n = normalizeName(name);
    const short = n.includes('/') ? n.slice(n.indexOf('/') + 1) : n;
    let score = Math.min(distance(q, n), distance(q, short)) / Math.max(q.length, 1);
    if (q.length >= 3 && (short.includes(q) || q.includes(short))) score = Math.min(score, 0.25);
    scored.push({ name, score });
  }
  return scored
    .filter(s => s.score <= 0.6)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(s => s.name);
}
