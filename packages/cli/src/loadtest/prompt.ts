/**
 * Prompts of a requested token length for any OpenAI-compatible server. The text is random
 * common words (no shared prefix between requests, so prefix caching does not flatter the
 * result). Where the server has vLLM's /tokenize, the words-per-token ratio and the chat
 * template's overhead are measured once on a sample, so prompt lengths match the server's own
 * tokenizer; otherwise one token per word is assumed (and the report says so). The report also
 * carries the prompt lengths the server counted (usage.prompt_tokens).
 */
import { Rng } from '@serveplan/plugin-serveplan-common';
import { SimTokenizer } from '@serveplan/simulator';
import { request } from 'undici';
import type { Dispatcher } from 'undici';

const WORDS: readonly string[] = (() => {
  const t = new SimTokenizer();
  return t.wordIds.map(id => t.vocab[id]);
})();

export interface PromptCalibration {
  /** Server tokens per word of generated text. */
  tokensPerWord: number;
  /** Tokens the chat template adds around one user message (0 for completions). */
  templateTokens: number;
  /** Where the numbers come from. */
  source: string;
}

export type Endpoint = 'completions' | 'chat';

export class PromptBuilder {
  private readonly rng: Rng;

  constructor(seed: number, private readonly cal: PromptCalibration) {
    this.rng = new Rng((seed ^ 0x51ed5eed) >>> 0);
  }

  wordsFor(tokens: number): number {
    return Math.max(
      1,
      Math.round((tokens - this.cal.templateTokens) / this.cal.tokensPerWord),
    );
  }

  text(tokens: number): string {
    const n = this.wordsFor(tokens);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++)
      out[i] = WORDS[Math.floor(this.rng.next() * WORDS.length)];
    return out.join(' ');
  }
}

async function tokenizeCount(
  base: string,
  body: unknown,
  headers: Record<string, string>,
  dispatcher: Dispatcher,
): Promise<number | null> {
  try {
    const res = await request(`${base}/tokenize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      dispatcher,
      headersTimeout: 10_000,
      bodyTimeout: 10_000,
    });
    const json = (await res.body.json()) as { count?: unknown };
    if (res.statusCode !== 200 || typeof json.count !== 'number') return null;
    return json.count;
  } catch {
    return null;
  }
}

/**
 * Measures the server's tokens per word with /tokenize when it exists: two samples give the
 * slope (tokens per word) and the intercept (special tokens, or the chat template around one
 * user message).
 */
export async function calibratePrompts(
  base: string,
  model: string,
  endpoint: Endpoint,
  headers: Record<string, string>,
  dispatcher: Dispatcher,
): Promise<PromptCalibration> {
  const rng = new Rng(12345);
  const words = Array.from(
    { length: 400 },
    () => WORDS[Math.floor(rng.next() * WORDS.length)],
  );
  const count = (n: number) => {
    const text = words.slice(0, n).join(' ');
    const body =
      endpoint === 'chat'
        ? {
            model,
            messages: [{ role: 'user', content: text }],
            add_generation_prompt: true,
          }
        : { model, prompt: text };
    return tokenizeCount(base, body, headers, dispatcher);
  };
  const small = await count(200);
  const large = small === null ? null : await count(400);
  if (small === null || large === null || large <= small) {
    return {
      tokensPerWord: 1,
      templateTokens: 0,
      source: 'assumed: one token per word (the server has no /tokenize)',
    };
  }
  const tokensPerWord = (large - small) / 200;
  const templateTokens = Math.max(0, Math.round(large - 400 * tokensPerWord));
  return {
    tokensPerWord,
    templateTokens,
    source: `measured with the server's /tokenize on 200- and 400-word samples: ${tokensPerWord.toFixed(
      3,
    )} tokens per word, ${templateTokens} tokens of ${
      endpoint === 'chat' ? 'chat template' : 'special tokens'
    }`,
  };
}
