import { existsSync, readFileSync } from 'fs';
import {
  correctSpelling,
  editAllowance,
  editDistance,
  ENGLISH_NEIGHBOURS,
  misspeltNegation,
  nearestVocabularyWord,
  vowelsLeftOut,
} from './spelling';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const fix = (text: string) => correctSpelling(text).text;

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('thruput', 'thruput')).toBe(0);
    expect(editDistance('mdoels', 'models')).toBe(1);
    expect(editDistance('budgte', 'budget')).toBe(1);
    expect(editDistance('reqests', 'requests')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('allows no edit under four letters, one up to seven, two beyond', () => {
    expect([3, 4, 7, 8, 12].map(editAllowance)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('correctSpelling', () => {
  it('corrects slips into the words the readers look for', () => {
    expect(fix('a chtabot with low latnecy')).toBe(
      'a chatbot with low latency',
    );
    expect(fix('summrize reports overnihgt')).toBe(
      'summarize reports overnight',
    );
    expect(fix('roughy 40 reqests per secnd')).toBe(
      'roughly 40 requests per second',
    );
    expect(fix('tranlsate manuals, conccurent sessions')).toBe(
      'translate manuals, concurrent sessions',
    );
    expect(fix('eigth hundred users, thousnd docs')).toBe(
      'eight hundred users, thousand docs',
    );
    // a slip of the word a priority is denied with ("nothing urgent")
    expect(fix('the digest is not urgnet')).toBe('the digest is not urgent');
    expect(fix('nothing urgent today')).toBe('nothing urgent today');
  });

  it('corrects a slip of the word for active users', () => {
    expect(fix('some 900 weekly actve members')).toBe(
      'some 900 weekly active members',
    );
    expect(fix('active, actively, activate')).toBe(
      'active, actively, activate',
    );
  });

  it('corrects a slip of secondary, a rank given to a priority', () => {
    expect(fix('speed first, price secondery')).toBe(
      'speed first, price secondary',
    );
    expect(fix('a second region, secondly')).toBe('a second region, secondly');
  });

  it('lists every correction it makes', () => {
    expect(correctSpelling('the budgte is tight').corrections).toEqual([
      { from: 'budgte', to: 'budget' },
    ]);
    expect(correctSpelling('the budget is tight').corrections).toEqual([]);
  });

  it('leaves correctly written words, numbers and names as they are', () => {
    const phrases = [
      'peak',
      'peaks at noon',
      'pea',
      'minute',
      'minutes',
      'token',
      'tokens',
      'a request a minute',
      'l40s',
      'gpt-oss',
      'gpt-oss-120b',
      'h100',
      'h100 nvl',
      'a100-80gb',
      'mi300x',
      'qwen3-32b',
      'p95',
      'p99.9',
      'ttft',
      'tpot',
      'slos',
      'reqs',
      'repos',
      'analytics dashboards for analysts',
      'the eighth floor',
      'used by users',
      'two sets of seats',
      'summarised and summarized',
      'the traffic peaked',
      'cheaper, cheapest',
      "we're fine, don't worry",
      'we shouldnt use llama, mustnt leave the eu',
      'hours, weeks and years',
      'our contractors and contacts',
      'quantity over quality',
      'e2e under 2 s at p95',
      'docs.example.com',
      'ops@example.com',
      'support_bot_v2',
      'the quick brown fox jumps over the lazy dog',
      'we want a snappy chatbot that answers questions about our documentation',
    ];
    for (const text of phrases) {
      expect(correctSpelling(text)).toEqual({ text, corrections: [] });
    }
  });

  it('never corrects a name the knowledge base knows', () => {
    expect(fix('answrs')).toBe('answers');
    expect(correctSpelling('answrs', ['answrs']).text).toBe('answrs');
  });

  it('makes no guess between two equally near words', () => {
    // one edit from both "summarize" and "summaries"
    expect(editDistance('summarie', 'summarize')).toBe(1);
    expect(editDistance('summarie', 'summaries')).toBe(1);
    expect(fix('summarie')).toBe('summarie');
  });

  it('reads a few English words that are nearly always slips here, but not in their own idiom', () => {
    expect(fix('300 a minuet at peek')).toBe('300 a minute at peak');
    expect(fix('peek hours')).toBe('peak hours');
    expect(fix('take a peek at the logs')).toBe('take a peek at the logs');
    expect(fix('a sneak peek')).toBe('a sneak peek');
  });

  it('reads "cheep" as "cheap" only where a priority adjective stands', () => {
    expect(fix('cheep matters more than quality')).toBe(
      'cheap matters more than quality',
    );
    expect(fix('as cheep as we can get')).toBe('as cheap as we can get');
    expect(fix('it should be cheep and good')).toBe(
      'it should be cheap and good',
    );
    expect(fix('cheep over quick')).toBe('cheap over quick');
    // "as possible" with its own slip still asks for the adjective
    expect(fix('summaries for the archive, cheep as posible')).toMatch(
      /cheap as/,
    );
    expect(fix('the chicks cheep as one')).toBe('the chicks cheep as one');
    // the bird's call, and the word as a name, stay as written
    expect(fix('the chicks cheep in the barn')).toBe(
      'the chicks cheep in the barn',
    );
    expect(fix('a soft cheep from the speaker')).toBe(
      'a soft cheep from the speaker',
    );
  });

  it('reads "cheep" as "cheap" where it closes what a verb of running the model does', () => {
    expect(fix('we want to host the 8b model cheep, for a lab of six')).toBe(
      'we want to host the 8b model cheap, for a lab of six',
    );
    expect(fix('serving it somehwere cheep please')).toBe(
      'serving it somehwere cheap please',
    );
    expect(fix('is there anywhere cheep to put it')).toBe(
      'is there anywhere cheap to put it',
    );
    // the verb is in another clause, or the word goes on
    expect(fix('the chicks cheep when we run the fans')).toBe(
      'the chicks cheep when we run the fans',
    );
    expect(fix('we run a farm and the chicks cheep all day')).toBe(
      'we run a farm and the chicks cheep all day',
    );
    expect(fix('we deploy sensors where the birds cheep.')).toBe(
      'we deploy sensors where the birds cheep.',
    );
  });

  it('reads "cheep" after a verb of running the model as a cost priority', () => {
    const intent = extractIntent('need to run mistral 7b someplace cheep', {
      knowledgeBase: repositoryKnowledge(),
    });
    expect(intent.cost_priority).toBe('high');
  });

  it('reads a comparison written with slips as a cost priority', () => {
    const intent = extractIntent(
      'tagging tool for 40 editors, cheep is more importnt than qualty',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.cost_priority).toBe('high');
    expect(intent.quality_priority).toBe('low');
  });

  it('reads a shorthand written without its vowels as the one vocabulary word of its outline', () => {
    expect(fix('25 engnrs, 10 qstns a day each')).toBe(
      '25 engineers, 10 questions a day each',
    );
    expect(vowelsLeftOut('dvlprs')).toBe('developers');
    expect(vowelsLeftOut('bdgt')).toBe('budget');
    // a vowel after the first letter, too short, or too little of the word left: not shorthand
    for (const w of ['engnres', 'hrs', 'ppl', 'ms', 'rhythms', 'tsks'])
      expect(vowelsLeftOut(w)).toBeUndefined();
    // names the knowledge base knows are never read as shorthand
    expect(correctSpelling('nvlnk', ['nvlnk']).text).toBe('nvlnk');
  });

  it('reads "opne source" as open source', () => {
    expect(fix('must be opne source')).toBe('must be open source');
  });

  it('keeps English words that are one slip from a vocabulary word', () => {
    for (const w of [
      'used',
      'sets',
      'fifth',
      'seventh',
      'contacts',
      'quantity',
    ]) {
      // within reach of a vocabulary word, so only the list of English words keeps them
      expect(nearestVocabularyWord(w)).toBeDefined();
      expect(ENGLISH_NEIGHBOURS.has(w)).toBe(true);
      expect(fix(w)).toBe(w);
    }
    expect(nearestVocabularyWord('usr')).toBeUndefined();
  });

  // Needs a word list: Debian's wamerican (scripts/test installs it); skipped, visibly, elsewhere.
  const dictionary = '/usr/share/dict/words';
  (existsSync(dictionary) ? describe : describe.skip)(dictionary, () => {
    it("changes no word of the machine's English dictionary (ENGLISH_NEIGHBOURS is up to date)", () => {
      const words = readFileSync(dictionary, 'utf8')
        .split('\n')
        .map(w => w.trim().toLowerCase())
        .filter(w => /^[a-z]{3,}$/.test(w));
      // "wkly" is the dictionary's abbreviation of "weekly": read as what it stands for
      const slips = new Set([
        'minuet',
        'minuets',
        'peek',
        'peeks',
        'employes',
        'wkly',
      ]);
      const changed = correctSpelling(words.join(' '))
        .corrections.map(c => c.from)
        .filter(w => !slips.has(w));
      // a non-empty list names the words to add to ENGLISH_NEIGHBOURS
      expect(changed).toEqual([]);
    });
  });
});

describe('spelling in the rules', () => {
  const knowledgeBase = repositoryKnowledge();

  it('reads a request full of slips and notes each correction', () => {
    const text =
      'summrize support tikets, aproximately 600 a minuet at peek, inputs of 2,000 tokns, as cheap as posible';
    const intent = extractIntent(text, { knowledgeBase });
    expect(intent.use_case).toBe('summarization');
    expect(intent.requests_per_s).toBeCloseTo(10, 3);
    expect(intent.requests_per_s_basis).toBe('peak');
    expect(intent.input_tokens).toBe(2000);
    expect(intent.cost_priority).toBe('high');
    expect(intent.assumptions).toContain('read "tokns" as "tokens"');
    expect(intent.assumptions).toContain('read "minuet" as "minute"');
  });

  it('reads a misspelt "commercially" as a requirement of commercial use', () => {
    const asked = extractIntent(
      'recipe helper for a bakery chain, 40 staff, the model has to be comercially licensed',
      { knowledgeBase },
    );
    expect(asked.commercial_use_required).toBe(true);
    expect(asked.assumptions).toContain('read "comercially" as "commercially"');
    // a misspelt word with no requirement in it asks for nothing
    expect(
      extractIntent(
        'recipe helper for a bakery chain, 40 staff, the comercials run on TV',
        { knowledgeBase },
      ).commercial_use_required,
    ).toBe(false);
  });

  it('corrects only the reading: the text given (what a language model is sent) is unchanged', () => {
    const text = 'chtabot for 300 users, latnecy matters';
    const copy = `${text}`;
    extractIntent(text, { knowledgeBase });
    expect(text).toBe(copy);
  });

  it('does not touch model and GPU names', () => {
    const intent = extractIntent(
      'chatbot for 500 users on gemma 3 27b, L40S only',
      { knowledgeBase },
    );
    expect(intent.preferred_models).toEqual(['google/gemma-3-27b-it']);
    expect(intent.allowed_gpus).toEqual(['L40S']);
    expect(intent.assumptions.join(' ')).not.toMatch(/read "/);
  });
});

describe('vocabulary shared with the use-case and origin readers', () => {
  it('corrects slips of origin and use-case words', () => {
    const { corrections } = correctSpelling(
      'no chineese models, sumarization for 900 employes',
    );
    expect(corrections).toEqual(
      expect.arrayContaining([
        { from: 'chineese', to: 'chinese' },
        { from: 'sumarization', to: 'summarization' },
        { from: 'employes', to: 'employees' },
      ]),
    );
  });

  it('leaves English words near origin words alone', () => {
    expect(
      correctSpelling('a chin, a franc and the koran').corrections,
    ).toEqual([]);
  });
});

describe('a misspelt negative contraction', () => {
  it.each([
    ['dosent', "doesn't"],
    ['dosnt', "doesn't"],
    ['doesent', "doesn't"],
    ["dosen't", "doesn't"],
    ['shoudnt', "shouldn't"],
    ['wernt', "weren't"],
    ['mustn', undefined], // a contraction as written
    ['doesnt', undefined], // written without its apostrophe only: readers take it as it is
    ['docent', undefined], // an English word, two slips away
    ['dozens', undefined],
  ])('%s → %s', (word, negation) => {
    expect(misspeltNegation(word)).toBe(negation);
  });

  it('is written right in the text and noted', () => {
    const { text, corrections } = correctSpelling(
      'the price dosent worry us, speed dosnt either',
    );
    expect(text).toBe("the price doesn't worry us, speed doesn't either");
    expect(corrections).toContainEqual({ from: 'dosent', to: "doesn't" });
  });

  it('turns a weight around for every reader', () => {
    const knowledgeBase = repositoryKnowledge();
    const intent = extractIntent(
      'internal wiki helper for 60 engineers, turnaround dosent matter to us',
      { knowledgeBase },
    );
    expect(intent.latency_priority).toBe('low');
    // spelt right, the same
    expect(
      extractIntent(
        "internal wiki helper for 60 engineers, turnaround doesn't matter to us",
        { knowledgeBase },
      ).latency_priority,
    ).toBe('low');
  });
});

describe('a slip of a word that rules out', () => {
  const knowledgeBase = repositoryKnowledge();
  it('reads "exept" as "except"', () => {
    expect(
      extractIntent(
        'overnight batch of 50k files in 4 hours, any GPU exept the H200',
        {
          knowledgeBase,
        },
      ).excluded_gpus,
    ).toEqual(['H200']);
  });
});

describe('a slip of a model name before its version', () => {
  const names = ['llama', 'gemma', 'qwen', 'mistral', 'mixtral', 'granite'];

  it.each([
    ['gema 3 27b on l40s', 'gemma 3 27b on l40s'],
    ['try mistrel 7b first', 'try mistral 7b first'],
    ['grantie-3.3-8b', 'granite-3.3-8b'],
    ['quen3 for the agent', 'qwen3 for the agent'],
    ['lama 3.1 8b', 'llama 3.1 8b'],
  ])('%s → %s', (text, fixed) => {
    expect(correctSpelling(text, names).text).toBe(fixed);
  });

  it.each([
    'a lama from peru, 3 of them',
    'the lama is 2 metres tall',
    'a gamma of 0.5 for the sampler',
    'the llama 3.1 family',
  ])('leaves the words of %j as written', text => {
    expect(correctSpelling(text, names)).toEqual({ text, corrections: [] });
  });

  it('reads the corrected name as the model', () => {
    const intent = extractIntent(
      'support chatbot for 800 agents, we would like gema 3 12b',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.preferred_models).toEqual(['google/gemma-3-12b-it']);
    expect(intent.assumptions).toContain('read "gema" as "gemma"');
  });
});

describe('slips of "answer" and of the words a rule is said of', () => {
  it('corrects them', () => {
    expect(fix('the complete anwser within 6 s')).toBe(
      'the complete answer within 6 s',
    );
    expect(fix('avoid anyhting made in russia')).toBe(
      'avoid anything made in russia',
    );
    expect(fix('reliability is everyhting')).toBe('reliability is everything');
  });

  it('reads a whole-answer time written with slips as end to end', () => {
    const intent = extractIntent(
      'qa bot for 400 nurses, p99 under 6 secnds for the complete anwser',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.latency_targets).toEqual([
      { metric: 'e2e', ms: 6000, percentile: 99 },
    ]);
  });

  it('leaves the English words near them alone', () => {
    for (const text of ['answered', 'answerer', 'anything', 'everything'])
      expect(correctSpelling(text)).toEqual({ text, corrections: [] });
  });
});

describe('three-letter words with two neighbouring letters swapped', () => {
  it('corrects a swap of a short vocabulary word', () => {
    expect(fix('keep the bill lwo')).toBe('keep the bill low');
    expect(fix('80 reports a dya')).toBe('80 reports a day');
    expect(fix('a fwe seconds')).toBe('a few seconds');
    expect(correctSpelling('olw cost').corrections).toEqual([
      { from: 'olw', to: 'low' },
    ]);
  });

  it('leaves other short words, other slips and protected names as written', () => {
    for (const text of [
      'owl',
      'a lot of law',
      'a row of dye',
      'pre-trained weights',
      'epr',
      'lo and behold',
      'loe',
      'a fee',
    ])
      expect(correctSpelling(text)).toEqual({ text, corrections: [] });
    expect(correctSpelling('lwo', ['lwo']).text).toBe('lwo');
  });

  it('reads a cost wanted low written with a swap as a cost priority', () => {
    const intent = extractIntent(
      'translation service for 250 staff, keep spend lwo please',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.cost_priority).toBe('high');
    expect(intent.assumptions).toContain('read "lwo" as "low"');
  });
});

describe('a slip of "time"', () => {
  it('corrects a swap in time and leaves the English words near it', () => {
    expect(fix('all 50 of them at the same tmie')).toBe(
      'all 50 of them at the same time',
    );
    for (const text of ['a tide of tickets', 'tile the windows', 'a tame load'])
      expect(correctSpelling(text)).toEqual({ text, corrections: [] });
  });
});

describe('four-letter period words with a letter left out', () => {
  it('corrects a period word missing a letter after the first', () => {
    expect(fix('about 300 calls per wek')).toBe('about 300 calls per week');
    expect(fix('40 jobs an hor, 2k a yar')).toBe('40 jobs an hour, 2k a year');
  });

  it('corrects "have" missing its last letter', () => {
    expect(fix('they hav 6 cards')).toBe('they have 6 cards');
  });

  it('leaves English words and other short words as written', () => {
    for (const text of [
      'a wee bit',
      'yea or nay',
      'the web',
      'her hat',
      'hat and hive',
    ])
      expect(correctSpelling(text)).toEqual({ text, corrections: [] });
  });

  it('reads a weekly volume written a letter short as a rate', () => {
    const intent = extractIntent(
      'need translation of contracts, roughly 1200 docs per wek',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.requests_per_s).toBeCloseTo(1200 / (7 * 86400), 6);
  });
});

describe('a word one letter short of its end', () => {
  it('corrects a word whose last letter was left off', () => {
    expect(fix('the median respons time')).toBe('the median response time');
    expect(fix('the p90 lies at the ninetieth percentil')).toBe(
      'the p90 lies at the ninetieth percentile',
    );
    expect(nearestVocabularyWord('averag')).toBe('average');
  });

  it('leaves a clipping of several letters, a start of two words, and a singular as written', () => {
    // "summar" begins "summarize" as well as "summary": no single word it stops short of
    expect(nearestVocabularyWord('summar')).toBeUndefined();
    // a singular is the plural less its ending, not a slip of it
    expect(fix('one reviewer and one analyst')).toBe(
      'one reviewer and one analyst',
    );
    // English words one letter short of a vocabulary word
    expect(fix('a franc, their pleas')).toBe('a franc, their pleas');
  });

  it('reads a percentile written a letter short in a whole request', () => {
    const intent = extractIntent(
      'support bot, replies within 4 seconds at the 95th percentil',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.slo_percentile).toBe(95);
  });
});

describe('a slip that runs past a word into its ending', () => {
  it('reads it as the form with the ending, when the word and its form are equally near', () => {
    expect(nearestVocabularyWord('fastr')).toBe('faster');
    expect(nearestVocabularyWord('cheapst')).toBe('cheapest');
    expect(fix('the fastr the better for our agents')).toBe(
      'the faster the better for our agents',
    );
  });

  it('still makes no guess when the letters past the word are no part of the ending', () => {
    // "tokenz": "token" with a stray letter, or "tokens" with one changed? no guess
    expect(nearestVocabularyWord('tokenz')).toBeUndefined();
    expect(nearestVocabularyWord('thes')).toBeUndefined();
  });
});

describe('"then" after a comparative', () => {
  it('reads "then" as "than" before what is compared', () => {
    expect(fix('accuracy is more vital then price')).toBe(
      'accuracy is more vital than price',
    );
    expect(fix('we expect fewer then 40 users')).toBe(
      'we expect fewer than 40 users',
    );
    expect(fix('cost rather then speed')).toBe('cost rather than speed');
  });

  it('keeps "then" where it means next or at that time', () => {
    expect(fix('we will have more users then.')).toBe(
      'we will have more users then.',
    );
    expect(fix('first make it cheaper, then we add regions')).toBe(
      'first make it cheaper, then we add regions',
    );
    expect(fix('it gets slower then it recovers')).toBe(
      'it gets slower then it recovers',
    );
    expect(fix('summarise the logs then email the team')).toBe(
      'summarise the logs then email the team',
    );
  });

  it('reads a whole request whose comparison is written with "then"', () => {
    const intent = extractIntent(
      'support agent for our 40 reps; accuracy far more vital then speed',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.quality_priority).toBe('high');
    expect(intent.latency_priority).toBe('low');
  });
});

describe('a slip of a verb that rules out', () => {
  it('corrects "exclude" and "avoid" written with a slip', () => {
    expect(fix('pls exlcude the h200 and aviod qwen')).toBe(
      'pls exclude the h200 and avoid qwen',
    );
    expect(fix('exculde mixtral')).toBe('exclude mixtral');
  });

  it('leaves English words and forms near them as written', () => {
    expect(correctSpelling('an avid reader, all excluded, avoids it')).toEqual({
      text: 'an avid reader, all excluded, avoids it',
      corrections: [],
    });
  });

  it('reads the slip as an exclusion in a whole request', () => {
    const intent = extractIntent(
      'FAQ helper for 90 nurses, 2 req/s, exculde the MI300X and H200',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect([...intent.excluded_gpus].sort()).toEqual(['H200', 'MI300X']);
    expect(intent.allowed_gpus).toEqual([]);
  });
});

describe('a key struck twice, between two words equally near', () => {
  it('corrects into the word the doubled letter explains', () => {
    expect(fix('a chatbott for our florist')).toBe('a chatbot for our florist');
    expect(nearestVocabularyWord('chatbott')).toBe('chatbot');
  });

  it('makes no guess when no doubled letter explains the slip', () => {
    expect(nearestVocabularyWord('chatbotx')).toBeUndefined();
  });
});

describe('words with letters English does not write', () => {
  it('are kept whole, not split at the letter and corrected', () => {
    expect(fix('umbes 4000 kõnede päevas')).toBe('umbes 4000 kõnede päevas');
  });
});

describe('a plural made with -s where English writes -ies', () => {
  it('reads "summarys" as "summaries", not a word outside the vocabulary', () => {
    expect(fix('inputs ~2.5k tokns, summarys ~250')).toBe(
      'inputs ~2.5k tokens, summaries ~250',
    );
    expect(fix('the monkeys')).toBe('the monkeys');
  });
});
