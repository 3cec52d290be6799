/**
 * Test helper: the token lengths extractIntent reads from a text (the longest input, the typical
 * input and output), for the tests of the token-length readers (tokenLengths.ts and its roles).
 */
import { extractIntent } from '../ruleBasedIntent';

export const lengthsWithMax = (text: string) => {
  const i = extractIntent(text);
  return { max: i.max_input_tokens, input: i.input_tokens };
};

export const all = (text: string) => {
  const i = extractIntent(text);
  return {
    max: i.max_input_tokens,
    input: i.input_tokens,
    output: i.output_tokens,
  };
};

export const lengths = (text: string) => {
  const i = extractIntent(text);
  return { input: i.input_tokens, output: i.output_tokens };
};
