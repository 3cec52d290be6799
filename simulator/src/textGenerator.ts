/**
 * Deterministic output text: plausible filler sentences from the tokenizer's vocabulary, or an
 * echo of the prompt, one token per step. The same seed and request give the same text; the
 * text re-tokenizes to exactly the number of tokens generated.
 */
import { Rng } from '@serveplan/plugin-serveplan-common';
import { SimTokenizer } from './tokenizer';

export type ResponseMode = 'filler' | 'echo';

/** Produces the text of each output token in order. */
export interface TokenTextSource {
  next(): string;
}

/** FNV-1a over a string, for seeding per-request generators. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class FillerSource implements TokenTextSource {
  private readonly rng: Rng;
  private left = 0;
  private capital = true;
  private pendingPeriod = false;

  constructor(private readonly tok: SimTokenizer, seed: number) {
    this.rng = new Rng(seed);
  }

  next(): string {
    if (this.pendingPeriod) {
      this.pendingPeriod = false;
      this.capital = true;
      return '.';
    }
    if (this.left === 0) this.left = 5 + Math.floor(this.rng.next() * 10);
    const ids = this.tok.wordIds;
    const word = this.tok.vocab[ids[Math.floor(this.rng.next() * ids.length)]];
    const text = this.capital ? word[0].toUpperCase() + word.slice(1) : word;
    this.capital = false;
    this.left--;
    if (this.left === 0) this.pendingPeriod = true;
    return ` ${text}`;
  }
}

class EchoSource implements TokenTextSource {
  private i = 0;
  constructor(private readonly pieces: string[]) {}

  next(): string {
    if (this.pieces.length === 0) return ' unk';
    const p = this.pieces[this.i % this.pieces.length];
    this.i++;
    return /^[\p{L}\p{N}]/u.test(p) ? ` ${p}` : p;
  }
}

export function textSource(
  mode: ResponseMode,
  tok: SimTokenizer,
  seed: number,
  promptPieces: () => string[],
): TokenTextSource {
  return mode === 'echo'
    ? new EchoSource(promptPieces())
    : new FillerSource(tok, seed);
}

/**
 * Where generation stops: the first stop string in the text (vLLM leaves the stop string out of
 * the text; the token that completed it counts), else after `maxTokens`.
 */
export function findStop(
  make: () => TokenTextSource,
  maxTokens: number,
  stops: string[],
): { tokens: number; text: string; stop: string } | null {
  if (stops.length === 0) return null;
  const src = make();
  let text = '';
  const longest = Math.max(...stops.map(s => s.length));
  for (let n = 1; n <= maxTokens; n++) {
    const before = text.length;
    text += src.next();
    const from = Math.max(0, before - longest + 1);
    let best = -1;
    let which = '';
    for (const s of stops) {
      const at = text.indexOf(s, from);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        which = s;
      }
    }
    if (best >= 0) return { tokens: n, text: text.slice(0, best), stop: which };
  }
  return null;
}
