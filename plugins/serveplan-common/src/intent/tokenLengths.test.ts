import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';
import { lengthOwnerBefore, ownerRole } from './numberAttachment';
import { all, lengths, lengthsWithMax } from './__testUtils__/tokenLengths';

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

describe('a count of prompts or answers per a period written with a slash', () => {
  it('reads "12k prompts/hour" as a rate, not a prompt length', () => {
    const intent = extractIntent(
      'support chatbot, 12k prompts/hour in the busiest hour, replies ~200 tokens',
    );
    expect(intent.requests_per_s).toBeCloseTo(3.3333, 3);
    expect(intent.input_tokens).toBeNull();
    expect(intent.output_tokens).toBe(200);
  });

  it('reads a count of prompts "each" per a period as a count, not a length', () => {
    const intent = extractIntent(
      'Drafting assistant for 60 paralegals, about 45 prompts each per business day. Prompts run 2,000 tokens.',
    );
    expect(intent.requests_per_user_per_day).toBe(45);
    expect(intent.input_tokens).toBe(2000);
    const apiece = extractIntent(
      'Tutor bot: 400 pupils, 20 answers apiece a week, answers ~150 tokens.',
    );
    expect(apiece.output_tokens).toBe(150);
  });

  it('still reads "6k prompts" with no period as a prompt length', () => {
    const intent = extractIntent(
      'chatbot for 50 staff, 6k prompts and short answers',
    );
    expect(intent.input_tokens).toBe(6000);
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

describe('a typical range in thousands', () => {
  it('reads the middle of "N-Mk tokens" in decimal thousands', () => {
    expect(
      lengths('call notes: transcripts are 6-8k tokens, notes ~150 tokens')
        .input,
    ).toBe(7000);
  });

  it('reads "between N and M" with space-grouped thousands', () => {
    expect(
      lengths('replies are long, between 4 000 and 5 000 tokens').output,
    ).toBe(4500);
  });
});

describe('a token count with a dot before three digits', () => {
  it('reads the dot as a thousands separator', () => {
    expect(
      lengthsWithMax(
        'Window is small, 8.000 tokens maximum; prompts about 1.200 tokens',
      ),
    ).toEqual({ max: 8000, input: 1200 });
  });
});

describe('lengths going in and coming out', () => {
  it('reads "N tokens going in and M coming out" as input and output', () => {
    expect(
      lengths('each form is tiny: about 250 tokens going in and 60 coming out'),
    ).toEqual({ input: 250, output: 60 });
  });

  it('does not read "coming out of" as an output', () => {
    expect(
      lengths('about 250 tokens going in and 60 coming out of the queue')
        .output,
    ).toBeNull();
  });
});

describe('a handful said with a noun of text', () => {
  it('is a count, not a length in tokens', () => {
    expect(
      lengths(
        'whole files in one prompt. Files up to 90k tokens; median prompt 20k, answers 500 tokens.',
      ).input,
    ).toBe(20000);
  });
});

describe('a length ending its list item, and a range said with "until"', () => {
  it('reads a length before a bulleted line or a spaced dash as its own item', () => {
    expect(
      all(
        'support bot for a bike shop\n- prompts ≈ 900 tokens, replies ≈ 120 tokens\n- p99: TTFT ≤ 400 ms',
      ),
    ).toEqual({ max: null, input: 900, output: 120 });
    expect(
      all(
        'support bot for a bike shop: replies about 120 tokens - p99 TTFT 400 ms',
      ).output,
    ).toBe(120);
  });

  it('still reads the word joined by a hyphen or a space', () => {
    expect(
      all('drafting tool for a law firm, 700-token answers, 30 lawyers').output,
    ).toBe(700);
    expect(
      all('drafting tool for a law firm, 30 lawyers, about 3k tokens in').input,
    ).toBe(3000);
  });

  it('reads "N until M tokens" as a range at its middle', () => {
    expect(
      all(
        'we classify warranty claims, they are short, maybe 200 until 600 tokens each',
      ).input,
    ).toBe(400);
  });

  it('keeps "until M tokens" with no number before it the longest input', () => {
    expect(
      lengthsWithMax(
        'we classify warranty claims, some are long, maybe until 40k tokens',
      ).max,
    ).toBe(40000);
  });
});

describe('"tokens" in quotes', () => {
  it('reads a length whose unit is quoted', () => {
    expect(
      all('a bot for our bakery; each reply is short, roughly 200 "tokens"')
        .output,
    ).toBe(200);
    expect(
      all("a bot for our bakery, prompts around 900 'tokens', 15 staff").input,
    ).toBe(900);
  });

  it('reads no length from a quoted word that is not the unit', () => {
    expect(
      all('a bot for our bakery, about 200 "items" on the menu, 15 staff'),
    ).toEqual({ max: null, input: null, output: null });
  });
});
