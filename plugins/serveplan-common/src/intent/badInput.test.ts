import { isServeplanInputError } from '../errors/ServeplanInputError';
import { extractIntent } from './ruleBasedIntent';
import { refineIntent } from './conversation';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { PATHOLOGICAL_INTENT_TEXTS, STALL_LIMIT_MS } from './pathologicalTexts';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    expect(isServeplanInputError(e)).toBe(true);
    return e as Error;
  }
  throw new Error('expected a ServeplanInputError');
}

describe('unusable text is a specific error', () => {
  it.each([
    ['', /empty request/],
    ['   \n\t ', /empty request/],
    ['?!?! 12345', /has no words/],
    ['x'.repeat(20_000), /limit is 10,000/],
    // within the limit as written, 18 times longer once NFKC spells out the ligature
    [`chatbot ${'\ufdfa'.repeat(5_000)}`, /once its Unicode is normalised/],
    // keyboard mash of two tokens or more, none a word (one token gets the question below)
    ['qwert yuiop hjkl zxcvb ;; dfgh', /does not describe an LLM workload/],
    ['asdkjh qwpoeiru zzxcv', /does not describe an LLM workload/],
  ])('%j', (text, message) => {
    expect(errorOf(() => read(text)).message).toMatch(message);
  });

  it('rejects what is not text', () => {
    expect(
      errorOf(() => extractIntent(42 as unknown as string)).message,
    ).toMatch(/must be text/);
  });
});

describe('absurd numbers are a specific error naming the field', () => {
  it.each([
    ['chatbot for -50 users', /at least 1/, 'users'],
    ['chatbot for 0 users', /at least 1/, 'users'],
    ['chatbot for 10^15 users', /more than there are people on Earth/, 'users'],
    ['chatbot for 1e12 users', /more than there are people on Earth/, 'users'],
    [
      'chatbot for 100 users, budget $-300 per month',
      /greater than zero/,
      'budget_usd_per_month',
    ],
    [
      'RAG for 200 analysts, spend cap of -€2,000 a month',
      /not a usable budget \(USD\/month\).*greater than zero/,
      'budget_usd_per_month',
    ],
    [
      'chatbot for 100 users, TTFT under 0 ms',
      /greater than zero/,
      'latency_targets',
    ],
    [
      'chatbot for 100 users with 10^12 tokens of context',
      /out of range/,
      'max_input_tokens',
    ],
    [
      'RAG helper for 12 analysts who each fire 8 million queries a second',
      /8,000,000 requests per second from one person is more than any whole deployment is planned for/,
      'requests_per_s',
    ],
  ])('%s', (text, message, field) => {
    const e = errorOf(() => read(text)) as Error & { field?: string };
    expect(e.message).toMatch(message);
    expect(e.field).toBe(field);
  });

  it('rejects absurd numbers in a follow-up too', () => {
    const first = read('chatbot for 100 users');
    expect(
      errorOf(() => refineIntent(first, 'now -5 users', { knowledgeBase }))
        .message,
    ).toMatch(/at least 1/);
  });
});

describe('contradictions and missing facts are a question, not a guess', () => {
  it.each([
    [
      '10 users, 5000 requests per second each',
      /from each user is more than a person sends/,
    ],
    [
      'chatbot for 10 users at 5000 requests per second',
      /per user every second/,
    ],
    [
      'budget $100/month for 1M users with p99 under 50 ms',
      /less than one .* for a month .* asks for top speed/,
    ],
    ['chatbot for 100 users, TTFT under 0.5 ms', /below what any GPU can do/],
    [
      'chatbot for 100 users, TTFT under 2 s, response time under 1 s',
      /shorter than the time to first token/,
    ],
    [
      'RAG for 500 users with a 5M token context',
      /longer than any model in the knowledge base/,
    ],
    [
      'chatbot for 100 users, prompts of 8k tokens, 4k context',
      /longer than the 4,096-token context/,
    ],
    [
      'chatbot for 100 users on H100, no H100',
      /both allowed and excluded|both asked for and excluded/,
    ],
    ['blue green purple', /could not find a use case/],
    ['asdkjh', /could not find a use case/],
    ['we need an LLM for something', /could not find|How many users/],
    ['a chatbot please', /How many users/],
    ['nightly batch summarization', /How many requests .* one batch/],
  ])('%s', (text, question) => {
    expect(read(text).question).toMatch(question);
  });

  it('asks for no count when the users are a team of the company', () => {
    expect(
      read('copy-writing help for our in-house editors, mostly press releases')
        .question,
    ).toBeNull();
    expect(
      read('code review assistant; the platform squad will use it').question,
    ).toBeNull();
  });

  it('still asks for a count when the users are a population, or the team only asks', () => {
    expect(read('a chatbot for our customers').question).toMatch(
      /How many users/,
    );
    expect(
      read('the web team wants a chatbot for shoppers on our site').question,
    ).toMatch(/How many users/);
    expect(
      read('summaries of meeting notes for our employees').question,
    ).toMatch(/How many users/);
  });

  it('does not bring back a count question an earlier turn settled in words', () => {
    const first = read(
      'a drafting tool for marketing copy, used by our copywriters',
    );
    expect(first.question).toBeNull();
    const { intent } = refineIntent(first, 'prefer Mistral Small', {
      knowledgeBase,
    });
    expect(intent.question).toBeNull();
    // an earlier turn that asked keeps asking until the count comes
    const vague = read('a chatbot for our customers');
    expect(
      refineIntent(vague, 'prefer Mistral Small', { knowledgeBase }).intent
        .question,
    ).toMatch(/How many users/);
  });

  it('keeps the extracted values next to the question', () => {
    const intent = read('10 users, 5000 requests per second each');
    expect(intent.users).toBe(10);
    expect(intent.requests_per_s).toBeNull();
  });

  it('survives hostile strings', () => {
    const hostile = [
      '<script>alert(1)</script> chatbot for 5k users',
      "'; DROP TABLE intents; -- chatbot for 5k users",
      'chatbot for 5k users \u0000\u0007\u202e\u200b',
      `${'9'.repeat(400)} users`,
      '((((((((((((((((((((a))))))))))))))))))))'.repeat(50),
      'a '.repeat(4000),
    ];
    const outcomes = hostile.map(text => {
      try {
        return read(text).use_case ? 'intent' : 'empty intent';
      } catch (e) {
        return isServeplanInputError(e)
          ? 'input error'
          : `crash: ${(e as Error).message}`;
      }
    });
    expect(outcomes.filter(o => o !== 'intent' && o !== 'input error')).toEqual(
      [],
    );
    expect(read('<script>alert(1)</script> chatbot for 5k users').users).toBe(
      5000,
    );
  });

  // Each once stalled the engine; their speed is `yarn bench`'s to check, a stall is this test's.
  it.each(PATHOLOGICAL_INTENT_TEXTS.map(p => [p.broke, p.text]))(
    'answers without stalling: %s',
    (_broke, text) => {
      const started = Date.now();
      // a rejection of the words is fine; a stall or a crash is not
      const outcome = (() => {
        try {
          read(text);
          return 'read';
        } catch (e) {
          return isServeplanInputError(e) ? 'input error' : String(e);
        }
      })();
      expect(['read', 'input error']).toContain(outcome);
      expect(Date.now() - started).toBeLessThan(STALL_LIMIT_MS);
    },
  );
});
