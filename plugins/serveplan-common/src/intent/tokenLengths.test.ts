import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';
import { lengthOwnerBefore, ownerRole } from './numberAttachment';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const lengthsWithMax = (text: string) => {
  const i = extractIntent(text);
  return { max: i.max_input_tokens, input: i.input_tokens };
};

const all = (text: string) => {
  const i = extractIntent(text);
  return {
    max: i.max_input_tokens,
    input: i.input_tokens,
    output: i.output_tokens,
  };
};

const lengths = (text: string) => {
  const i = extractIntent(text);
  return { input: i.input_tokens, output: i.output_tokens };
};

describe('the owner of a token length and its modifiers', () => {
  it('lets a modifier outrank the noun', () => {
    expect(ownerRole('articles', ['source'])).toEqual({
      role: 'input',
      byModifier: true,
    });
    expect(ownerRole('articles', ['generated'])).toEqual({
      role: 'output',
      byModifier: true,
    });
    expect(ownerRole('summaries', [])).toEqual({
      role: 'output',
      byModifier: false,
    });
  });

  it('finds the owner said before the length', () => {
    expect(lengthOwnerBefore('the raw transcripts are about ')).toMatchObject({
      noun: 'transcripts',
      role: 'input',
      byModifier: true,
    });
    expect(lengthOwnerBefore('captions: ')).toMatchObject({
      noun: 'captions',
      role: 'output',
    });
  });

  it('takes no connective or plain word for an owner', () => {
    expect(lengthOwnerBefore('as input and up to ')).toBeUndefined();
    expect(lengthOwnerBefore('each with about ')).toBeUndefined();
  });
});

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

describe('lengths from a neighbouring clause, limits and hedges', () => {
  it('gives a length alone after a comma to the noun of the clause before', () => {
    expect(
      lengths(
        'content team writes 20 posts a week, each about 900 tokens long',
      ),
    ).toEqual({ input: null, output: 900 });
    expect(
      lengths('chat for 50 people; answers are brief, maybe 80 tokens'),
    ).toEqual({ input: null, output: 80 });
    // nothing named before the comma: the length is still the prompt's
    expect(lengths('chatbot for 100 users, 500 tokens')).toEqual({
      input: 500,
      output: null,
    });
  });

  it('reads an average document as the typical input', () => {
    const i = extractIntent(
      'translate 2,000 reports a day, with files averaging 1,500 tokens',
    );
    expect(i.input_tokens).toBe(1500);
    expect(i.max_input_tokens).toBeNull();
  });

  it('reads a superlative or a length verb as the longest input', () => {
    expect(
      extractIntent(
        'analyse tenders; the largest we have had was roughly 70k tokens',
      ).max_input_tokens,
    ).toBe(70000);
    expect(
      extractIntent('review leases, which can run to 40,000 tokens')
        .max_input_tokens,
    ).toBe(40000);
  });

  it('reads a bare limit after "context" as the longest input', () => {
    expect(
      extractIntent(
        'agent for 10 analysts; context grows with tool results, say 32k max',
      ).max_input_tokens,
    ).toBe(32768);
    expect(
      extractIntent('agent for 10 analysts, 32k users max').max_input_tokens,
    ).toBeNull();
  });

  it('reads "N-ish tokens" as about N', () => {
    expect(lengths('support bot; replies are 120ish tokens').output).toBe(120);
  });
});

describe('the longest input said with a limit word beside an input noun', () => {
  it.each([
    ['code review bot for 30 devs, 32k max input', 32768],
    ['contract reader for 12 lawyers, 64k maximum prompt length', 65536],
    ['a helper for 50 nurses that needs 8k of context', 8192],
    ['drafting tool for 20 people, 12,000 tokens of context', 12000],
    ['memo writer for 60 staff, it must take up to 24k tokens of input', 24000],
  ])('%s', (text, max) => {
    expect(extractIntent(text).max_input_tokens).toBe(max);
  });

  it('reads a length verb of documents as the longest: "go to"', () => {
    const i = extractIntent(
      'tender analysis for 25 buyers; the bid packs sometimes go to 120k tokens',
    );
    expect(i.max_input_tokens).toBe(120000);
    expect(i.input_tokens).toBeNull();
  });

  it('keeps an input length without a limit word typical', () => {
    const i = extractIntent('memo writer for 60 staff, 3k tokens of input');
    expect(i.input_tokens).toBe(3000);
    expect(i.max_input_tokens).toBeNull();
    // "3k input" with no "max" is no context size either
    expect(
      extractIntent('memo writer for 60 staff, 3k input tokens')
        .max_input_tokens,
    ).toBeNull();
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

describe('a length of what the task produces is the output', () => {
  it('reads a length owned by the product of a maker noun as the output', () => {
    const i = extractIntent(
      'a cover-letter generator for 90 recruiters. Letters are about 450 tokens.',
    );
    expect(i.output_tokens).toBe(450);
    expect(i.input_tokens).toBeNull();
  });

  it('reads the object of a verb of making or turning as the product', () => {
    expect(
      extractIntent(
        'a model that writes product listings for 90 sellers; listings are around 400 tokens',
      ).output_tokens,
    ).toBe(400);
    expect(
      extractIntent(
        'a tool to turn call notes into a short memo for 50 managers; memos about 200 tokens',
      ).output_tokens,
    ).toBe(200);
  });

  it('reads a length said after a word for how long it is', () => {
    expect(
      extractIntent(
        'helpdesk bot for 300 staff. Answers are short, usually 90 tokens',
      ).output_tokens,
    ).toBe(90);
    expect(
      extractIntent(
        'tutor for 2k students; explanations are lengthy, often 700 tokens',
      ).output_tokens,
    ).toBe(700);
  });

  it('keeps the length of what the task reads an input', () => {
    // the descriptions are translated, not produced
    const translated = extractIntent(
      'we translate product descriptions into German for 200 shops. Descriptions are about 350 tokens.',
    );
    expect(translated.output_tokens).toBeNull();
    expect(translated.input_tokens).toBe(350);
    // the summaries are produced; the reports they summarise are read
    expect(
      extractIntent(
        'an assistant that writes summaries of incident reports for 40 engineers; reports are about 5,000 tokens',
      ).output_tokens,
    ).toBeNull();
    // what people write into the system is its input
    expect(
      extractIntent(
        '300 agents write questions into the bot; questions are 60 tokens',
      ).output_tokens,
    ).toBeNull();
  });
});

describe('a length settled on right after a range', () => {
  it('takes the value said after the range', () => {
    expect(
      lengths(
        'FAQ bot; questions are 30 to 60 tokens, call it 45, and answers 200-300 tokens (say 250)',
      ),
    ).toEqual({ input: 45, output: 250 });
  });

  it('keeps the middle of a typical length without a settling word or when the value lies outside the range', () => {
    expect(lengths('FAQ bot; answers run 200-300 tokens').output).toBe(250);
    expect(
      lengths('FAQ bot; answers run 200-300 tokens, say 900.').output,
    ).toBe(250);
  });
});

describe('a length given back by a verb of returning is the output', () => {
  it('reads the length right after "comes back", "returns", "get back" as the output', () => {
    expect(
      lengths(
        'compliance checks for 30 auditors; the extracted obligations come back at roughly 700 tokens',
      ),
    ).toEqual({ input: null, output: 700 });
    expect(
      lengths(
        'prompts are about 2,000 tokens and the bot returns ~120 tokens to the caller',
      ),
    ).toEqual({ input: 2000, output: 120 });
    expect(
      lengths('we send 3k tokens of logs and get back about 350 tokens'),
    ).toEqual({ input: 3000, output: 350 });
  });

  it('does not read what a search returns, or what comes in, as the output', () => {
    expect(
      lengths(
        'assistant for 200 engineers; the vector search returns about 2,500 tokens',
      ),
    ).toEqual({ input: 2500, output: null });
    expect(
      lengths('review tool for 15 lawyers; clauses come in at ~900 tokens'),
    ).toEqual({ input: 900, output: null });
  });
});

describe('the in/out shorthand with a hedge on the second length', () => {
  it('reads a hedged output length after the input one', () => {
    expect(
      lengths('nightly tagging of 80k tickets, 1.2k tokens in, ~45 out each'),
    ).toEqual({ input: 1200, output: 45 });
    expect(
      lengths('classifier: 700 tokens in and about 15 out per call'),
    ).toEqual({ input: 700, output: 15 });
  });

  it('does not read "out of" as an output length', () => {
    expect(
      lengths(
        'helpdesk bot, prompts of 2k tokens in, 40 out of 50 agents online at once',
      ).output,
    ).toBeNull();
  });
});

describe('context said as what the prompt holds', () => {
  it('reads a length of the context with the question as the typical input', () => {
    for (const text of [
      'policy assistant for 60 underwriters: instructions plus context come to about 5,500 tokens a request',
      'policy assistant for 60 underwriters; the question with its retrieved context is roughly 7k tokens',
    ]) {
      const intent = extractIntent(text);
      expect(intent.input_tokens).toBeGreaterThanOrEqual(5500);
      expect(intent.max_input_tokens).toBeNull();
    }
  });

  it('keeps a context said as the window, or with a limit, the longest input', () => {
    for (const text of [
      'policy assistant for 60 underwriters; questions with context up to 24k tokens',
      'policy assistant for 60 underwriters, RAG context window is 16k',
    ]) {
      const intent = extractIntent(text);
      expect(intent.max_input_tokens).not.toBeNull();
      expect(intent.input_tokens).toBeNull();
    }
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

describe('a count of prompts or answers per a period written with a slash', () => {
  it('reads "12k prompts/hour" as a rate, not a prompt length', () => {
    const intent = extractIntent(
      'support chatbot, 12k prompts/hour in the busiest hour, replies ~200 tokens',
    );
    expect(intent.requests_per_s).toBeCloseTo(3.3333, 3);
    expect(intent.input_tokens).toBeNull();
    expect(intent.output_tokens).toBe(200);
  });

  it('still reads "6k prompts" with no period as a prompt length', () => {
    const intent = extractIntent(
      'chatbot for 50 staff, 6k prompts and short answers',
    );
    expect(intent.input_tokens).toBe(6000);
  });
});

describe('what a text is turned into is the output', () => {
  it.each([
    [
      'legal team: filings are about 30,000 tokens; we condense each filing into a 400-token abstract',
      400,
    ],
    [
      'meeting notes of 6k tokens, and we want to summarize them into roughly 300-token recaps',
      300,
    ],
    [
      'support threads run 5,000 tokens and we boil each thread down to about 150 tokens',
      150,
    ],
  ])('%s', (text, tokens) => {
    expect(extractIntent(text).output_tokens).toBe(tokens);
  });

  it('keeps parts cut from a text on the input side', () => {
    const intent = extractIntent(
      'RAG over manuals: we turn each manual into 500-token chunks and answers are short',
    );
    expect(intent.output_tokens).toBeNull();
  });
});

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

describe('a page count said again in tokens', () => {
  it('takes the tokens as the document length', () => {
    const intent = extractIntent(
      'Q&A over loan files - a file can be 150 pages, roughly 80k tokens - for 60 analysts',
    );
    expect(intent.max_input_tokens).toBe(80_000);
  });

  it('keeps pages alone as pages', () => {
    expect(
      extractIntent('Q&A over loan files, a file can be 150 pages, 60 analysts')
        .max_input_tokens,
    ).toBe(90_000);
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

describe('longest and typical lengths said bare or in shorthand', () => {
  it('reads "with a 32k maximum" after a typical length as the longest input', () => {
    expect(
      all(
        'chat for 40 lawyers: questions average 3,000 tokens with a 32k maximum',
      ),
    ).toMatchObject({ max: 32768, input: 3000 });
  });

  it('does not read a smaller "maximum" as the longest input', () => {
    expect(
      all(
        'chat for 40 lawyers: questions average 3,000 tokens with a 2 maximum',
      ).max,
    ).toBeNull();
  });

  it('reads "up to 16k input" as the longest input', () => {
    expect(
      all('batch of 9k reports, longer ones need up to 16k input').max,
    ).toBe(16384);
  });

  it('leaves "16k input" without a limit word to the other readers', () => {
    expect(all('batch of 9k reports, 16k input').max).not.toBe(16384);
  });

  it('reads a bare typical length after the longest one', () => {
    expect(
      all(
        'nightly batch of 20k filings; filings reach 30,000 tokens, usually about 5,000',
      ),
    ).toMatchObject({ max: 30000, input: 5000 });
  });

  it('does not read a bare "usually" larger than the longest as typical', () => {
    expect(
      all(
        'nightly batch of 20k filings; filings reach 30,000 tokens, usually 90,000',
      ).input,
    ).not.toBe(90000);
  });

  it('reads "is like 4000 tokens" as a typical length', () => {
    expect(all('nightly batch, each contract is like 4000 tokens').input).toBe(
      4000,
    );
  });

  it('reads "out ~200 tok/answer" as the output length', () => {
    expect(
      all('QA bot for 30 testers; in 1,500 tokens; out ~200 tok/answer').output,
    ).toBe(200);
  });

  it('does not read "tokens/day" as a length per item', () => {
    expect(all('chat for 30 testers, about 200 tok/day').output).toBeNull();
  });
});

describe('a slash after a length joining the next field', () => {
  it('reads "in 900 tok / out 120 tok" as input and output', () => {
    const i = extractIntent(
      'support chat | 300 users | in 900 tok / out 120 tok',
    );
    expect([i.input_tokens, i.output_tokens]).toEqual([900, 120]);
  });
});

describe('a limit said as a sign or with "never"/"not"', () => {
  it('reads a length after "<=", "≤" or "<" as the longest input', () => {
    expect(
      lengthsWithMax('ticket triage. prompts ≤ 16k tokens, typical 3,000'),
    ).toEqual({ max: 16384, input: 3000 });
    expect(lengthsWithMax('code review bot. Input <= 32k tokens').max).toBe(
      32768,
    );
    expect(lengthsWithMax('support chat. input < 4k tokens').max).toBe(4096);
  });

  it('reads "never more than" and "not longer than" as a limit', () => {
    expect(
      lengthsWithMax(
        'Claims letters are mostly around 900 tokens and never more than 7,000 tokens.',
      ),
    ).toEqual({ max: 7000, input: 900 });
    expect(
      lengthsWithMax(
        'Emails run about 500 tokens and are not longer than 3,000 tokens.',
      ).max,
    ).toBe(3000);
  });

  it('reads no limit from a language-pair arrow or a plain length', () => {
    expect(
      lengthsWithMax('EN<->IT translation of menus, input 1,200 tokens'),
    ).toEqual({ max: null, input: 1200 });
    expect(
      lengthsWithMax('support chat, prompts about 3k tokens').max,
    ).toBeNull();
  });

  it('does not take a bare "typical" number larger than the longest as typical', () => {
    expect(
      lengthsWithMax('input up to 6,000 tokens, typical 9,000').input,
    ).not.toBe(9000);
  });
});

describe('a length of what the task reads', () => {
  it('reads the length of a translated or summarised text as the input', () => {
    expect(
      lengths(
        'translate customer replies into French: 200 replies an hour, each ~250 tokens',
      ).input,
    ).toBe(250);
    expect(
      lengths(
        'summarise the forum posts: 3,000 posts a day, each around 800 tokens',
      ).input,
    ).toBe(800);
  });

  it('keeps the length of a written text as the output', () => {
    expect(
      lengths(
        'a model that writes blog posts, 300 posts a day, each ~800 tokens',
      ).output,
    ).toBe(800);
  });
});

describe('the "tok" shorthand in an in/out pair', () => {
  it('reads "tok in / N out" as input and output lengths', () => {
    expect(
      lengths(
        'weekly job over 400k support emails, roughly 1,500 tok in / 250 out per mail',
      ),
    ).toEqual({ input: 1500, output: 250 });
  });

  it('reads no output from "out of" after a "tok in" length', () => {
    expect(
      lengths('prompts are 1,200 tok in total; 3 out of 4 runs are retries')
        .output,
    ).not.toBe(3);
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

describe('input and output lengths said words first, split by a slash', () => {
  it.each([
    [
      'contract review: mean input 9,500 / output 700 tokens, 40 users',
      9500,
      700,
    ],
    ['chat for 80 agents; in: 1.5k / out: 200 tokens', 1500, 200],
  ])('%s', (text, input, output) => {
    expect(lengths(text)).toEqual({ input, output });
  });

  it('reads no lengths when nothing speaks of tokens, or when the second counts something else', () => {
    expect(
      lengths('a ledger bot for 30 clerks: input 300 / output 200 rows'),
    ).toEqual({ input: null, output: null });
    expect(
      lengths('a ledger bot for 30 clerks: input 300 / output 200'),
    ).toEqual({ input: null, output: null });
  });
});

describe('a typical length alone in its clause after the documents it measures', () => {
  it('reads it as the typical input', () => {
    expect(
      lengthsWithMax(
        'We want to summarise site inspection reports. Roughly 700 reports arrive per day, usually about 3,500 tokens long, and each summary is about 150 tokens.',
      ),
    ).toEqual({ max: null, input: 3500 });
  });

  it('keeps a length without a typical word, or of whole documents, as the longest', () => {
    expect(
      lengthsWithMax(
        'We want to summarise site inspection reports. Roughly 700 reports arrive per day, 3,500 tokens long, and each summary is about 150 tokens.',
      ).max,
    ).toBe(3500);
    expect(
      lengthsWithMax(
        'We analyse tender documents as they come. Roughly 700 whole documents arrive per week, usually about 30,000 tokens, and each summary is about 150 tokens.',
      ).max,
    ).toBe(30000);
  });
});

describe('the pages of a source searched for answers', () => {
  it.each([
    'an assistant for 200 nurses that searches our 1,500-page clinical handbook for the right protocol',
    'a helper for 60 planners that retrieves passages from the 900-page building code',
    'a bot for 90 agents that looks things up in our 3,000-page product wiki',
  ])('are no context length: %s', text => {
    const intent = extractIntent(text);
    expect(intent.max_input_tokens).toBeNull();
    expect(intent.question).toBeNull();
  });

  it('still make a context length when each document is read whole', () => {
    expect(
      extractIntent(
        'an assistant for 20 lawyers that finds the indemnity clauses in our 150-page supply contracts',
      ).max_input_tokens,
    ).toBe(150 * 600);
  });
});

describe('a length with no cue in a writing task', () => {
  const afterTurns = (turns: string[]) => {
    const i = intentFromConversation(turns).intent;
    return { input: i.input_tokens, output: i.output_tokens };
  };

  it('measures what is written, in a follow-up of a writing task', () => {
    expect(
      afterTurns([
        'Press office of a city council, 6 officers. We want an assistant that writes press releases.',
        'The releases come in at roughly 600 tokens.',
      ]),
    ).toEqual({ input: null, output: 600 });
  });

  it('measures what is written in one text', () => {
    expect(
      lengths(
        'We want an assistant that writes press releases for 6 officers. The releases come in at roughly 600 tokens.',
      ),
    ).toEqual({ input: null, output: 600 });
  });

  it('stays the prompt length outside a writing task', () => {
    expect(
      afterTurns([
        'Hotel front desk, 40 staff. We want a chatbot for guest questions.',
        'The chats come in at roughly 600 tokens.',
      ]),
    ).toEqual({ input: 600, output: null });
  });

  it('stays the input when its sentence names the prompt further back', () => {
    expect(
      lengths(
        'We want an assistant that writes press releases for 6 officers. The prompts with the style guide and the fact sheet attached usually sit near 1,500 tokens.',
      ),
    ).toEqual({ input: 1500, output: null });
  });
});

describe('lengths of a noun with "in"/"out" shorthand, of what is produced, and of enough context', () => {
  it('reads a noun then "in" as the typical input', () => {
    expect(
      lengths('ticket tagging, 8 req/s, ~2.5k-token emails in, ~40 tokens out'),
    ).toEqual({ input: 2500, output: 40 });
  });

  it('keeps a document noun with "in" and a place as the longest input', () => {
    expect(
      lengthsWithMax('search over 4k-token documents in our archive').max,
    ).toBe(4096);
  });

  it('reads an abstract as output', () => {
    expect(
      lengths('batch job: 5,000 filings; ~250-token abstract per filing')
        .output,
    ).toBe(250);
  });

  it('reads the length of what a verb of producing makes as the output', () => {
    expect(
      lengths(
        'a tool for 90 recruiters, each generating about 12 letters a day, typically around 300 tokens',
      ).output,
    ).toBe(300);
    expect(
      lengths(
        'we create short poems for greeting cards on demand, and the whole poem, about 120 tokens, must be done in 5 seconds',
      ).output,
    ).toBe(120);
  });

  it('keeps what the product is made from as input', () => {
    expect(
      lengths(
        'we create notes from transcripts a day, usually around 5k tokens',
      ).output,
    ).toBeNull();
  });

  it('reads a predicate "long" or "full text" with a hedge as typical', () => {
    expect(
      lengthsWithMax('Report is long, perhaps about 9000 tokens.').input,
    ).toBe(9000);
    expect(
      lengthsWithMax('index 5k dissertations (full text, ~45k tokens each)')
        .input,
    ).toBe(45000);
    expect(
      lengthsWithMax('long reports, the whole report, roughly 9000 tokens').max,
    ).toBe(9000);
  });

  it('reads a size said to be enough after "context" as the longest input', () => {
    expect(lengthsWithMax('The context can stay small, 8k will do.').max).toBe(
      8192,
    );
    expect(lengthsWithMax('Context is not critical, 16k is plenty.').max).toBe(
      16384,
    );
    expect(
      lengthsWithMax('Context aside, 16 agents is plenty.').max,
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

describe('"until" written for "up to"', () => {
  it('reads the length as the longest input', () => {
    expect(
      lengthsWithMax(
        'contract checker for our notary office, the deeds are long, maybe until 32k tokens',
      ).max,
    ).toBe(32768);
  });

  it('keeps a hedged length without it typical', () => {
    expect(
      lengthsWithMax(
        'contract checker for our notary office, the deeds are long, maybe 20k tokens',
      ),
    ).toEqual({ max: null, input: 20000 });
  });
});

describe('a length the model must be able to take in', () => {
  it.each([
    [
      'the assistant needs to handle 32k tokens of input for our filings',
      32768,
    ],
    ['it has to accept 16k tokens of input, legal memos are long', 16384],
  ])('%s → longest input %d', (text, max) => {
    expect(lengthsWithMax(text).max).toBe(max);
  });

  it('keeps a length merely sent as the typical input', () => {
    expect(
      lengthsWithMax('each call sends 3k tokens of input to the grader'),
    ).toEqual({ max: null, input: 3000 });
  });
});

describe('a length verb after an output noun', () => {
  it('reads the length as the output', () => {
    expect(
      lengths(
        'helpdesk tool: tickets are usually 600 tokens; a reply runs to about 150 tokens.',
      ),
    ).toEqual({ input: 600, output: 150 });
  });

  it('keeps a document running to a length as an input', () => {
    // "run to about": a hedged length is a typical one (a blind label: "the notes run to around
    // 2,500 tokens" is the typical input); "can run to 90,000 tokens" is the longest
    const intent = extractIntent(
      'review assistant for audit files; the files run to about 9,000 tokens',
    );
    expect(intent.output_tokens).toBeNull();
    expect(intent.input_tokens).toBe(9000);
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

describe('pages in a RAG request', () => {
  it('reads no longest input from the pages of documents searched', () => {
    expect(
      extractIntent(
        'RAG assistant for our plant engineers over the equipment binders, which are about 300 pages each',
      ).max_input_tokens,
    ).toBeNull();
  });

  it('still reads pages read whole as the longest input', () => {
    expect(
      extractIntent(
        'contract review tool for our lawyers, the leases are about 300 pages each',
      ).max_input_tokens,
    ).toBe(180000);
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

describe('a length said of what comes out', () => {
  it('reads "comes out at" as the output length', () => {
    expect(
      lengths(
        'Recap writer for our council meetings. Minutes run around 9,000 tokens and each recap comes out at roughly 350.',
      ).output,
    ).toBe(350);
    expect(
      lengths(
        'Recap writer for our council meetings: minutes are 9,000 tokens, the recaps came out at 300 tokens last time.',
      ).output,
    ).toBe(300);
  });

  it('does not read "out" in other senses as an output length', () => {
    expect(
      lengths(
        'Recap writer for our council meetings. Minutes run around 9,000 tokens; we go out at 5 to the hall.',
      ).output,
    ).toBeNull();
  });
});

describe('a length after a clause that closes with a word of summing up', () => {
  it('measures what the clause names', () => {
    expect(
      lengths(
        'We want to write tailored cover letters for job seekers; advisers ask for about 60 letters a week in total, typically 500 tokens each.',
      ).output,
    ).toBe(500);
  });

  it('reads a length after a clause naming what is sent as the input', () => {
    expect(
      lengths(
        'We tag support tickets by topic; agents send about 60 tickets a day in total, typically 500 tokens each.',
      ),
    ).toEqual({ input: 500, output: null });
  });
});

describe('lengths named by their field', () => {
  it.each([
    ['mode: offline\nprompt_tokens: ~1,800\ncompletion_tokens: 90', 1800, 90],
    ['nightly batch; input tokens: 2500, output tokens = 120', 2500, 120],
    ['nightly batch\nin-tokens: 640\nout-tokens: 32\nmodel: llama', 640, 32],
  ])('%s', (text, input, output) => {
    expect(lengths(text)).toEqual({ input, output });
  });

  it('reads no direction from max_tokens', () => {
    expect(lengths('nightly batch\nmax_tokens: 256')).toEqual({
      input: null,
      output: null,
    });
  });
});

describe('context carried by the prompt', () => {
  it('reads its length as the typical input, not the window', () => {
    const i = extractIntent(
      'Support chat for a bank. Each message includes account context of roughly 1,800 tokens; answers are about 120 tokens.',
    );
    expect(i.input_tokens).toBe(1800);
    expect(i.max_input_tokens).toBeNull();
  });

  it('still reads a context window as the longest input', () => {
    const i = extractIntent(
      'Support chat for a bank. Messages are short, context of about 8,000 tokens; answers are about 120 tokens.',
    );
    expect(i.max_input_tokens).toBe(8000);
  });
});

describe('"mil" in a length of one text', () => {
  it('reads it as a thousand', () => {
    expect(
      extractIntent(
        'Necesito resumir contratos, cada uno hasta 35 mil tokens, about 90 per day.',
      ).max_input_tokens,
    ).toBe(35000);
  });

  it('keeps "million" a million', () => {
    expect(
      extractIntent(
        'Necesito resumir contratos, cada uno hasta 35 million tokens, about 90 per day.',
      ).max_input_tokens,
    ).toBe(35000000);
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

describe('lengths said in shorthand', () => {
  it('reads "out" before or after a bare number as the output, after a length in tokens', () => {
    expect(lengths('triage agent; in ~5k tokens, out ~300')).toEqual({
      input: 5000,
      output: 300,
    });
    expect(lengths('coding agent: prompts ~2,000 tokens; ~150 out')).toEqual({
      input: 2000,
      output: 150,
    });
    // "out of" is no length
    expect(
      lengths('chat; prompts 900 tokens, 2 out of 3 users').output,
    ).not.toBe(2);
  });

  it('reads a typical length given as a range at its middle, the longest at its upper end', () => {
    const i = extractIntent(
      'RAG for 30 analysts: retrieved passages 2k-3k tokens, answers 100-300 tokens, context max 16k',
    );
    expect(i.input_tokens).toBe(2500);
    expect(i.output_tokens).toBe(200);
    expect(i.max_input_tokens).toBe(16384);
  });
});

describe('typical lengths said beside the word "context", and the longest said bare', () => {
  it("reads a typical request's tokens of context, and a prompt including context, as the typical input", () => {
    expect(
      lengthsWithMax(
        'code gen for 40 devs. A typical call carries about 2,500 tokens of context.',
      ),
    ).toEqual({ max: null, input: 2500 });
    expect(
      lengthsWithMax(
        'code gen for 40 devs. Prompts are small, about 1,800 tokens including the file context.',
      ),
    ).toEqual({ max: null, input: 1800 });
    expect(
      lengthsWithMax(
        'completion for 90 devs. context ~2.5k tokens in, ~30 out.',
      ),
    ).toEqual({ max: null, input: 2500 });
    // a window stays a window
    expect(lengthsWithMax('chat for 40 users, 32k context').max).toBe(32768);
  });

  it('reads the longest after a typical length, a worst case and a context that grows', () => {
    expect(
      lengthsWithMax('notes average 3k tokens; the longest run to about 50k'),
    ).toEqual({ max: 50000, input: 3000 });
    expect(
      lengthsWithMax(
        'support bot. prompts ~900 tok typ, 8k worst case; replies ~200 tok',
      ),
    ).toEqual({ max: 8192, input: 900 });
    expect(
      lengthsWithMax('agent. contexts grow with the tool outputs, up to 64k.')
        .max,
    ).toBe(65536);
  });
});

describe('a typical value settled on after a range and its words', () => {
  it('reads "(~7k typical)" after a range as the typical input', () => {
    expect(
      lengths(
        'RAG for 40 users. Prompts 5-9k tokens after retrieval (~6k typical).',
      ).input,
    ).toBe(6000);
  });
});

describe('outputs said by what produces them or by the input', () => {
  it('reads an output as long as the input, and what a request produces or a bot answers with', () => {
    expect(
      lengths(
        'translation for 90 clerks. Letters are about 600 tokens and the translation comes out roughly the same length.',
      ),
    ).toEqual({ input: 600, output: 600 });
    expect(
      lengths(
        'test writer for 40 devs; each call takes about 5,000 tokens and produces roughly 900 tokens of tests.',
      ).output,
    ).toBe(900);
    expect(
      lengths(
        'tutor for 900 pupils. Questions are short, like 80 tokens, and it answers with maybe 250.',
      ),
    ).toEqual({ input: 80, output: 250 });
  });
});

describe('token lengths said with their subject, a cover, a range or shorthand', () => {
  it('reads "outs short, ~N" as the output', () => {
    expect(
      all('autocomplete for 300 devs. outs brief, ~25 tok; ctx up to 8k')
        .output,
    ).toBe(25);
  });
  it('reads a length of "the X themselves" as X', () => {
    expect(
      all(
        'summaries for 90 nurses. notes are about 3,000 tokens; the summaries themselves run to about 250 tokens',
      ).output,
    ).toBe(250);
  });
  it('reads "a 64k window" as the longest input, "a 4h window" not', () => {
    expect(all('agent for 50 sres, it needs a 32k window at least').max).toBe(
      32768,
    );
    expect(all('batch of 9,000 files in a 4h window').max).toBeNull();
  });
  it('reads "with the largest hitting N" after a typical length', () => {
    expect(
      all(
        'qa for 20 staff, prompts around 5k tokens, with the biggest hitting 30k',
      ),
    ).toMatchObject({ input: 5000, max: 30000 });
  });
  it('reads a length after "the output is ..., " or "prompts are ..., " as theirs', () => {
    expect(
      all(
        'docs writer for 15 devs. the output is two or three pages, ~900 tokens.',
      ).output,
    ).toBe(900);
    expect(
      all('completion for 60 devs. prompts are the open buffer, say 3k tokens')
        .input,
    ).toBe(3000);
  });
  it('reads a length that covers nearly every text as the longest input', () => {
    expect(
      all(
        'summaries for 25 analysts; 50k tokens should cover almost all filings',
      ).max,
    ).toBe(50000);
  });
  it('reads "and writes ~N" after an input length as the output', () => {
    expect(
      all(
        'agent, 800 runs a month; each run reads 6,000 input tokens and returns ~400',
      ).output,
    ).toBe(400);
  });
  it('reads a typical range after the longest context at its middle', () => {
    expect(
      all('agent, each call takes up to 16k tokens of context (usually 4-6k)'),
    ).toMatchObject({ max: 16384, input: 5000 });
  });
  it('reads an input said with a limit in in/out shorthand as the longest', () => {
    expect(
      all('summaries, 12 req/s, bundles up to 9k tokens in, ~200 tok out'),
    ).toMatchObject({ max: 9000, output: 200 });
  });
  it('reads the item an abstract is written for as read', () => {
    expect(
      all(
        'batch: a 120-token abstract for each of 50,000 reports. The average report is about 4,000 tokens. 24 hours.',
      ),
    ).toMatchObject({ input: 4000, output: 120 });
  });
});

describe('output and input lengths said around what is returned', () => {
  it('reads "returns a ... memo of roughly N tokens" as the output', () => {
    expect(
      all(
        'review for 40 lawyers; prompts up to 64k tokens and it produces a short findings note of about 700 tokens',
      ).output,
    ).toBe(700);
  });
  it('reads a changed length of the same text, settled on a number', () => {
    expect(
      all(
        'batch of 9,000 manuals: a page is around 500 tokens and the French comes out slightly longer, say 600. 24 hours.',
      ),
    ).toMatchObject({ input: 500, output: 600 });
  });
  it('reads what they want back as the output', () => {
    expect(
      all(
        'filings run to 80k tokens and what the analysts want back is a one-page note, about 500 tokens',
      ).output,
    ).toBe(500);
  });
  it('reads small inputs said bare after the output', () => {
    expect(
      all(
        'letters for 30 clerks. outputs are long, 1,800 tokens avg, prompts short (~250).',
      ),
    ).toMatchObject({
      input: 250,
      output: 1800,
    });
  });
  it('keeps a limit on an input said as a subject', () => {
    expect(
      all('qa for 50 staff. inputs are whole manuals, up to 32k tokens.').max,
    ).toBe(32768);
  });
});

describe('words right after a length that say which length it is', () => {
  it('reads a typical word after the length as a typical input', () => {
    expect(
      all(
        'summaries of board minutes for 30 directors. minutes are long, maybe 25k tokens on average and at times up to 70k, summary ~900 tokens.',
      ),
    ).toEqual({ max: 70000, input: 25000, output: 900 });
  });
  it('leaves a typical word heading the next number to that number', () => {
    expect(
      lengthsWithMax(
        'contract review: documents run up to 30,000 tokens, typically about 5,000.',
      ),
    ).toEqual({ max: 30000, input: 5000 });
  });
  it('reads a limit word after the length as the longest input', () => {
    expect(
      lengthsWithMax(
        'tickets are short, around 600 tokens; the long logs get trimmed to 4k tokens max.',
      ),
    ).toEqual({ max: 4096, input: 600 });
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

describe('lengths read since the twelfth session', () => {
  it('reads one length for both directions', () => {
    expect(
      lengths(
        'chat translation for 40 agents; messages are about 250 tokens either way',
      ),
    ).toEqual({ input: 250, output: 250 });
  });
  it('reads no lengths from "one in and one out"', () => {
    expect(
      lengths(
        'translation billed in tokens: each ticket means two translations, one in and one out',
      ),
    ).toEqual({ input: null, output: null });
  });
  it('reads a count of requests named by their kind as no length', () => {
    const i = extractIntent(
      'code completion for 900 engineers; peak ~60 completion requests/s. Prompt ≈ 1,500 tokens of context, completion ≈ 40 tokens.',
    );
    expect([i.requests_per_s, i.input_tokens, i.output_tokens]).toEqual([
      60, 1500, 40,
    ]);
  });
});

describe('lengths read since the twelfth session, second round', () => {
  it('reads a hedged length of one document as a typical input', () => {
    expect(
      lengthsWithMax(
        'summaries: a 30-minute meeting comes out at around 6k tokens of transcript; the longest are up to 15k tokens.',
      ),
    ).toEqual({ max: 15000, input: 6000 });
  });
  it('reads an output said with a sign', () => {
    expect(lengths('input ≈ 700 tokens, output ≈ 120').output).toBe(120);
    expect(
      lengths(
        'abstracts ~300 tokens, summaries ≤ 60, nightly for 90k abstracts',
      ).output,
    ).toBe(60);
  });
});

describe('a length hedged with ≈', () => {
  it('is a typical input', () => {
    expect(
      lengths('call summaries. Transcript ≈3,500 tokens → summary ≈200.'),
    ).toEqual({ input: 3500, output: 200 });
  });
});

describe('the longest input said with a cap, a sign or a need to cover', () => {
  it.each([
    [
      'RAG over policy wordings. 40 rps at peak. ctx <= 16k, answers ~300 tok.',
      16384,
    ],
    [
      'Retrieved context: 10,000-14,000 tokens per prompt, hard cap 32k.',
      32768,
    ],
    [
      'chat with pasted snippets, replies ~900 tokens. Context must cover 16k.',
      16384,
    ],
    ['Avg turn 350 tok in / 220 out, ctx cap 32k.', 32768],
    ['the retrieved context we pass in should stay under 8k tokens', 8192],
    [
      'with pasted files, prompts get to maybe 20k tokens at the very worst',
      20000,
    ],
    [
      'typical input is around 3,000 tokens, the longest filings run to 32k',
      32768,
    ],
  ])('%s', (text, longest) => {
    expect(lengthsWithMax(`summariser for 60 journalists. ${text}`).max).toBe(
      longest,
    );
  });
});

describe('lengths said with "tok", "similar size" and a long-form output', () => {
  it('reads a bare length after a noun of input when the request speaks in "tok"', () => {
    expect(
      all('RAG for 40 users. prompts ~6k after retrieval, answers ~300 tok.'),
    ).toMatchObject({ input: 6000, output: 300 });
  });
  it('does not read a count of completions per person as a length', () => {
    const i = extractIntent(
      'FIM completions. 2k DAU, ~150 completions/user/day, prompt ~1.8k tok, out ~40.',
    );
    expect(i.output_tokens).toBe(40);
    expect(i.requests_per_user_per_day).toBe(150);
  });
  it('reads an output of similar size as the input', () => {
    expect(
      all(
        'translation for 100 users. Messages are short, maybe 200 tokens each one, and the translation is similar size.',
      ),
    ).toMatchObject({ input: 200, output: 200 });
    expect(
      all(
        'A document is typically around 3,000 tokens and the translation comes out at a similar length.',
      ),
    ).toMatchObject({ input: 3000, output: 3000 });
  });
  it('reads a long-form answer as an output, not the longest input', () => {
    expect(
      all(
        'analysis for 60 lawyers. Responses are long-form memos of roughly 1,500 tokens.',
      ),
    ).toMatchObject({ output: 1500 });
  });
});

describe('a hedged length verb and a page count of what is written', () => {
  it('reads "the notes run to around 2,500 tokens" as typical, and a one-page summary as no input', () => {
    const intent = extractIntent(
      'coaches write notes after each visit, and we want each set turned into a one-page summary. 42 coaches. The notes run to around 2,500 tokens and the summaries should be about 400.',
    );
    expect(intent.input_tokens).toBe(2500);
    expect(intent.output_tokens).toBe(400);
    expect(intent.max_input_tokens).toBeNull();
    expect(intent.question).toBeNull();
  });
  it('still reads "run to" without a hedge as the longest', () => {
    expect(lengthsWithMax('contracts can run to 90,000 tokens').max).toBe(
      90000,
    );
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

describe('a limit closing the length before a typical one', () => {
  it('reads "max; typical N tokens in" as the typical input', () => {
    expect(all('Ctx 16k max; typical 2,400 tokens in, 180 out.')).toEqual({
      max: 16384,
      input: 2400,
      output: 180,
    });
  });
  it('still reads "up to N tokens in" as the longest input', () => {
    expect(all('bundles up to 6k tokens in, about 150 out').max).toBe(6000);
  });
});

describe('"long" said of an answer', () => {
  it('measures the answer, not the longest input', () => {
    expect(all('Replies can be long, roughly 900-1100 tokens.')).toEqual({
      max: null,
      input: null,
      output: 1000,
    });
  });
  it('still makes a long input the longest one', () => {
    expect(all('tickets can be long, 15k tokens sometimes').max).toBe(15000);
  });
});

describe('the longest said with a superlative or a cap without "tokens"', () => {
  it('reads "the longest input can be N tokens" as the longest input', () => {
    expect(all('The longest prompt could be 48k tokens.').max).toBe(48000);
  });
  it('reads "the biggest ones are reaching N" after a typical length', () => {
    expect(
      lengthsWithMax(
        'a filing is usually 40k tokens and the largest ones are reaching 90k',
      ),
    ).toEqual({ max: 90000, input: 40000 });
  });
  it('reads a size in thousands beside "context" between commas', () => {
    expect(all('we want big context, 64k, for the claim files').max).toBe(
      65536,
    );
    expect(all('a support bot with long context, 40 users').max).toBeNull();
  });
  it('reads a cap on a growing context said with "it"', () => {
    expect(
      all('the ctx grows with every tool result, so limit it to 24k').max,
    ).toBe(24000);
    expect(all('the ctx grows, cap it at 12 turns').max).toBeNull();
  });
});

describe('pages converted to tokens in a relative clause', () => {
  it('reads the tokens as the longest input, not the pages', () => {
    expect(
      all(
        'Each tender runs to 400 pages, which our bid team estimates at about 240k tokens.',
      ).max,
    ).toBe(240000);
  });
  it('leaves a token length with no page count before it to the cues', () => {
    expect(
      all('Each tender runs to 400 pages. Answers are about 240 tokens.'),
    ).toEqual({ max: 240000, input: null, output: 240 });
  });
});

describe('a heading naming what a length measures', () => {
  it('reads "Output:" before a document noun as the output', () => {
    expect(
      all(
        'Inputs: tenders up to 50k tokens.\nOutput: a risk report of ~900 tokens.',
      ),
    ).toEqual({ max: 50000, input: null, output: 900 });
  });
  it('reads "Input:" with a limit as the longest input', () => {
    expect(all('Input: the whole lease, up to 70k tokens.').max).toBe(70000);
  });
});

describe('what the task makes or reads, said in other frames', () => {
  it('reads a length of a noun made in the passive as the output', () => {
    expect(
      all(
        'Every night 30,000 quotes, and they have to be generated before 7 am. Each quote comes to roughly 450 tokens.',
      ),
    ).toMatchObject({ input: null, output: 450 });
  });
  it('reads an output noun that people paste in as the input', () => {
    expect(
      all(
        'Agents paste in a caption and get it in four languages. Captions are short, 40 to 60 tokens usually.',
      ),
    ).toMatchObject({ input: 50, output: null });
  });
});

describe('a limit said with "not more than" of an answer', () => {
  it('limits the answer, not the input', () => {
    expect(
      all(
        'The filings are long, between 5 and 7 thousand tokens, and the reply should be not more than 150 tokens.',
      ).output,
    ).toBe(150);
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

describe('"prompt context" as what the prompt holds', () => {
  it('reads a hedged prompt context as the typical input', () => {
    expect(all('Prompt ctx ~3k tok, suggestions ~40 tok.')).toEqual({
      max: null,
      input: 3000,
      output: 40,
    });
  });
  it('keeps the prompt context window and a limit the longest input', () => {
    expect(all('the prompt context window is 64k tokens').max).toBe(65536);
    expect(all('prompt context up to 12k tokens').max).toBe(12000);
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
