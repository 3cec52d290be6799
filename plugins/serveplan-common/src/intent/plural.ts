/**
 * The plural of an English noun, or the noun a verb names when made plural ("opens" for "each
 * time someone opens a ticket"):
 * - a word already ending in a single "s" is kept: "orders", "opens", "bus";
 * - after "s", "sh", "ch", "x" or "z", "es" is added: "class" → "classes", "batch" → "batches";
 * - a consonant then "y" becomes "ies": "entry" → "entries" ("day" → "days");
 * - any other word adds "s": "clinician" → "clinicians".
 */
export function plural(word: string): string {
  if (/[^s]s$/.test(word)) return word;
  if (/(?:s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
