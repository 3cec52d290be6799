import { extractIntent } from './ruleBasedIntent';
import { licenceNames } from './licences';
import { intentVocabulary } from './vocabulary';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const llamaLicensed = knowledgeBase.models
  .filter(m => m.license.id.startsWith('llama'))
  .map(m => m.id);

describe('licence names from the kb', () => {
  it('derives names from each licence id and name', () => {
    const names = licenceNames(intentVocabulary(knowledgeBase));
    expect([...(names.get('apache20')?.ids ?? [])]).toEqual(['apache-2.0']);
    expect([...(names.get('apache')?.ids ?? [])]).toEqual(['apache-2.0']);
    expect([...(names.get('llama')?.ids ?? [])].sort()).toEqual([
      'llama3.1',
      'llama3.2',
      'llama3.3',
    ]);
    expect([...(names.get('llama31')?.ids ?? [])]).toEqual(['llama3.1']);
    // "MIT" is the MIT licence only, "modified MIT" the vendors' variants
    expect([...(names.get('mit')?.ids ?? [])]).toEqual(['mit']);
    expect([...(names.get('modifiedmit')?.ids ?? [])]).toEqual([
      'modified-mit',
    ]);
    expect(names.get('llama')?.alsoModels).toBe(true);
    expect(names.get('apache')?.alsoModels).toBe(false);
  });

  it("names a developer's own licence by the developer", () => {
    const names = licenceNames(intentVocabulary(knowledgeBase));
    expect([...(names.get('google')?.ids ?? [])]).toEqual(['gemma']);
    // not DeepSeek: its Llama distill is under Meta's licence
    expect(names.get('deepseek')).toBe(undefined);
    // not a permissive licence many developers share
    expect(names.get('mistral')).toBe(undefined);
  });

  it("allows nothing by a developer's licence spoken of as a topic", () => {
    const i = read(
      "contract search for 40 lawyers, Apache or MIT only; our counsel had a long fight over Google's licence",
    );
    expect(i.allowed_licenses.sort()).toEqual(['apache-2.0', 'mit']);
  });

  it("excludes the models under a developer's licence ruled out", () => {
    const i = read(
      "contract search for 40 lawyers; procurement says no weights under Google's licence",
    );
    expect([...i.excluded_models].sort()).toEqual(
      knowledgeBase.models
        .filter(m => m.license.id === 'gemma')
        .map(m => m.id)
        .sort(),
    );
  });

  it('recognises a licence the kb adds, without a new pattern', () => {
    const kb = {
      ...knowledgeBase,
      models: knowledgeBase.models.map(m =>
        m.id === 'microsoft/phi-4'
          ? {
              ...m,
              license: {
                ...m.license,
                id: 'bsd-3-clause',
                name: 'BSD 3-Clause License',
              },
            }
          : m,
      ),
    };
    const intent = extractIntent(
      'internal helpdesk bot for 400 people; the legal team accepts BSD licensed weights only',
      { knowledgeBase: kb },
    );
    expect(intent.allowed_licenses).toEqual(['bsd-3-clause']);
  });
});

describe('licences allowed by name', () => {
  it.each([
    [
      'helpdesk bot for 400 people, Apache-licensed weights only',
      ['apache-2.0'],
    ],
    [
      'helpdesk bot for 400 people. MIT or Apache, nothing else',
      ['mit', 'apache-2.0'],
    ],
    [
      'helpdesk bot for 400 people; the model has to be under Apache 2.0',
      ['apache-2.0'],
    ],
    [
      'helpdesk bot for 400 people, fine with Apache, MIT or the Qwen licence',
      ['apache-2.0', 'mit', 'qwen'],
    ],
  ])('%s', (text, ids) => {
    expect(read(text).allowed_licenses).toEqual(ids);
  });

  it('does not take a licence for the model it is named after', () => {
    const intent = read(
      'helpdesk bot for 400 people, the Qwen licence is acceptable',
    );
    expect(intent.allowed_licenses).toEqual(['qwen']);
    expect(intent.preferred_models).toEqual([]);
  });

  it.each([
    'helpdesk bot for 400 people, we use MIT course material',
    'helpdesk bot for 400 people running behind Apache httpd',
    'helpdesk bot for 400 people, Llama would be nice',
  ])('reads no licence in %j', text => {
    expect(read(text).allowed_licenses).toEqual([]);
  });
});

describe('licences ruled out by name', () => {
  it.each([
    'helpdesk bot for 400 people, no Llama-licence models',
    'helpdesk bot for 400 people; anything except Llama-licensed weights',
    'helpdesk bot for 400 people. Legal says we cannot accept any model under the Llama licence',
  ])('excludes every model under the Llama licences: %s', text => {
    const intent = read(text);
    expect([...intent.excluded_models].sort()).toEqual(
      [...llamaLicensed].sort(),
    );
    expect(intent.allowed_licenses).toEqual([]);
  });
});

describe('licence classes', () => {
  it.each([
    'helpdesk bot for 400 people, nothing under a community licence',
    'helpdesk bot for 400 people, avoid restrictive licenses',
    'helpdesk bot for 400 people; custom licences are not acceptable',
  ])('ruling out restrictive licences leaves the permissive ones: %s', text => {
    expect(read(text).open_source_only).toBe(true);
  });

  it.each([
    'helpdesk bot for 400 people, community licences are fine',
    'helpdesk bot for 400 people, our community forum is busy',
  ])(
    'a restrictive class named without ruling it out asks nothing: %s',
    text => {
      expect(read(text).open_source_only).toBe(false);
    },
  );

  it.each([
    'helpdesk bot for 400 people, nothing research-only',
    'helpdesk bot for 400 people, nothing with a noncommercial licence',
  ])('ruling out non-commercial licences requires commercial use: %s', text => {
    expect(read(text).commercial_use_required).toBe(true);
  });

  it('a research-only setting does not require commercial use', () => {
    expect(
      read('helpdesk bot for 400 people, a research-only pilot')
        .commercial_use_required,
    ).toBe(false);
  });
});

describe('licence names given as examples of a licence class just named', () => {
  it('reads names in a parenthesis after "open-source licences"', () => {
    const i = read(
      'chatbot for 300 staff, open-source licences only (MIT or Apache)',
    );
    expect(i.open_source_only).toBe(true);
    expect(i.allowed_licenses.sort()).toEqual(['apache-2.0', 'mit']);
  });

  it('reads names in an apposition after "an open licence", which is open source', () => {
    const i = read(
      'chatbot for 300 staff. We need an open licence our lawyers accept, MIT or Apache-2.0.',
    );
    expect(i.open_source_only).toBe(true);
    expect(i.allowed_licenses.sort()).toEqual(['apache-2.0', 'mit']);
  });

  it('reads names after a dash that follows "open source"', () => {
    const i = read(
      'ticket classifier for 60 agents. The weights must be open source - MIT or Apache.',
    );
    expect(i.open_source_only).toBe(true);
    expect(i.allowed_licenses.sort()).toEqual(['apache-2.0', 'mit']);
  });

  it('does not read a name far from the licence words, in another role', () => {
    const i = read(
      'chatbot for 300 staff, open source please; the pilot runs with researchers at MIT next spring',
    );
    expect(i.allowed_licenses).toEqual([]);
  });
});

describe('a licence a subject is said not to have', () => {
  it('is neither allowed nor ruled out', () => {
    const intent = read(
      'FAQ bot for 800 members; Phi-4 is our pick. It is not Apache-licensed, though.',
    );
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
    expect(intent.excluded_models).toEqual([]);
    expect(intent.allowed_licenses).toEqual([]);
  });

  it('rules the licence out when a modal makes it a requirement', () => {
    const intent = read(
      'FAQ bot for 800 members; the licence should not be Apache',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
  });
});

describe('licence examples listed with a version after a name', () => {
  it.each([
    'HR assistant for 90 staff. The weights need an open-source licence: Apache 2.0 or MIT.',
    'HR assistant for 90 staff; licensing must be permissive (Apache 2 or MIT)',
  ])('allows every licence of the list: %s', text => {
    expect([...read(text).allowed_licenses].sort()).toEqual([
      'apache-2.0',
      'mit',
    ]);
  });

  it('reads no licence from a version list without a licence word', () => {
    expect(
      read('HR assistant for 90 staff, tooling in Python 3 or MIT Scheme')
        .allowed_licenses,
    ).toEqual([]);
  });
});

describe('a licence list with a version after the first name', () => {
  it('allows every licence listed after "under"', () => {
    const intent = read(
      'policy search for 150 clerks; keep to weights published under MIT or Apache 2.0 and BSD.',
    );
    expect(intent.allowed_licenses).toEqual(
      expect.arrayContaining(['mit', 'apache-2.0']),
    );
    const versioned = read(
      'policy search for 150 clerks, weights published under Apache 2.0 or MIT.',
    );
    expect(versioned.allowed_licenses).toEqual(['apache-2.0', 'mit']);
  });

  it('reads no licence from a version number without "under"', () => {
    const intent = read(
      'policy search for 150 clerks on Kubernetes 1.29 or later',
    );
    expect(intent.allowed_licenses).toEqual([]);
  });
});

describe('licence names in loose forms', () => {
  it.each([
    [
      'invoice extraction for 90 accountants; weights must be permissively licensed, namely MIT or Apache 2.0',
      ['mit', 'apache-2.0'],
    ],
    [
      'claims triage bot for 300 adjusters, open-source licences, in particular MIT',
      ['mit'],
    ],
    [
      'claims triage bot for 300 adjusters, Apache2 license needed',
      ['apache-2.0'],
    ],
    ['claims triage bot for 300 adjusters under apache-2 only', ['apache-2.0']],
  ])('%s', (text, ids) => {
    expect(read(text).allowed_licenses).toEqual(ids);
  });

  it('reads no licence from a word that announces no examples of licences', () => {
    expect(
      read(
        'claims triage bot for 300 adjusters, open-source licences only, specifically for the pilot',
      ).allowed_licenses,
    ).toEqual([]);
  });

  it('takes no licence from a version with a non-zero minor part', () => {
    const names = licenceNames(intentVocabulary(knowledgeBase));
    expect(names.get('apache2')?.ids.has('apache-2.0')).toBe(true);
    expect(names.get('llama3')).toBeUndefined();
  });
});

describe('commercial use asked of the licence in other words', () => {
  it.each([
    'a pricing assistant for 80 agents; the weights must allow commercial usage',
    'a pricing assistant for 80 agents, and it must be licensed for business use since we are a bank',
    'a pricing assistant for 80 agents; we need terms that permit corporate use',
    // a learner's words for commercial use
    'a pricing assistant for 80 agents. The model we can use for commercial, because it is for our company.',
    'a pricing assistant for 80 agents. Licence must permit commercial using.',
  ])('%s', text => {
    expect(read(text).commercial_use_required).toBe(true);
  });

  it('does not read "used in commercial" before another noun', () => {
    expect(
      read(
        'a pricing assistant for 80 agents; our sensors are used in commercial greenhouses',
      ).commercial_use_required,
    ).toBe(false);
  });

  it('does not read business use said of the work, not of a licence', () => {
    expect(
      read('a pricing assistant for 80 agents, for internal business use')
        .commercial_use_required,
    ).toBe(false);
  });
});

describe('open source from the licences allowed', () => {
  it('reads only permissive licences allowed as open source only', () => {
    const i = read('document tagger for 80 clerks, MIT licensed models only');
    expect(i.allowed_licenses).toEqual(['mit']);
    expect(i.open_source_only).toBe(true);
  });

  it('leaves open source alone with no licence allowed', () => {
    const i = read('document tagger for 80 clerks, no Llama licence models');
    expect(i.allowed_licenses).toEqual([]);
    expect(i.open_source_only).toBe(false);
  });
});
