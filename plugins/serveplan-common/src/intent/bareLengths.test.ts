import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { all, lengths, lengthsWithMax } from './__testUtils__/tokenLengths';

describe('a bare longest length after a typical one', () => {
  it('reads "up to N" after a token length in the same sentence as the longest input', () => {
    const i = extractIntent(
      'incident helper; inputs are usually 6k tokens but can reach up to 32k',
    );
    expect(i.input_tokens).toBe(6000);
    expect(i.max_input_tokens).toBe(32768);
  });

  it('needs the length before it in its sentence, and a larger number', () => {
    expect(
      extractIntent('prompts are 2k tokens. We can pay up to 30k')
        .max_input_tokens,
    ).toBeNull();
    expect(
      extractIntent('prompts of 4k tokens, up to 1k of them cached')
        .max_input_tokens,
    ).toBeNull();
  });
});

describe('a bare length after a shorthand dot or a hedge', () => {
  it('keeps a sentence going past the dot of a shorthand', () => {
    expect(
      all(
        'claims triage for 12 adjusters: ~3k tokens per claim excl. photos, hard cap at 20k',
      ).max,
    ).toBe(20000);
    expect(
      all('legal review, docs ~8k tokens incl. annexes, biggest ~40k').max,
    ).toBe(40000);
    // a full stop still ends the sentence: the 20k is a budget, not a length
    expect(
      all('claims triage: ~3k tokens per claim. Hard cap at 20k dollars').max,
    ).toBeNull();
  });

  it('reads "the biggest one around N tokens" as the longest input', () => {
    expect(
      all(
        'we audit leases, roughly 12,000 tokens on average, the biggest one around 60k tokens',
      ),
    ).toEqual({ max: 60000, input: 12000, output: null });
  });

  it('reads "in average" after a length as a typical length', () => {
    expect(
      all(
        'we check supplier audits, 30 to 50 pages each, about 20,000 token in average, the longest one around 70k token',
      ),
    ).toEqual({ max: 70000, input: 20000, output: null });
  });

  it('reads a hedged longest length after a typical one', () => {
    expect(
      all(
        'contract review for a shipping firm, charters average 5,000 tokens, the longest perhaps 30k',
      ),
    ).toEqual({ max: 30000, input: 5000, output: null });
    expect(all('logs are ~2k tokens, max probably 9k').max).toBe(9000);
  });

  it('reads a typical length in shorthand or hedged after the longest one', () => {
    expect(all('ticket bot, inputs <= 6k tokens, typ. 1,200').input).toBe(1200);
    expect(
      all('tenders can be long, up to 40k tokens, though usually closer to 9k')
        .input,
    ).toBe(9000);
    expect(all('scripts max 12k tokens, mostly like 2,500').input).toBe(2500);
    // the typical number must be smaller than the longest
    expect(all('specs up to 4k tokens, typ. 9k').input).toBeNull();
  });

  it('reads "a context of minimum N" as the longest input', () => {
    expect(
      all('for the tax filings we need a context of minimum 64k').max,
    ).toBe(65536);
    expect(all('a context of minimum 12 users').max).toBeNull();
  });
});

describe('a bare length with a hedge after it', () => {
  it.each([
    ['replies 350 or thereabouts', 350],
    ['summaries 1,200 tops', 1200],
    ['answers 90 or so', 90],
  ])('"%s"', (said, value) => {
    expect(
      lengths(`helpdesk bot for 70 clerks, questions ~600 tokens, ${said}`)
        .output,
    ).toBe(value);
  });

  it('never reads part of a number, nor a count with its own noun', () => {
    expect(
      lengths('helpdesk bot, questions ~600 tokens, replies 350 clerks read')
        .output,
    ).toBeNull();
  });
});

describe('"never more than" a bare number after a typical length', () => {
  it('reads the number as the longest input', () => {
    expect(
      lengthsWithMax(
        'triage of inbound emails, typically 400 tokens and never more than 2,500.',
      ),
    ).toEqual({ max: 2500, input: 400 });
  });

  it('leaves a count of something else alone', () => {
    expect(
      lengthsWithMax(
        'triage of inbound emails, typically 400 tokens and never more than 3 a day.',
      ).max,
    ).toBeNull();
  });
});

describe('every limit word before a bare longest length', () => {
  it('reads "no larger than" a bare number as the longest input', () => {
    expect(
      lengthsWithMax(
        'digest of shift notes, typically 700 tokens and no larger than 4,000.',
      ),
    ).toEqual({ max: 4000, input: 700 });
  });

  it('leaves a count of something else after "no bigger than" alone', () => {
    expect(
      lengthsWithMax(
        'digest of shift notes, typically 700 tokens and no bigger than 5 per shift.',
      ).max,
    ).toBeNull();
  });
});

describe('the longest input said bare with the limit word after it', () => {
  it('reads "N max" after typical lengths as the longest input', () => {
    expect(
      extractIntent(
        'Invoice parsing, 9k files a week. Mean 2,200 prompt tokens, 150 output, 32k max.',
      ).max_input_tokens,
    ).toBe(32768);
  });

  it('reads nothing when the limit word is followed by what it counts, or no length came before', () => {
    expect(
      extractIntent(
        'Invoice parsing, 9k files a week. Mean 2,200 prompt tokens, 150 output, 40 max concurrent.',
      ).max_input_tokens,
    ).toBeNull();
    expect(
      extractIntent('Invoice parsing bot for our clerks, 40 max.')
        .max_input_tokens,
    ).toBeNull();
  });
});

describe('"come out at" said of a document read', () => {
  it('keeps the length of the document it measures', () => {
    const i = extractIntent(
      'Summaries of scanned deeds for a land registry, 40 a day. The biggest scans come out at about 90k tokens after OCR.',
    );
    expect(i.output_tokens).toBeNull();
    expect(i.max_input_tokens).toBe(90000);
  });

  it('reads no output from a bare number after documents that come out at it', () => {
    expect(
      lengths(
        'Summaries of scanned deeds for a land registry, 40 a day, answers about 200 tokens; the scans come out at around 9000.',
      ).output,
    ).toBe(200);
  });
});

describe('an output length said bare after a length in tokens', () => {
  const kb = repositoryKnowledge();
  const bareLengths = (text: string) => {
    const intent = extractIntent(text, { knowledgeBase: kb });
    return [intent.input_tokens, intent.output_tokens];
  };

  it('takes the unit said once for both', () => {
    expect(
      bareLengths(
        'Summaries of support calls for 40 agents: transcripts are about 4,000 tokens and each summary should be roughly 300.',
      ),
    ).toEqual([4000, 300]);
    expect(
      bareLengths('Chatbot for 40 agents. Prompt ~1,200 tokens, reply ~150.'),
    ).toEqual([1200, 150]);
  });

  it('reads no bare number with a unit of its own, or in another sentence', () => {
    expect(
      bareLengths(
        'Summaries for 40 agents: transcripts are about 4,000 tokens and the summary should come within 8 seconds.',
      )[1],
    ).toBeNull();
    expect(
      bareLengths(
        'Summaries for 40 agents: transcripts are about 4,000 tokens. The summary budget is 300.',
      )[1],
    ).toBeNull();
  });
});

describe('the longest input said after a typical one', () => {
  it('reads "the longest we have seen is" and "can be ... for"', () => {
    expect(
      lengthsWithMax(
        'prompts are usually around 3k tokens; the longest we have had was 24k.',
      ),
    ).toEqual({ max: 24000, input: 3000 });
    expect(
      lengthsWithMax(
        'the input is a source file, mostly 1.5k tokens but can be 32k for the generated ones.',
      ),
    ).toEqual({ max: 32768, input: 1500 });
  });
  it('reads "contexts up to"', () => {
    expect(
      lengthsWithMax('internal search assistant, contexts up to 16k.').max,
    ).toBe(16384);
  });
});

describe('a typical length said bare after the longest one', () => {
  it('reads a median or a mean as the typical input', () => {
    expect(
      lengthsWithMax('manuscripts up to 90k tokens, median ~30k; 8 editors'),
    ).toEqual({ max: 90000, input: 30000 });
    expect(lengthsWithMax('logs up to 20k tok, mean: 5k.')).toEqual({
      max: 20000,
      input: 5000,
    });
  });
  it('reads a typical word heading a noun and a verb of length', () => {
    expect(
      lengthsWithMax(
        'the window must hold 64k tokens; typical prompts hover around 20k',
      ),
    ).toEqual({ max: 65536, input: 20000 });
  });
  it('leaves a typical number larger than the longest, or a count, alone', () => {
    expect(
      lengthsWithMax('claims up to 12k tokens, median ~30 per adjuster'),
    ).toEqual({ max: 12000, input: null });
  });
});

describe('a bare length ending a list item', () => {
  it('reads a cap before a bullet on the next line', () => {
    expect(
      all(
        '- source chunks ~3k tokens typical, hard cap 12k\n- replies ~250 tokens',
      ),
    ).toEqual({ max: 12000, input: 3000, output: 250 });
  });
});

describe('the worst or the longest met, or a length rarely passed, said bare', () => {
  it.each([
    ['policy Q&A; files are usually 5k tokens, worst case 64k', 65536],
    ['log triage, typ 3k tokens, worst we have seen ~40k', 40000],
    ["audit notes: median 8k tokens, longest we've seen 90k", 90000],
    ['claims bot; forms run about 700 tokens and seldom go over 6k', 6000],
  ])('%s', (text, max) => {
    expect(extractIntent(text).max_input_tokens).toBe(max);
  });

  it('needs a smaller length before it in its sentence', () => {
    expect(
      extractIntent('chat helper, 2k tokens. Worst case 50 users at once')
        .max_input_tokens,
    ).toBeNull();
  });
});

describe('a typical length said with "would be" after the longest', () => {
  it('reads "typical requests would be more like N"', () => {
    expect(
      lengthsWithMax(
        'review assistant: the model must handle 200k tokens, and typical requests would be more like 40k',
      ),
    ).toEqual({ max: 200000, input: 40000 });
  });
});

describe('what most of them are, after the longest', () => {
  it('reads "though most are around N" as the typical length', () => {
    expect(
      lengthsWithMax(
        'an audit log can run up to 60k tokens, though most are around 9k',
      ),
    ).toEqual({ max: 60000, input: 9000 });
  });

  it('needs the longest before it in its sentence', () => {
    expect(
      extractIntent('we have 40 analysts, most are around 30').input_tokens,
    ).toBeNull();
  });
});

describe('a length never passed, or the longest of a plural noun, said bare', () => {
  it.each([
    [
      'tagging job: forms average 900 tokens, never above 6k; labels ~20 tokens',
      6000,
    ],
    ['archive triage: avg memo ~700 tokens, longest memos ~9k', 9000],
  ])('%s', (text, max) => {
    expect(extractIntent(text).max_input_tokens).toBe(max);
  });

  it('leaves "the longest is" and a count after it alone', () => {
    expect(
      extractIntent('memos ~700 tokens, longest runs take 3 hours')
        .max_input_tokens,
    ).toBeNull();
  });
});

describe('the worst met said with "is" and a hedge', () => {
  it.each([
    [
      'log triage, inputs are usually 3,000 tokens, the worst case we have seen was nearly 50k',
      50000,
    ],
    [
      "log triage, dumps of around 5k tokens, the largest one I've had is close to 20k",
      20000,
    ],
  ])('%s → longest input %d', (text, max) => {
    expect(lengthsWithMax(text).max).toBe(max);
  });

  it('leaves a worst case of something else alone', () => {
    expect(
      lengthsWithMax(
        'log triage, inputs are usually 3,000 tokens, the worst case we have seen is close to 50 users',
      ).max,
    ).toBeNull();
  });
});

describe('a bare range or a limit after a noun of text', () => {
  it('reads a bare range after an output noun at its middle', () => {
    expect(
      all('quiz generator, questions ~1k tokens in. Answers 300-500.').output,
    ).toBe(400);
  });

  it('reads an input noun with a limit before its bare number as the longest input', () => {
    expect(
      all(
        'helpdesk search: retrieved passages are about 3k tokens, but the model has to take prompts up to 24k',
      ),
    ).toEqual({ max: 24000, input: 3000, output: null });
  });

  it('leaves a range with a unit of its own alone', () => {
    expect(
      all('quiz generator, questions ~1k tokens in. Answers 2-3 per day.')
        .output,
    ).toBeNull();
  });
});

describe('a bare output after a noun of what is written', () => {
  it('reads a translation or a product of the task as the output', () => {
    expect(
      all(
        'we translate product manuals; a section is about 1,500 tokens and the translation roughly 1,700',
      ).output,
    ).toBe(1700);
    expect(
      all(
        'a tool that generates captions for our photo archive: each photo record is ~400 tokens, captions ~40',
      ).output,
    ).toBe(40);
  });

  it('leaves a bare number after a noun that is no output alone', () => {
    expect(
      all(
        'we translate product manuals; a section is about 1,500 tokens and the team roughly 17',
      ).output,
    ).toBeNull();
  });
});
