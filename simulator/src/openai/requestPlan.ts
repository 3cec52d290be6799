/**
 * Turns a validated request into engine work: one plan per choice (prompt x n) with its prompt
 * length, how many tokens it will generate and why it stops — checked against --max-model-len
 * with vLLM's messages.
 */
import {
  LengthDistribution,
  Rng,
  sampleLength,
} from '@serveplan/plugin-serveplan-common';
import {
  findStop,
  hashString,
  ResponseMode,
  textSource,
  TokenTextSource,
} from '../textGenerator';
import { SimTokenizer } from '../tokenizer';
import { ApiError, maxTokensTooLarge, promptTooLong } from './errors';

/** A prompt as the engine sees it. */
export interface PromptInput {
  /** Text, or token ids. */
  text?: string;
  ids?: number[];
}

export interface ChoicePlan {
  index: number;
  promptTokens: number;
  outputTokens: number;
  /** max_tokens as used (vLLM's default when absent: the rest of the context). */
  maxTokens: number;
  finishReason: 'stop' | 'length';
  stopReason: string | null;
  /** Text cut before a stop string, when one ends generation. */
  finalText?: string;
  /** A fresh source of this choice's token texts. */
  text(): TokenTextSource;
}

export interface PlanSettings {
  tokenizer: SimTokenizer;
  maxModelLen: number;
  mode: ResponseMode;
  seed: number;
  natural: LengthDistribution;
}

export interface GenerationParams {
  maxTokens: number | null | undefined;
  n: number;
  stop: string[];
  ignoreEos: boolean;
  minTokens: number;
  seed: number | null | undefined;
}

export function promptTokenCount(p: PromptInput, tok: SimTokenizer): number {
  return p.ids ? p.ids.length : tok.count(p.text ?? '');
}

export function planChoices(
  prompts: PromptInput[],
  params: GenerationParams,
  s: PlanSettings,
): ChoicePlan[] {
  if (
    params.maxTokens !== null &&
    params.maxTokens !== undefined &&
    params.maxTokens < 1
  ) {
    throw new ApiError(
      400,
      `max_tokens must be at least 1, got ${params.maxTokens}.`,
      'max_tokens',
    );
  }
  const plans: ChoicePlan[] = [];
  prompts.forEach((prompt, p) => {
    const promptTokens = promptTokenCount(prompt, s.tokenizer);
    if (promptTokens === 0) {
      throw new ApiError(400, 'The decoder prompt cannot be empty', 'prompt');
    }
    if (promptTokens >= s.maxModelLen)
      throw promptTooLong(s.maxModelLen, promptTokens);
    const room = s.maxModelLen - promptTokens;
    if (
      params.maxTokens !== null &&
      params.maxTokens !== undefined &&
      params.maxTokens > room
    ) {
      throw maxTokensTooLarge(s.maxModelLen, promptTokens, params.maxTokens);
    }
    const key = prompt.ids ? prompt.ids.join(',') : prompt.text ?? '';
    const pieces = () =>
      prompt.ids
        ? prompt.ids.map(id => s.tokenizer.tokenString(id) ?? 'unk')
        : s.tokenizer.pieces(prompt.text ?? '');
    for (let i = 0; i < params.n; i++) {
      const seed = hashString(
        key,
        (s.seed ^ Math.imul(params.seed ?? 0, 0x9e3779b1) ^ (i * 7919)) >>> 0,
      );
      const maxTokens = params.maxTokens ?? room;
      let out: number;
      let finishReason: 'stop' | 'length';
      if (params.maxTokens !== null && params.maxTokens !== undefined) {
        out = params.maxTokens;
        finishReason = 'length';
      } else if (params.ignoreEos) {
        out = room;
        finishReason = 'length';
      } else {
        const natural = sampleLength(s.natural, new Rng(seed));
        out = Math.max(1, Math.min(natural, room));
        finishReason = natural < room ? 'stop' : 'length';
      }
      if (params.minTokens > out) {
        out = Math.min(params.minTokens, maxTokens);
        finishReason = out < maxTokens ? 'stop' : 'length';
      }
      const make = () => textSource(s.mode, s.tokenizer, seed, pieces);
      let stopReason: string | null = null;
      let finalText: string | undefined;
      const stop = findStop(make, out, params.stop);
      if (stop && stop.tokens >= params.minTokens) {
        out = stop.tokens;
        finishReason = 'stop';
        stopReason = stop.stop;
        finalText = stop.text;
      }
      plans.push({
        index: p * params.n + i,
        promptTokens,
        outputTokens: out,
        maxTokens,
        finishReason,
        stopReason,
        finalText,
        text: make,
      });
    }
  });
  return plans;
}
