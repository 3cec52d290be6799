import { isServeplanInputError } from '../errors/ServeplanInputError';
import {
  looksLikeBareNumbers,
  looksLikeInventedWords,
  looksLikeKeyboardMash,
  looksLikeStatementAboutTheWorld,
  looksLikeWordSalad,
  looksOffTopic,
} from './offTopic';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('text about something other than serving a model', () => {
  it.each([
    'Where should we take the visiting partners for dinner on Thursday evening?',
    'Please book two meeting rooms for the quarterly offsite in early March.',
  ])('rejects %j with a specific error', text => {
    let error: unknown;
    try {
      read(text);
    } catch (e) {
      error = e;
    }
    expect(isServeplanInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /does not describe an LLM workload/,
    );
  });

  it.each([
    'chatbot, 100 users',
    'summaries for 30 nurses',
    'colour red yellow',
    'we need an LLM for something',
    'Our team of forty people wants help writing weekly reports for the office',
  ])('does not reject %j', text => {
    expect(() => read(text)).not.toThrow();
  });

  it.each([
    'disregard this, only a test',
    'Testing, testing',
    'this is just a test of the intake page',
    'lorem ipsum dolor',
    'placeholder - real text to follow',
  ])('rejects %j, which says it is no request, however short', text => {
    expect(() => read(text)).toThrow(/does not describe an LLM workload/);
  });

  it.each([
    'a model for testing our payment API',
    'test generation for our Go services, 40 devs',
    'we need an LLM to help QA with testing',
    'please ignore the earlier budget: chatbot for 300 users',
    'just testing whether you can size a chatbot for 2k users',
  ])(
    'does not reject %j, where testing is the task or a request follows',
    text => {
      expect(() => read(text)).not.toThrow();
    },
  );

  it('judges only whole sentences without any word of the domain', () => {
    expect(
      looksOffTopic('a lunch place near the station for six people please'),
    ).toBe(true);
    expect(
      looksOffTopic(
        'a model to answer questions for six people near the station',
      ),
    ).toBe(false);
    expect(looksOffTopic('lunch place please')).toBe(false);
  });
});

describe('keyboard mash', () => {
  it.each([
    'sdfg hjkl wert yuiop zxcv bnm',
    'poiuy lkjhg mnbvc trewq ;; fdsa',
    // short: two tokens or more, one a slide along a row, none a word
    'hjkl zxcv uiop',
    'qwerty ghj ???',
    'zxcvb plonk',
  ])('rejects %j, mash and not one word', text => {
    expect(() => read(text)).toThrow(/does not describe an LLM workload/);
  });

  it.each([
    // one token may be a slip: the question instead
    'asdfgh',
    // real words naming no request have no mash in them: the question instead
    'blue green purple',
    // a word anyone knows beside the mash
    'qwerty ghj chatbot',
    'asdf hello',
    // terse requests: numbers, names and real words
    'rag 2k users h100',
    'llama3 8b l4 p95<200ms',
    'vllm ttft crm sql html',
    'try the query output type quiz',
  ])('does not reject %j', text => {
    expect(() => read(text)).not.toThrow();
  });

  it('counts runs of neighbouring keys and long tokens without a vowel as no words', () => {
    expect(looksLikeKeyboardMash('qwer tyu asdf ghjk xcvb')).toBe(true);
    expect(looksLikeKeyboardMash('qwer tyu asdf ghjk xcvb now')).toBe(false);
    expect(looksLikeKeyboardMash('crm sql pdf nlp hr')).toBe(false);
    expect(looksLikeKeyboardMash('asdf qwer zxcv 5000')).toBe(false);
    // A lone letter left between a slide and a separator is no word either way.
    expect(looksLikeKeyboardMash('ghjkl;s poiuq wertzu mnb')).toBe(true);
    expect(looksLikeKeyboardMash('a i')).toBe(false);
  });
});

describe('made-up words', () => {
  it.each([
    'florp ganz wibble tronk 12 skeeve',
    'snorg plimbus vexnor quolt dreeb',
  ])(
    'rejects %j: five or more words, none of English or of the engine',
    text => {
      expect(() => read(text)).toThrow(/does not describe an LLM workload/);
    },
  );

  it.each([
    // too few to judge: the question instead
    'blorf snark quib',
    // a function word of English makes it a sentence
    'florp ganz for our wibble tronk',
    // a term with digits in it is a domain term
    'florp ganz wibble 7b tronk skeeve',
    // plain English nouns no list here holds, shaped as English words are
    'invoice fraud detection scoring engine',
    'quarterly vendor onboarding explainer widget',
  ])('does not reject %j', text => {
    expect(() => read(text)).not.toThrow();
  });

  it('counts words of the engine and slips of them as known', () => {
    expect(looksLikeInventedWords('florp ganz wibble tronk skeeve')).toBe(true);
    expect(looksLikeInventedWords('florp ganz wibble tronk latnecy')).toBe(
      false,
    );
    expect(looksLikeInventedWords('florp ganz wibble tronk cheap')).toBe(false);
  });
});

describe('a line of bare numbers', () => {
  it.each(['8 8 15 2.5 6e4 ?! -3', '2e5, 17, -0.25 ...', '3E7 11'])(
    'rejects %j: numbers with no word, an exponent being no word',
    text => {
      expect(() => read(text)).toThrow(/does not describe an LLM workload/);
    },
  );

  it.each([
    // a unit or a noun with the numbers makes them a (terse) request
    '15 60 2.5 250ms 6e4',
    'copilot 8 8 15 2.5 -3',
    '2e5 tokens, 17 users',
  ])('does not reject %j', text => {
    expect(() => read(text)).not.toThrow();
  });

  it('takes only numbers and punctuation for bare numbers', () => {
    expect(looksLikeBareNumbers('6e4 9 -1.5 ;;')).toBe(true);
    expect(looksLikeBareNumbers('6e4 9 -1.5 ms')).toBe(false);
    expect(looksLikeBareNumbers('9k 6 1')).toBe(false);
    expect(looksLikeBareNumbers('?? !!')).toBe(false);
  });
});

describe('a short statement about the world', () => {
  it.each([
    'the river sings to a velvet calculator',
    'An old violin dreams of the yellow sea.',
    'this lighthouse was painted orange by giraffes',
    // a bare plural subject, and question marks after a statement
    'owls whistle green beneath a tired lighthouse?!?',
    // one word of the domain among many no reader knows
    'giraffes hum softly while the prompts waltz across the glacier',
  ])('rejects %j, a sentence no reader knows a word of', text => {
    expect(looksLikeStatementAboutTheWorld(text)).toBe(true);
    expect(() => read(text)).toThrow(/does not describe an LLM workload/);
  });

  it.each([
    // the writer or a need: may be the start of a request
    'we run a small veterinary practice downtown',
    'the bakery needs something for its weekly newsletter',
    // a word a reader knows (people, a unit, a task)
    'the nurses hand over their notes at dawn',
    'the printer jams every second afternoon',
    // no verb: a noun phrase may name what is wanted
    'the letters for the regional sales office',
    // too short, a question, two sentences
    'the sky is green',
    'the ferry leaves from which pier?',
    'does the lighthouse whistle green at dusk?',
    // two words of the domain, or one among few unknown words
    'giraffes hum softly while the prompts stream across the cluster',
    'violins whisper while the tokens sleep',
    'the bus leaves early. the tram arrives late',
  ])('does not judge %j', text => {
    expect(looksLikeStatementAboutTheWorld(text)).toBe(false);
  });

  it.each([
    // the one known word is the work, the product or the model doing it, not its machinery
    'the parish archive classifies handwritten ledgers by decade',
    'the tram operator generates apologies for delayed commuters',
    'the model reads invoices and flags duplicates for clerks',
    'the api returns shipping quotes for furniture retailers',
  ])('does not reject %j, work described with one word of the domain', text => {
    expect(looksLikeStatementAboutTheWorld(text)).toBe(false);
    expect(() => read(text)).not.toThrow();
  });

  it('rejects a word of the machinery among five unknown words, not among four', () => {
    // four unknown words beside "cluster": a fact about a setup, left to the question
    expect(
      looksLikeStatementAboutTheWorld(
        'the cluster sits idle on weekends and holidays',
      ),
    ).toBe(false);
    expect(
      looksLikeStatementAboutTheWorld(
        'ferries carry tokens across the harbour while gulls argue',
      ),
    ).toBe(true);
  });

  it('asks about a short statement of the writer rather than rejecting it', () => {
    expect(() =>
      read('we run a small veterinary practice downtown'),
    ).not.toThrow();
  });
});

describe('real words strung together with no sentence', () => {
  it('rejects six or more words no reader knows', () => {
    expect(
      looksLikeWordSalad('lantern volcano eleven orange thunder tango'),
    ).toBe(true);
    expect(
      isServeplanInputError(
        (() => {
          try {
            read('lantern volcano eleven orange thunder tango');
          } catch (e) {
            return e;
          }
          return undefined;
        })(),
      ),
    ).toBe(true);
  });

  it('does not judge fewer words, a sentence or a terse request', () => {
    expect(looksLikeWordSalad('lantern volcano orange')).toBe(false);
    expect(
      looksLikeWordSalad('the lantern and the volcano by the orange sea'),
    ).toBe(false);
    expect(
      looksLikeWordSalad('support bot spanish german french italian'),
    ).toBe(false);
  });
});

describe('a request for help with an unnamed thing', () => {
  it('is vague, not off topic: it gets the question', () => {
    expect(
      looksOffTopic('hi can you help us build something for our office'),
    ).toBe(false);
    expect(
      read('hi can you help us build something for our office').question,
    ).toBeTruthy();
  });

  it('is judged as any text when the thing is named', () => {
    expect(
      looksOffTopic(
        'can you help me find something to eat near the station tonight',
      ),
    ).toBe(true);
  });
});

describe('a reading or writing job handed to a machine', () => {
  it('is a request, not off topic: it gets the question', () => {
    expect(
      looksOffTopic(
        'Head nurse on a cardiac ward. After every night we would like the software to read the monitor printouts and draft a morning summary.',
      ),
    ).toBe(false);
    expect(
      looksOffTopic(
        'our parish office needs a program that answers the letters people send about weddings and christenings',
      ),
    ).toBe(false);
    expect(
      read(
        'Head nurse on a cardiac ward. After every night we would like the software to read the monitor printouts and draft a morning summary.',
      ).question,
    ).toBeTruthy();
  });

  it('stays off topic when people, not a machine, are to do the job', () => {
    expect(
      looksOffTopic(
        'At the end of every term we want our teachers to write short letters to the parents of each pupil.',
      ),
    ).toBe(true);
    expect(
      looksOffTopic(
        'We want the garden to look tidy before the neighbours come round for the barbecue on Sunday.',
      ),
    ).toBe(true);
  });
});
