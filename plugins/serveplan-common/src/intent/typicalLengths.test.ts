import { extractIntent } from './ruleBasedIntent';
import { all, lengths, lengthsWithMax } from './__testUtils__/tokenLengths';

describe('two lengths in one slot', () => {
  it.each([
    [
      'summarise news: original stories ~3,000 tokens, digests ~120 tokens',
      3000,
      120,
    ],
    ['blog posts around 1,800 tokens, recaps about 90 tokens', 1800, 90],
    ['support emails 600 tokens, replies 200 tokens', 600, 200],
  ])('%s', (text, input, output) => {
    expect(lengths(text)).toEqual({ input, output });
  });

  it('reads a bare number after an output noun when lengths are in tokens', () => {
    expect(
      lengths('incoming reports ~2,500 tokens, summaries ~180, chatbot'),
    ).toEqual({ input: 2500, output: 180 });
    expect(
      lengths('the retrieved chunks are 384 tokens each, answers up to 250'),
    ).toEqual({ input: 384, output: 250 });
  });

  it('keeps two inputs in place when both owners are inputs', () => {
    expect(
      lengths('questions ~40 tokens, retrieved passages 1,200 tokens'),
    ).toEqual({ input: 40, output: null });
  });

  it('reads no count of outputs as a length without tokens in the text', () => {
    expect(lengths('summaries ~150, chatbot for 20 users')).toEqual({
      input: null,
      output: null,
    });
  });
});

describe("a prompt's own length outranks the length of one of its parts", () => {
  it('reads the whole prompt, said after its parts', () => {
    const i = extractIntent(
      'search assistant for 800 staff: we pass 6 passages of about 300 tokens, so the prompts come to roughly 2,000 tokens; replies ~120 tokens',
    );
    expect(i.input_tokens).toBe(2000);
    expect(i.output_tokens).toBe(120);
  });

  it("keeps a part's length when nothing measures the whole prompt", () => {
    expect(
      extractIntent(
        'search assistant for 800 staff, snippets of about 300 tokens, replies ~120 tokens',
      ).input_tokens,
    ).toBe(300);
  });
});

describe('an output as long as the input', () => {
  it.each([
    'subtitle translation, 700 tokens in and roughly the same out',
    'rewriting bot: prompts average 900 tokens, and the outputs are about as long as the inputs',
  ])('%s', text => {
    const intent = extractIntent(text);
    expect(intent.output_tokens).toBe(intent.input_tokens);
    expect(intent.output_tokens).not.toBeNull();
  });

  it('reads nothing when no input length is stated', () => {
    expect(
      extractIntent('subtitle translation, roughly the same out').output_tokens,
    ).toBeNull();
  });
});

describe('an output "the same length" with nothing it is compared to', () => {
  it('reads it as long as the input stated just before', () => {
    expect(
      lengths(
        'Each memo runs about 700 tokens and the rewrite is roughly the same length.',
      ),
    ).toEqual({ input: 700, output: 700 });
    expect(
      lengths(
        'an email is usually 350 tokens, the answers are about the same length, and speed matters',
      ).output,
    ).toBe(350);
  });

  it('reads nothing when something else is compared, or no input is stated', () => {
    expect(
      lengths(
        'Each memo runs about 700 tokens; the answers are the same length every time',
      ).output,
    ).not.toBe(700);
    expect(
      lengths(
        'Each memo runs about 700 tokens and the rewrite is roughly the same length as a tweet.',
      ).output,
    ).not.toBe(700);
    expect(
      lengths('We localise manuals. The translation is about the same length.')
        .output,
    ).toBeNull();
  });
});

describe('an output "about the same" as the input', () => {
  it('reads the output as long as the input', () => {
    expect(
      lengths(
        'support inbox: each ticket is about 90 tokens and the reply roughly the same.',
      ),
    ).toEqual({ input: 90, output: 90 });
  });

  it('reads nothing when "the same" is compared with something else', () => {
    expect(
      lengths(
        'support inbox: each ticket is about 90 tokens and the reply is the same as last year',
      ).output,
    ).toBeNull();
  });
});

describe('a prompt length said with a verb of where it ends up', () => {
  it('reads "prompts land at N" as the prompt, outranking a part of it', () => {
    expect(
      lengths(
        'the search returns six passages of 300 tokens, so prompts land at about 2,200 tokens; replies ~150 tokens',
      ),
    ).toEqual({ input: 2200, output: 150 });
  });
});

describe('a range of document lengths with no limit word', () => {
  it('reads the middle as the typical input', () => {
    expect(
      all(
        '- contract length 20 000 to 30 000 tokens\n- digest 400 to 600 tokens',
      ),
    ).toEqual({ max: null, input: 25000, output: 500 });
  });
  it('keeps a range after a limit, a length verb or a whole document the longest input', () => {
    expect(all('manuals up to 40-60k tokens').max).toBe(60000);
    expect(all('Transcripts run 8k to 12k tokens.').max).toBe(12000);
    expect(all('whole books 80-120k tokens').max).toBe(120000);
  });
});

describe('a range of documents with the longest said apart', () => {
  it('reads the range as the typical lengths and the longest after it', () => {
    expect(
      lengthsWithMax(
        'Contracts run 10k–30k tokens, the biggest ~120k. Answers ~500 tokens.',
      ),
    ).toEqual({ max: 120000, input: 20000 });
  });

  it('keeps a range run to with nothing longer after it the longest', () => {
    expect(
      lengthsWithMax('Contracts run 10k to 30k tokens. Answers ~500 tokens.'),
    ).toEqual({ max: 30000, input: null });
  });
});

describe('a range of document lengths with the window or the longest said apart', () => {
  it('reads the range as typical with a context window said after it', () => {
    expect(
      lengthsWithMax(
        'A filing is 40 to 60 pages, roughly 30k to 50k tokens, so we want a 64k context window.',
      ),
    ).toEqual({ max: 65536, input: 40000 });
  });

  it('reads the range as typical with the longest after a semicolon', () => {
    expect(
      lengthsWithMax(
        'Leases run 20-40 pages, ~15k-25k tokens; the longest we have had was 80k tokens.',
      ),
    ).toEqual({ max: 80000, input: 20000 });
  });
});
