import { extractIntent } from './ruleBasedIntent';
import { lengthsWithMax } from './__testUtils__/tokenLengths';

describe('a length reached by the context, said with a verb', () => {
  it.each([
    ['tutoring bot; a long lesson context can reach 64k', 65_536],
    ['agent whose context often grows to 20k', 20_000],
  ])('%s', (text, tokens) => {
    expect(extractIntent(text).max_input_tokens).toBe(tokens);
  });

  it('reads no tokens from a verb with a count of people', () => {
    expect(
      extractIntent('chatbot; context can reach 40 users at once')
        .max_input_tokens,
    ).toBeNull();
  });
});

describe('a context need said bare after "context" in its sentence', () => {
  it('reads "at least N" or "we need N" after "context" as the longest input', () => {
    expect(
      extractIntent(
        'Long context is key for our lawyers: we need at least 32k.',
      ).max_input_tokens,
    ).toBe(32768);
    expect(
      extractIntent(
        'a coding assistant; the context length is what counts, we require 64k',
      ).max_input_tokens,
    ).toBe(65536);
  });

  it('reads no context from a count of other things, or without "context"', () => {
    expect(
      extractIntent(
        'context matters less than speed - we want at least 16 GPUs on this',
      ).max_input_tokens,
    ).toBeNull();
    expect(
      extractIntent('a helpdesk bot; we want at least 16k happy users a month')
        .max_input_tokens,
    ).toBeNull();
    expect(
      extractIntent('a helpdesk bot, we want at least 16k.').max_input_tokens,
    ).toBeNull();
  });
});

describe('the longest context said with a relative clause before its length', () => {
  it.each([
    [
      'legal search for 80 lawyers; the largest prompt users will send is 32k',
      32768,
    ],
    [
      'chat for 300 staff. The longest context it has to handle would be about 8k tokens.',
      8192,
    ],
  ])('%s → %d', (text, max) => {
    expect(lengthsWithMax(text).max).toBe(max);
  });

  it('reads no length when another unit follows the number', () => {
    expect(
      lengthsWithMax('the longest prompt we saw is 40 lines, 30 users').max,
    ).toBeNull();
  });
});

describe('a cap put on the context', () => {
  it.each([
    ['triage agent for our ops team; cap the context at 32k', 32768],
    ['triage agent for our ops team, limit prompts to 6,000 tokens', 6000],
    ['triage agent for our ops team, context capped at 16k', 16384],
  ])('%s → longest input %d', (text, max) => {
    expect(lengthsWithMax(text).max).toBe(max);
  });

  it('reads no tokens from a cap on a count of something else', () => {
    expect(
      lengthsWithMax(
        'triage agent for our ops team, limit the inputs to 5 files',
      ).max,
    ).toBeNull();
  });
});

describe('a ceiling of the context', () => {
  it.each([
    [
      'support agent for a telco; per turn ~3k tokens in; context ceiling 16k',
      16384,
    ],
    ['support agent for a telco, context ceiling: 48k tokens', 48000],
  ])('%s → longest input %d', (text, max) => {
    expect(lengthsWithMax(text).max).toBe(max);
  });

  it('reads no length from a ceiling on a count of something else', () => {
    expect(
      lengthsWithMax('support agent for a telco, context ceiling 12 users').max,
    ).toBeNull();
  });
});

describe('"atleast" written as one word', () => {
  it('reads the context needed', () => {
    expect(
      lengthsWithMax('code review bot; the context must be atleast 64k').max,
    ).toBe(65536);
  });
});
