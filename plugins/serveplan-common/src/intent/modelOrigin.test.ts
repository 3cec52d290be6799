import {
  bareOrigins,
  findOrigins,
  modelsFrom,
  modelsNotFrom,
} from './modelOrigin';
import { extractIntent } from './ruleBasedIntent';
import { IntentKnowledge, intentVocabulary } from './vocabulary';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const kb = repositoryKnowledge();
const vocabulary = intentVocabulary(kb);

/** The repository kb with the developer of `developer`'s models moved to `code`. */
function withCountry(developer: string, code: string): IntentKnowledge {
  return {
    ...kb,
    models: kb.models.map(m =>
      m.developer === developer
        ? {
            ...m,
            developer_country: { ...m.developer_country, code },
          }
        : m,
    ),
  };
}

describe('model origins', () => {
  it('lists the kb models of developers based in a country', () => {
    const chinese = modelsFrom(vocabulary, 'china');
    expect(chinese).toEqual(
      expect.arrayContaining([
        'Qwen/Qwen3-8B',
        'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B',
        'moonshotai/Kimi-K2.5',
        'MiniMaxAI/MiniMax-M2.5',
      ]),
    );
    expect(chinese).not.toContain('meta-llama/Llama-3.1-8B-Instruct');
    expect(modelsFrom(vocabulary, 'usa')).toEqual(
      expect.arrayContaining([
        'meta-llama/Llama-3.1-8B-Instruct',
        'openai/gpt-oss-20b',
        'microsoft/phi-4',
      ]),
    );
    expect(modelsFrom(vocabulary, 'europe')).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
  });

  it('reads each model origin from the kb developer_country, not the developer name', () => {
    for (const origin of ['china', 'usa', 'europe'] as const) {
      const ids = modelsFrom(vocabulary, origin);
      expect(ids.length).toBeGreaterThan(0);
    }
    const every = kb.models.map(m => m.id);
    const placed = [
      ...modelsFrom(vocabulary, 'china'),
      ...modelsFrom(vocabulary, 'usa'),
      ...modelsFrom(vocabulary, 'europe'),
    ];
    // every kb model belongs to exactly one of the three (all its developers are in them today)
    expect([...placed].sort()).toEqual([...every].sort());

    const moved = intentVocabulary(withCountry('Mistral AI', 'CN'));
    expect(modelsFrom(moved, 'europe')).not.toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(modelsFrom(moved, 'china')).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );

    // any European country counts as Europe, e.g. a German or a British developer
    for (const code of ['DE', 'GB', 'CH', 'NO']) {
      expect(
        modelsFrom(intentVocabulary(withCountry('Meta', code)), 'europe'),
      ).toContain('meta-llama/Llama-3.1-8B-Instruct');
    }
    // a country in none of the origins drops out of all of them
    const elsewhere = intentVocabulary(withCountry('Alibaba Qwen', 'JP'));
    for (const origin of ['china', 'usa', 'europe'] as const)
      expect(modelsFrom(elsewhere, origin)).not.toContain('Qwen/Qwen3-8B');
  });

  it('excludes the models the kb places in a country from a request', () => {
    const text = 'chatbot for 100 users, nothing from Chinese AI labs';
    const before = extractIntent(text, { knowledgeBase: kb });
    expect(before.excluded_models).toContain('Qwen/Qwen3-32B');
    expect(before.excluded_models).not.toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    const after = extractIntent(text, {
      knowledgeBase: withCountry('Alibaba Qwen', 'FR'),
    });
    expect(after.excluded_models).not.toContain('Qwen/Qwen3-32B');
    expect(after.excluded_models).toContain('moonshotai/Kimi-K2.5');
  });

  it.each([
    ['no china-based models', ['china']],
    ['weights trained in the US only', ['usa']],
    ['nothing from Chinese AI labs', ['china']],
    ['EU-based models preferred', ['europe']],
    [
      'the checkpoints have to come from a French or Canadian lab',
      ['france', 'canada'],
    ],
    ['we refuse anything that was built in the usa or the uk', ['usa', 'uk']],
    ['skip the Japanese-made ones', ['japan']],
    // an origin word ending a sentence, before its full stop
    ['we may not ship any checkpoint trained in Korea.', ['korea']],
    ['no LLM made in the U.S.', ['usa']],
  ])('reads the origins in %j', (text, origins) => {
    expect(findOrigins(text.toLowerCase()).flatMap(m => m.origins)).toEqual(
      origins,
    );
  });

  it.each([
    'we serve american companies',
    'translate the chinese manuals into english',
    'our customers come from the eu',
    'please give us models that answer fast',
    'the bill is paid from america',
    // a bare "us" ending a sentence is the pronoun; a dotted name is no origin word
    'partners license their models from us.',
    'the docs for those models are on france.example.org',
  ])('needs models or their makers beside the origin: %j', text => {
    expect(findOrigins(text)).toEqual([]);
  });

  it('excludes an origin that ends the sentence', () => {
    const intent = extractIntent(
      'FAQ bot for 250 nurses. We are not permitted to run an LLM developed in France.',
      { knowledgeBase: kb },
    );
    expect([...intent.excluded_models].sort()).toEqual(
      [...modelsFrom(vocabulary, 'france')].sort(),
    );
  });

  it('reads "except the Chinese ones" as an exclusion', () => {
    const intent = extractIntent(
      'chatbot for 100 users, happy with any model except the Chinese ones; stick to Mistral models if you can',
      { knowledgeBase: kb },
    );
    expect(intent.excluded_models).toEqual(
      expect.arrayContaining(modelsFrom(vocabulary, 'china')),
    );
    expect(intent.preferred_models).toEqual(
      expect.arrayContaining(['mistralai/Mixtral-8x7B-Instruct-v0.1']),
    );
    expect(intent.only_preferred_models).toBe(true);
  });
});

describe('origins for restrictions and their lifting', () => {
  it('lists every kb model outside the origins', () => {
    const outside = modelsNotFrom(vocabulary, ['usa', 'europe']);
    expect(outside.length).toBeGreaterThan(0);
    for (const id of outside) {
      const country = kb.models.find(m => m.id === id)!.developer_country.code;
      expect(['US', 'FR', 'GB', 'DE']).not.toContain(country);
    }
    expect(outside).toEqual(
      expect.arrayContaining(modelsFrom(vocabulary, 'china')),
    );
  });

  it('finds a country word standing alone, but not the pronoun', () => {
    expect(bareOrigins('remove the china rule').map(o => o.origins)).toEqual([
      ['china'],
    ]);
    expect(bareOrigins('drop the us restriction').map(o => o.origins)).toEqual([
      ['usa'],
    ]);
    expect(bareOrigins('drop the rule that blocks us')).toEqual([]);
  });
});

describe('origins written as country codes', () => {
  it.each([
    ['we cannot use CN-developed weights', ['china']],
    ['FR models only', ['france']],
    ['nothing from JP or KR labs', ['japan', 'korea']],
  ])('reads the codes in %j', (text, origins) => {
    expect(findOrigins(text.toLowerCase()).flatMap(m => m.origins)).toEqual(
      origins,
    );
  });

  it.each([
    // "CA" is as often California or "circa"
    'no models developed in ca',
    'we serve cn customers',
  ])('reads no origin from %j', text => {
    expect(findOrigins(text)).toEqual([]);
  });

  it('excludes the models of a country named by its code', () => {
    const intent = extractIntent(
      'nightly tagging of 80k product photos captions, exclude CN-made models',
      { knowledgeBase: kb },
    );
    expect([...intent.excluded_models].sort()).toEqual(
      [...modelsFrom(vocabulary, 'china')].sort(),
    );
  });
});

describe('origins said of where the developer is headquartered', () => {
  it.each([
    [
      'checkpoints released by firms headquartered in Korea are not allowed',
      ['korea'],
    ],
    ['no France-headquartered labs, please', ['france']],
    ['any LLM whose maker is incorporated in the US', ['usa']],
  ])('reads the origins in %j', (text, origins) => {
    expect(findOrigins(text.toLowerCase()).flatMap(m => m.origins)).toEqual(
      origins,
    );
  });

  it.each([
    // no models or makers near the place: it is where someone else is
    'our insurer is headquartered in france',
    'the client, a bank headquartered in the us, wants answers in 2 seconds',
  ])('reads no origin from %j', text => {
    expect(findOrigins(text)).toEqual([]);
  });

  it('excludes the models of developers headquartered in a country', () => {
    const intent = extractIntent(
      'Claims triage for 260 adjusters. Weights from companies headquartered in France are forbidden.',
      { knowledgeBase: kb },
    );
    expect([...intent.excluded_models].sort()).toEqual(
      [...modelsFrom(vocabulary, 'france')].sort(),
    );
  });

  it('reads no exclusion from a customer headquartered somewhere', () => {
    const intent = extractIntent(
      'Claims triage for 260 adjusters at an insurer headquartered in France.',
      { knowledgeBase: kb },
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('origins said of "nothing" or "anything" alone', () => {
  it.each([
    ['stay clear of anything french, please', ['france']],
    ['legal says nothing american or korean.', ['usa', 'korea']],
    ['anything european is allowed', ['europe']],
  ])('reads the origin in %j', (text, origins) => {
    expect(findOrigins(text).flatMap(m => m.origins)).toEqual(origins);
  });

  it.each([
    // the origin describes the noun after it, not models
    'we will answer anything french customers ask about their invoices',
    'is there anything american football fans would enjoy',
  ])('reads no origin from %j', text => {
    expect(findOrigins(text)).toEqual([]);
  });

  it('excludes the origin in a request', () => {
    const intent = extractIntent(
      'A helpdesk bot for 800 nurses. Compliance wants nothing French.',
      { knowledgeBase: kb },
    );
    expect([...intent.excluded_models].sort()).toEqual(
      [...modelsFrom(vocabulary, 'france')].sort(),
    );
  });
});

describe('a place said late in a long sentence about models', () => {
  it('reads the origin when the sentence is about models', () => {
    const text =
      'every checkpoint we put into production has to carry an apache licence, pass a red-team review by our security office, and must not come from france';
    expect(findOrigins(text).flatMap(m => m.origins)).toEqual(['france']);
  });

  it('does not reach back into an earlier sentence', () => {
    const text =
      'we compared several checkpoints over the last quarter. the claims handlers who will use this assistant every working day of the year mostly come from france';
    expect(findOrigins(text)).toEqual([]);
  });
});

describe('the European Union written out', () => {
  it.each([
    ['no models from the European Union', ['europe']],
    ['weights built in the European Union or the US only', ['europe', 'usa']],
  ])('reads the origins in %j', (text, origins) => {
    expect(findOrigins(text.toLowerCase()).flatMap(m => m.origins)).toEqual(
      origins,
    );
  });

  it('reads no origin from a union that is not the EU', () => {
    expect(
      findOrigins('our union members come from the european side'),
    ).toEqual([]);
  });
});

describe('an origin of the makers in a restriction', () => {
  it.each([
    'legal summaries, 50 paralegals; Japanese or Korean vendors only',
    'legal summaries for 50 paralegals, only Japanese or Korean providers',
  ])('finds the origins: %s', text => {
    expect(findOrigins(text.toLowerCase()).map(o => o.origins)).toEqual([
      ['japan', 'korea'],
    ]);
  });

  it('excludes every model from elsewhere', () => {
    const intent = extractIntent(
      'legal summaries, 50 paralegals; French developers only.',
      { knowledgeBase: kb },
    );
    const elsewhere = kb.models
      .filter(m => m.developer_country.code !== 'FR')
      .map(m => m.id)
      .sort();
    expect([...intent.excluded_models].sort()).toEqual(elsewhere);
  });

  it.each([
    'we hire french developers for the frontend',
    'our customers are mostly korean vendors',
    'we only serve japanese customers',
  ])('finds no origin of models in %s', text => {
    expect(findOrigins(text)).toEqual([]);
  });
});
