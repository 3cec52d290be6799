import { extractIntent } from './ruleBasedIntent';
import { all, lengths, lengthsWithMax } from './__testUtils__/tokenLengths';

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

describe('a length hedged with ≈', () => {
  it('is a typical input', () => {
    expect(
      lengths('call summaries. Transcript ≈3,500 tokens → summary ≈200.'),
    ).toEqual({ input: 3500, output: 200 });
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

describe('a hedge after a verb of length', () => {
  it('reads "answers run to perhaps N" as how long the answers are', () => {
    expect(
      all(
        'legal drafting helper; clauses pasted in are about 3,000 tokens, and replies run to perhaps 600 tokens of text',
      ),
    ).toEqual({ max: null, input: 3000, output: 600 });
  });

  it('keeps a document running to a length unhedged as the longest', () => {
    expect(
      extractIntent('tender reader; the bid packs often run to 70k tokens')
        .max_input_tokens,
    ).toBe(70000);
  });
});

describe('a verb of length after a noun the task produces', () => {
  it('reads "a plan comes out at about N tokens" as the output', () => {
    expect(
      lengths(
        'a tool that writes a weekly training schedule for each runner. A schedule comes out at about 350 tokens.',
      ),
    ).toEqual({ input: null, output: 350 });
  });

  it('leaves a noun the task does not produce alone', () => {
    expect(
      lengths(
        'a help bot for tenants. A lease comes out at about 6,000 tokens.',
      ).output,
    ).toBeNull();
  });
});

describe('an aside in parentheses before a lone length', () => {
  it('is passed over to the clause naming the text', () => {
    expect(
      all(
        'the bot gives a short answer back (cause, fix, owner), ~300 tok. logs are big, typ 9k tokens',
      ),
    ).toEqual({ max: null, input: 9000, output: 300 });
  });

  it('does not lend a clause before it to a length after another clause', () => {
    expect(
      extractIntent(
        'the bot gives a short answer back, owners (if any) ~300 tok',
      ).output_tokens,
    ).toBeNull();
  });
});

describe('a size in other units said again in tokens', () => {
  it('reads pages of an answer restated in tokens as the output', () => {
    expect(
      all(
        'claim files are roughly 8,000 tokens, and the adjusters want a brief write-up on each - one page, say 600 tokens.',
      ),
    ).toEqual({ max: null, input: 8000, output: 600 });
  });

  it('keeps pages of a document restated in tokens the longest input', () => {
    expect(
      extractIntent(
        'leases can be 150 pages, roughly 90k tokens, answers short',
      ).max_input_tokens,
    ).toBe(90000);
  });

  it('reads paragraphs restated in tokens as what the clause before names', () => {
    expect(lengths('Replies two paragraphs, call it 350 tokens.').output).toBe(
      350,
    );
  });
});

describe('context retrieved, around the cursor or of the tables, as what the prompt holds', () => {
  it.each([
    ['ticket helper. Retrieved ctx ~3k tok, answers ~200 tok.', 3000],
    ['IDE plugin; prefix + suffix context ~900 tokens, completions short', 900],
    ['SQL helper; prompts carry schema context: about 4,000 tokens', 4000],
  ])('%s', (text, input) => {
    const i = lengthsWithMax(text);
    expect(i).toEqual({ max: null, input });
  });

  it('keeps the context window said alone the longest input', () => {
    expect(
      extractIntent('IDE plugin; context ~12k tokens, completions short')
        .max_input_tokens,
    ).toBe(12000);
  });
});

describe('a text handed in, and one wanted back', () => {
  it('reads "feed in a X of about N" as the input and "want back a Y of N" as the output', () => {
    expect(
      lengths(
        'per claim we feed in a summary page of about 2,500 tokens and want back a short label set of maybe 40 tokens',
      ),
    ).toEqual({ input: 2500, output: 40 });
  });

  it('reads a text handed in with a limit as the longest', () => {
    expect(
      extractIntent('analysts upload one tender of up to 90k tokens')
        .max_input_tokens,
    ).toBe(90000);
  });

  it('reads "gets N tokens back" as the output, not "N tokens back into"', () => {
    expect(lengths('each agent step gets about 90 tokens back').output).toBe(
      90,
    );
    expect(
      lengths('each tool call feeds about 90 tokens back into the planner')
        .output,
    ).toBeNull();
  });
});

describe('a window of time is no context window', () => {
  it.each([
    'Batch: tag 40k scanned invoices, 12 h window, ~900 tokens each.',
    'overnight job, a six-hour batch window, ~900 tokens each.',
  ])('%s', text => {
    expect(lengthsWithMax(text)).toEqual({ max: null, input: 900 });
  });

  it('keeps a context window a window', () => {
    expect(
      extractIntent('Batch: tag invoices, small window, ~900 tokens each.')
        .max_input_tokens,
    ).toBe(900);
  });
});

describe('"long" denied', () => {
  it('reads "are not long, maybe N" as a typical length', () => {
    expect(
      lengthsWithMax(
        "triage of bug reports, reports aren't long, maybe 700 tokens each",
      ),
    ).toEqual({ max: null, input: 700 });
  });

  it('keeps "long" a word of the longest', () => {
    expect(
      extractIntent('triage of bug reports, some are long, 30k tokens')
        .max_input_tokens,
    ).toBe(30000);
  });
});

describe('a hedged length of a document text pulled into the prompt', () => {
  it('reads "maybe N tokens of contract text" as the typical input', () => {
    expect(
      lengthsWithMax(
        'the bot would pull perhaps 6,000 tokens of report text into each answer',
      ),
    ).toEqual({ max: null, input: 6000 });
  });

  it('keeps an unhedged document length the longest', () => {
    expect(
      extractIntent('the bot must handle 60,000 tokens of report text')
        .max_input_tokens,
    ).toBe(60000);
  });
});

describe('context with the retrieved chunks is the prompt', () => {
  it('reads "context with the top chunks is ~N" as the typical input', () => {
    expect(
      lengthsWithMax(
        'HR helpdesk bot; context with the top chunks is ~3k tokens',
      ),
    ).toEqual({ max: null, input: 3000 });
  });
});

describe('a sum is no limit', () => {
  it('reads "add up to maybe N" as the typical length', () => {
    expect(
      lengthsWithMax(
        'policy helper; the passages we send add up to maybe 2-3k tokens',
      ),
    ).toEqual({ max: null, input: 2500 });
  });

  it('keeps "up to" a limit', () => {
    expect(
      lengthsWithMax(
        'policy helper; the passages we send come to up to 3k tokens',
      ).max,
    ).toBe(3000);
  });
});

describe('a size said as "a paragraph or two"', () => {
  it('reads the tokens after it as what the clause before names', () => {
    expect(
      lengths('Notes are short; replies a paragraph or two, say 250 tokens.')
        .output,
    ).toBe(250);
  });
});

describe('what a tool gives back is no output', () => {
  it('reads "prompts with tool results run N-M tokens" as the input', () => {
    expect(
      lengths('Prompts with API outputs run 2k-4k tokens, answers ~300.'),
    ).toEqual({ input: 3000, output: 300 });
  });

  it('keeps outputs of the model the output', () => {
    expect(
      lengths('Prompts are 2k tokens; outputs run about 300 tokens.').output,
    ).toBe(300);
  });
});

describe('answers the task reads', () => {
  it('reads "each answer is short, N tokens" as the input when answers are classified', () => {
    expect(
      lengths(
        'about 40 thousand answers to classify. Each answer is short, maybe 90 tokens, and the output is a label, around 10 tokens.',
      ),
    ).toEqual({ input: 90, output: 10 });
  });

  it('keeps answers the model gives the output', () => {
    expect(
      lengths(
        'a support bot. Questions are about 200 tokens. Each answer is short, maybe 90 tokens.',
      ).output,
    ).toBe(90);
  });
});

describe('a length the model must take whole', () => {
  it('reads "so it has to swallow those whole" as the longest input', () => {
    expect(
      lengthsWithMax(
        'The thickest case binders come to around 70,000 tokens after scanning, so it has to take those whole.',
      ),
    ).toEqual({ max: 70000, input: null });
  });

  it('keeps a length with nothing of the kind after it typical', () => {
    expect(
      lengthsWithMax(
        'The case notes come to around 7,000 tokens after scanning, so it has to be quick.',
      ),
    ).toEqual({ max: null, input: 7000 });
  });
});

describe('a length said of "that", restating a size said before it', () => {
  it('measures the output named in the sentence before', () => {
    expect(
      all(
        "Staff paste in a complaint and we'd like a brief reply drafted, three or four sentences. A friend in IT reckons that's around 120 tokens.",
      ),
    ).toEqual({ max: null, input: null, output: 120 });
  });

  it('is the longest input when what it restates is the longest', () => {
    expect(
      all(
        'We score support calls for tone. The longest calls last two hours and our vendor says that comes to about 25k tokens of transcript.',
      ).max,
    ).toBe(25000);
  });

  it('leaves a restated input to the other cues', () => {
    expect(
      all(
        "Agents forward the customer's question, which is about 250 tokens, to a helpdesk bot.",
      ).input,
    ).toBe(250);
  });
});
