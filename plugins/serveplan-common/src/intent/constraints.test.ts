import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('verbs of keeping away from a model family or origin', () => {
  it.each([
    'internal Q&A bot for 300 staff; please steer clear of Qwen',
    'internal Q&A bot for 300 staff, and rule out anything Qwen',
    'internal Q&A bot for 300 staff. Legal wants us to stay away from Qwen models.',
  ])('excludes the family: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes an origin after such a verb', () => {
    const intent = read(
      'internal Q&A bot for 300 staff, keep away from Chinese models',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.excluded_models).not.toContain(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
  });

  it('does not exclude a family named without such a verb', () => {
    const intent = read(
      'internal Q&A bot for 300 staff, keep the costs low, Qwen is our favourite',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toContain('Qwen/Qwen3-8B');
  });
});

describe('origins with the cue anywhere in the clause', () => {
  const chinese = knowledgeBase.models
    .filter(m => m.developer_country.code === 'CN')
    .map(m => m.id);
  const french = knowledgeBase.models
    .filter(m => m.developer_country.code === 'FR')
    .map(m => m.id);
  const american = knowledgeBase.models
    .filter(m => m.developer_country.code === 'US')
    .map(m => m.id);

  it.each([
    'travel FAQ bot for 80 agents, and we are not allowed to deploy anything that originates from China',
    'travel FAQ bot for 80 agents; no Chinese-built weights',
    'travel FAQ bot for 80 agents. Nothing developed by a Chinese lab',
    'travel FAQ bot for 80 agents, cant run anything from china',
    'travel FAQ bot for 80 agents. We cannot deploy any LLM built in China.',
  ])('excludes the origin: %s', text => {
    const intent = read(text);
    expect([...intent.excluded_models].sort()).toEqual([...chinese].sort());
  });

  it('requires every origin of a list with "only"', () => {
    const intent = read(
      'travel FAQ bot for 80 agents, the weights have to come from a French or American developer',
    );
    expect([...intent.preferred_models].sort()).toEqual(
      [...french, ...american].sort(),
    );
    expect(intent.only_preferred_models).toBe(true);
  });

  it('reads an origin without kb models as nothing to exclude', () => {
    expect(
      read('travel FAQ bot for 80 agents, no Canadian models').excluded_models,
    ).toEqual([]);
  });

  it.each([
    'travel FAQ bot for 80 agents, most of our travellers come from China',
    'travel FAQ bot for 80 agents; we do not sell to Chinese companies',
    'travel FAQ bot for 80 agents, it must answer in French only',
  ])('reads no origin constraint in %j', text => {
    const intent = read(text);
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual([]);
  });
});

describe('exclusions said as a use denied or hardware not owned', () => {
  const llamaNamed = knowledgeBase.models
    .filter(m => /llama/i.test(m.id))
    .map(m => m.id)
    .sort();

  it.each([
    'field-service Q&A bot for 90 technicians; we shall not deploy Llama-based weights',
    'field-service Q&A bot for 90 technicians. Procurement says we must not use Llama-family models.',
  ])('excludes every model with the name: %s', text => {
    const intent = read(text);
    expect([...intent.excluded_models].sort()).toEqual(llamaNamed);
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes GPUs one does not have, every one of a list', () => {
    const intent = read(
      'field-service Q&A bot for 90 technicians, we do not have any H200s, B200s or MI300X',
    );
    expect([...intent.excluded_gpus].sort()).toEqual(
      ['B200', 'H200', 'MI300X'].sort(),
    );
    expect(intent.allowed_gpus).toEqual([]);
  });

  it('resolves an architecture ruled out to its kb GPUs', () => {
    const blackwell = knowledgeBase.gpus
      .filter(g => /blackwell/i.test(g.architecture))
      .map(g => g.id)
      .sort();
    expect(blackwell.length).toBeGreaterThan(0);
    expect(
      [
        ...read(
          'field-service Q&A bot for 90 technicians, no Blackwell, not on L4 either',
        ).excluded_gpus,
      ].sort(),
    ).toEqual([...blackwell, 'L4'].sort());
  });

  it.each([
    // a count of the GPUs one has, not a GPU one lacks
    [
      'field-service Q&A bot for 90 technicians, we do not have more than 8 H100s',
      'H100-SXM',
    ],
    [
      "field-service Q&A bot for 90 technicians, we don't have enough L40S yet",
      'L40S',
    ],
    [
      "field-service Q&A bot for 90 technicians, we can't use more than 16 A100s",
      'A100-80GB-SXM',
    ],
  ])('does not exclude %j', (text, gpu) => {
    const intent = read(text);
    expect(intent.excluded_gpus).toEqual([]);
    expect(intent.allowed_gpus).toContain(gpu);
  });

  it('does not carry an exclusion to a name with a verdict of its own', () => {
    const intent = read(
      'field-service Q&A bot for 90 technicians, no Qwen, Mistral 7B is fine',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.excluded_models).not.toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(intent.preferred_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
  });
});

describe('a restriction to origins', () => {
  it('excludes every kb model from any other country', () => {
    const intent = read(
      'field-service Q&A bot for 90 technicians, it has to come from an American lab',
    );
    const elsewhere = knowledgeBase.models
      .filter(m => m.developer_country.code !== 'US')
      .map(m => m.id)
      .sort();
    expect([...intent.excluded_models].sort()).toEqual(elsewhere);
    expect(intent.only_preferred_models).toBe(true);
  });

  it('excludes nothing when the origin is only described', () => {
    expect(
      read('field-service Q&A bot for 90 technicians in American hospitals')
        .excluded_models,
    ).toEqual([]);
  });
});

describe('a member picked out of a family just named', () => {
  it('replaces the family by the member the name picks out', () => {
    const i = read(
      'reasoning helper for 9 people: we like the DeepSeek R1 distills, namely the Llama 8B one',
    );
    expect(i.preferred_models).toEqual([
      'deepseek-ai/DeepSeek-R1-Distill-Llama-8B',
    ]);
    expect(i.question ?? '').not.toMatch(/Which model do you mean/);
  });

  it('still asks about an unknown name with no family before it', () => {
    expect(read('chatbot for 9 people on Qwen 99B').question).toMatch(
      /Which model do you mean/,
    );
  });
});

describe('"bans" as an exclusion', () => {
  it('excludes the origin a policy bans, and a required family it empties is a question', () => {
    const i = read(
      'Helpdesk chatbot for 700 staff. We want a Qwen model; our security office bans models from Chinese labs.',
    );
    expect(i.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(i.question).toMatch(/both asked for and excluded/);
  });
});

describe('a use or a permission refused', () => {
  it.each([
    "code review bot for 40 devs; we'd rather not run on MI300X or H200",
    "code review bot for 40 devs, let's not deploy on MI300X or H200 cards",
    'code review bot for 40 devs. We would prefer not to use MI300X or H200.',
  ])('excludes every GPU of the list: %s', text => {
    const intent = read(text);
    expect([...intent.excluded_gpus].sort()).toEqual(['H200', 'MI300X']);
    expect(intent.allowed_gpus).toEqual([]);
  });

  it.each([
    'code review bot for 40 devs; the client will not allow Llama models',
    "code review bot for 40 devs. Our customer doesn't permit Llama-based weights.",
  ])('excludes what a permission refused names: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
    expect(intent.preferred_models).toEqual([]);
  });

  it('keeps "not X, Y is allowed" a preference for Y', () => {
    const intent = read(
      'code review bot for 40 devs, not Qwen; Phi-4 is allowed',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
  });
});

describe('an abbreviation that leaves names out', () => {
  it.each([
    'batch tagging of 2M product images a week, any GPU excl. B300 and H100 NVL',
    'batch tagging of 2M product images a week on anything w/o B300 or H100 NVL',
  ])('excludes the GPUs after it, written with spaces: %s', text => {
    expect([...read(text).excluded_gpus].sort()).toEqual(['B300', 'H100-NVL']);
  });

  it('reads "incl." as no exclusion', () => {
    const intent = read(
      'batch tagging of 2M product images a week, any NVIDIA card incl. H100 NVL',
    );
    expect(intent.excluded_gpus).toEqual([]);
  });
});

describe('a name refused by a pronoun after it', () => {
  it('excludes the model a bad experience was had with', () => {
    const intent = read(
      'legal Q&A assistant for 25 lawyers. We had a rough experience with Phi-4 last year.',
    );
    expect(intent.excluded_models).toEqual(['microsoft/phi-4']);
    expect(intent.preferred_models).toEqual([]);
  });

  it.each([
    'legal Q&A assistant for 25 lawyers. A colleague tried Granite 3.3 8B, so avoid that one.',
    'legal Q&A assistant for 25 lawyers; Granite 3.3 8B got mixed reviews. We do not want it.',
  ])('excludes the last name before it: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toEqual([
      'ibm-granite/granite-3.3-8b-instruct',
    ]);
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes every name of a list for "them"', () => {
    const intent = read(
      'legal Q&A assistant for 25 lawyers. Interns keep suggesting Phi-4 or Granite 3.3 8B; let us not use them.',
    );
    expect([...intent.excluded_models].sort()).toEqual([
      'ibm-granite/granite-3.3-8b-instruct',
      'microsoft/phi-4',
    ]);
  });

  it.each([
    'legal Q&A assistant for 25 lawyers on Phi-4, we cannot launch without it',
    "legal Q&A assistant for 25 lawyers on Phi-4; we don't want it to be slow",
    'legal Q&A assistant for 25 lawyers, we like Phi-4. Our old vendor? Avoid that.',
  ])('keeps the preference when nothing refuses the name: %s', text => {
    const intent = read(text);
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
    expect(intent.excluded_models).toEqual([]);
  });

  it('reaches no further back than the sentence before', () => {
    const intent = read(
      'legal Q&A assistant for 25 lawyers on Phi-4. Answers cite the statute. They are long. Some vendors push extra tooling; skip it.',
    );
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('a narrower family named after a wide one', () => {
  const ids = (re: RegExp) =>
    knowledgeBase.models
      .filter(m => re.test(m.id))
      .map(m => m.id)
      .sort();

  it('keeps only the narrower family', () => {
    const intent = read(
      'internal wiki RAG for 600 staff; we like Qwen, any Qwen3 size is fine',
    );
    expect([...intent.preferred_models].sort()).toEqual(ids(/^Qwen\/Qwen3-/));
  });

  it('keeps every narrower family named', () => {
    const intent = read(
      'internal wiki RAG for 600 staff; Llama please, Llama 3.1 or Llama 3.3',
    );
    expect([...intent.preferred_models].sort()).toEqual(
      ids(/^meta-llama\/Llama-3\.[13]-/),
    );
  });

  it('leaves families that do not contain each other as they are', () => {
    const intent = read(
      'internal wiki RAG for 600 staff; Gemma 3 or Qwen3 would be our pick',
    );
    expect([...intent.preferred_models].sort()).toEqual(
      [...ids(/^google\/gemma-3-/), ...ids(/^Qwen\/Qwen3-/)].sort(),
    );
  });

  it('keeps only the models of the family named right after it', () => {
    const intent = read(
      'ticket triage for 400 agents; the architects are fond of Llama, so Llama 3.1 8B or Llama 3.3 70B',
    );
    expect([...intent.preferred_models].sort()).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
      'meta-llama/Llama-3.3-70B-Instruct',
    ]);
  });

  it.each([
    // an example of the family, an addition to it, the family said whole, another sentence
    'ticket triage for 400 agents; Gemma is what we like, e.g. Gemma 3 27B',
    'ticket triage for 400 agents; Gemma is what we like, especially Gemma 3 27B',
    'ticket triage for 400 agents; any Gemma model works and Gemma 3 27B is fine',
    'ticket triage for 400 agents on Gemma. Gemma 3 27B did well in a test.',
  ])('keeps the whole family when the model does not narrow it: %s', text => {
    const intent = read(text);
    expect([...intent.preferred_models].sort()).toEqual(ids(/^google\/gemma-/));
  });

  it('does not narrow across sentences further away', () => {
    const intent = read(
      'internal wiki RAG for 600 staff on Qwen. Answers must cite pages. Latency is fine. Qwen3 was tested last year.',
    );
    expect(intent.preferred_models).toContain('Qwen/Qwen2.5-7B-Instruct');
  });
});

describe('everything else ruled out', () => {
  it.each([
    'contract review for 12 paralegals: security signed off on Qwen3 32B and we cannot deploy anything else',
    'contract review for 12 paralegals. Security signed off on Qwen3 32B. No other models are permitted.',
    'contract review for 12 paralegals; Qwen3 32B is approved, anything else is off the table',
  ])('makes the names before it the only choice: %s', text => {
    const intent = read(text);
    expect(intent.preferred_models).toEqual(['Qwen/Qwen3-32B']);
    expect(intent.only_preferred_models).toBe(true);
    expect(intent.excluded_models).toEqual([]);
  });

  it('does not restrict the models when the name before it is a GPU', () => {
    const intent = read(
      'contract review for 12 paralegals on Qwen3 32B. Our cluster has L40S and we cannot use anything else.',
    );
    expect(intent.only_preferred_models).toBe(false);
    expect(intent.allowed_gpus).toEqual(['L40S']);
  });
});

describe('"anything else" that rules nothing out', () => {
  it('keeps a preference open after "we do not have anything else to add"', () => {
    const intent = read(
      'contract review for 12 paralegals on Qwen3 32B. We do not have anything else to add.',
    );
    expect(intent.preferred_models).toEqual(['Qwen/Qwen3-32B']);
    expect(intent.only_preferred_models).toBe(false);
  });
});

describe('"nothing" right before a name', () => {
  const gemma = knowledgeBase.models
    .filter(m => m.id.toLowerCase().includes('gemma'))
    .map(m => m.id);

  it.each([
    'ticket triage for 120 support agents, nothing Gemma-derived thanks',
    'ticket triage for 120 support agents. Nothing Gemma, please.',
  ])('excludes the name and prefers nothing: %s', text => {
    const intent = read(text);
    expect([...intent.excluded_models].sort()).toEqual([...gemma].sort());
    expect(intent.preferred_models).toEqual([]);
  });

  it('asks no question when a past complaint and "nothing X" name one family', () => {
    const intent = read(
      'ticket triage for 120 support agents. The Gemma terms caused us grief at my last job, so nothing Gemma-derived this time.',
    );
    expect(intent.excluded_models).toEqual(expect.arrayContaining(gemma));
    expect(intent.preferred_models).toEqual([]);
    expect(intent.question ?? '').not.toMatch(/both asked for and excluded/);
  });

  it('does not exclude a name that is the subject after "nothing"', () => {
    const intent = read(
      'ticket triage for 120 support agents; there is nothing Gemma cannot handle here',
    );
    expect(intent.excluded_models).toEqual([]);
  });

  it('reads "nothing but X" as a restriction, not an exclusion', () => {
    const intent = read(
      'ticket triage for 120 support agents, nothing but Gemma',
    );
    expect(intent.excluded_models).not.toContain(gemma[0]);
    expect(intent.preferred_models).toEqual(expect.arrayContaining(gemma));
  });
});

describe('a dislike said as a feeling', () => {
  const qwen = 'Qwen/Qwen3-8B';
  it.each([
    'helpdesk bot for 900 nurses. Our head of data hates Qwen, so nothing Qwen-based.',
    'helpdesk bot for 900 nurses; the founders really dislike Qwen',
    'helpdesk bot for 900 nurses. The security lead is not a big fan of Qwen models.',
  ])('excludes the family and asks nothing: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain(qwen);
    expect(intent.preferred_models).toEqual([]);
    expect(intent.question).toBeNull();
  });

  it('reads a hated thing that is not a name as no exclusion', () => {
    const intent = read(
      "helpdesk bot for 900 nurses. I'd hate to lose Qwen, we like its answers",
    );
    expect(intent.excluded_models).not.toContain(qwen);
  });
});

describe('a name taken back', () => {
  it('drops the GPUs of an earlier turn taken back in a later one', () => {
    const { intent } = intentFromConversation(
      [
        'Legal clause search assistant for 350 lawyers, on B200s.',
        'Hmm, ditch the B200s, our cluster is H200 only, 16 of them.',
      ],
      { knowledgeBase },
    );
    expect(intent.allowed_gpus).toEqual(['H200']);
  });

  it('keeps a GPU one is reminded not to forget', () => {
    const intent = read(
      "Legal clause search assistant for 350 lawyers, and don't forget the H200s",
    );
    expect(intent.allowed_gpus).toEqual(['H200']);
    expect(intent.excluded_gpus).toEqual([]);
  });
});

describe('hardware lost or still awaited', () => {
  it.each([
    'chat assistant for 2,500 students; we lost our B200 allocation',
    'chat assistant for 2,500 students. The B200 order is still pending.',
    'chat assistant for 2,500 students; our B200 reservation got rejected',
  ])('excludes it: %s', text => {
    const intent = read(text);
    expect(intent.excluded_gpus).toEqual(['B200']);
    expect(intent.allowed_gpus).toEqual([]);
  });

  it.each([
    'chat assistant for 2,500 students. Our B200 order arrived last week.',
    'chat assistant for 2,500 students; the B200 reservation is confirmed',
  ])('allows hardware that came: %s', text => {
    expect(read(text).allowed_gpus).toEqual(['B200']);
  });
});

describe('a verb of prohibition a few words before the name', () => {
  const chinese = knowledgeBase.models
    .filter(m => m.developer_country.code === 'CN')
    .map(m => m.id);
  it('excludes an origin said after the object of the verb', () => {
    const intent = read(
      'FAQ bot for 1,100 members; the board prohibits hosting an assistant model trained in China',
    );
    expect([...intent.excluded_models].sort()).toEqual([...chinese].sort());
  });

  it('excludes a family many words after the verb', () => {
    const intent = read(
      'FAQ bot for 1,100 members; regulation forbids us from ever deploying any of the Qwen models',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
  });

  it('does not reach past a turn in the clause', () => {
    const intent = read(
      'FAQ bot for 1,100 members; policy forbids cloud APIs so we want Qwen on our own servers',
    );
    expect(intent.excluded_models).not.toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toContain('Qwen/Qwen3-8B');
  });
});

describe('a GPU named without its variant, excluded', () => {
  it('excludes every kb variant of it', () => {
    expect(
      read('search assistant for 600 analysts, avoid H100s').excluded_gpus,
    ).toEqual(['H100-NVL', 'H100-PCIe', 'H100-SXM']);
  });

  it('excludes only the variant named', () => {
    expect(
      read('search assistant for 600 analysts, avoid the H100 PCIe')
        .excluded_gpus,
    ).toEqual(['H100-PCIe']);
  });

  it('allows the one variant the kb reads for a bare name', () => {
    expect(
      read('search assistant for 600 analysts on our H100s').allowed_gpus,
    ).toEqual(['H100-SXM']);
  });
});

describe('a bad experience with a GPU', () => {
  it.each([
    'translation API for 400 clerks. Our ops lead had a painful time with H200 firmware, so no Hopper.',
    'translation API for 400 clerks; we had a frustrating experience with H200 nodes before, skip Hopper',
  ])('excludes the GPU rather than allowing it: %s', text => {
    const intent = read(text);
    expect(intent.excluded_gpus).toContain('H200');
    expect(intent.allowed_gpus).not.toContain('H200');
    expect(intent.question ?? '').not.toMatch(/both allowed and excluded/);
  });

  it('keeps a GPU one had a good time with', () => {
    const intent = read(
      'translation API for 400 clerks, we had a great time with H200 nodes before',
    );
    expect(intent.excluded_gpus).toEqual([]);
    expect(intent.allowed_gpus).toContain('H200');
  });
});

describe('money lost on a name, or reservations about it', () => {
  it.each([
    'recipe writer for 12 editors. We wasted weeks on a Mistral pilot, so skip Mistral this time.',
    'recipe writer for 12 editors; compliance raised reservations about the Mistral models, so no Mistral.',
  ])('excludes it without also asking for it: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models.length).toBeGreaterThan(0);
    expect(intent.excluded_models.every(id => /mistral/i.test(id))).toBe(true);
    expect(intent.preferred_models).toEqual([]);
    expect(intent.question ?? '').not.toMatch(/both asked for and excluded/);
  });

  it('keeps a name wanted after reservations about something else', () => {
    const intent = read(
      'recipe writer for 12 editors; legal had concerns about latency, so we want the Mistral models.',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models.length).toBeGreaterThan(0);
  });
});

describe('hardware the work must not be placed on', () => {
  it.each([
    'FAQ bot for a ferry company, 30 req/s. Please never run it on the L4s, they are for video.',
    'FAQ bot for a ferry company, 30 req/s; do not host this on any A10G.',
    'FAQ bot for a ferry company, 30 req/s. Please never put us on L4s, our host has none.',
    'FAQ bot for a ferry company, 30 req/s. Do not place me on the A10G pool.',
  ])('excludes the GPU rather than allowing it: %s', text => {
    const intent = read(text);
    expect(intent.excluded_gpus.length).toBeGreaterThan(0);
    expect(intent.allowed_gpus).toEqual([]);
  });

  it('reads a count after "on" as a cap, not an exclusion', () => {
    const intent = read(
      'FAQ bot for a ferry company, 30 req/s; do not put it on more than 2 L4s.',
    );
    expect(intent.excluded_gpus).toEqual([]);
  });

  it('excludes nothing when the writer is put on a list or a count', () => {
    expect(
      read(
        "FAQ bot for a ferry company, 30 req/s; don't put us on more than 2 L4s.",
      ).excluded_gpus,
    ).toEqual([]);
    expect(
      read(
        'FAQ bot for a ferry company, 30 req/s; put us on L4s, do not put us on the waitlist.',
      ).excluded_gpus,
    ).toEqual([]);
  });
});

describe('"can not" written in two words', () => {
  const chinese = knowledgeBase.models
    .filter(m => m.developer_country.code === 'CN')
    .map(m => m.id)
    .sort();

  it.each([
    'invoice extraction for 30 accountants. We can not deploy weights built in China.',
    'invoice extraction for 30 accountants, our bank can not use any LLM from Chinese labs',
  ])('rules out what follows: %s', text => {
    expect([...read(text).excluded_models].sort()).toEqual(chinese);
  });

  it('reads a hardware lack after it', () => {
    expect(
      read('invoice extraction for 30 accountants, we can not get B200s')
        .excluded_gpus,
    ).toEqual(['B200']);
  });

  it('does not rule out an origin the clause only describes', () => {
    const intent = read(
      'invoice extraction for 30 accountants in China, we can not wait long for answers',
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('a model named by its size alone', () => {
  it('keeps the one size of the family named just before', () => {
    const intent = read(
      'recipe assistant for 70 cooks: Llama 3.1, the 405B one',
    );
    expect(intent.preferred_models).toEqual([
      'meta-llama/Llama-3.1-405B-Instruct',
    ]);
  });

  it('leaves the rest of the family when that size is ruled out', () => {
    const intent = read(
      'recipe assistant for 70 cooks, Qwen2.5 is fine but not the 72B version',
    );
    expect(intent.excluded_models).toEqual(['Qwen/Qwen2.5-72B-Instruct']);
    expect([...intent.preferred_models].sort()).toEqual([
      'Qwen/Qwen2.5-14B-Instruct',
      'Qwen/Qwen2.5-32B-Instruct',
      'Qwen/Qwen2.5-7B-Instruct',
    ]);
    expect(intent.question ?? '').not.toMatch(/both asked for and excluded/);
  });

  it('rules out a size of the family preferred in an earlier turn', () => {
    const { intent, changes } = intentFromConversation(
      [
        'recipe assistant for 70 cooks, gpt-oss models please',
        'but drop the 120B one, we want it small',
      ],
      { knowledgeBase },
    );
    expect(intent.excluded_models).toEqual(['openai/gpt-oss-120b']);
    expect(intent.preferred_models).toEqual(['openai/gpt-oss-20b']);
    expect(intent.question).toBeNull();
    expect(changes.length).toBeGreaterThan(0);
  });

  it('asks when the size is shared by several families and none was named', () => {
    const intent = read('recipe assistant for 70 cooks, avoid the 70B one');
    expect(intent.excluded_models).toEqual([]);
    expect(intent.question).toMatch(/Which model do you mean by "the 70b one"/);
  });

  it('is no model where the size counts something else', () => {
    const intent = read(
      'recipe assistant for 70 cooks, Qwen2.5 please; the 72B parameters are too many',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toContain('Qwen/Qwen2.5-72B-Instruct');
  });
});

describe('a family or origin ruled out in the past tense', () => {
  it.each([
    'wiki search for 90 engineers; security has ruled out Gemma',
    'wiki search for 90 engineers. The board ruled out every model built by Google.',
  ])('excludes it: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('google/gemma-3-27b-it');
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes the models of an origin "left out"', () => {
    const intent = read(
      'wiki search for 90 engineers; procurement left out anything from French labs',
    );
    expect([...intent.excluded_models].sort()).toEqual([
      'mistralai/Mistral-7B-Instruct-v0.3',
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
  });

  it('does not reach a name past the clause of what was ruled out', () => {
    const intent = read(
      'wiki search for 90 engineers; we ruled out on-prem hosting, so Gemma 3 27B in the cloud',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual(['google/gemma-3-27b-it']);
  });
});

describe('a wish refused with its auxiliary', () => {
  it.each([
    'meeting notes for 35 managers. The COO does not want anything from Google near it.',
    "meeting notes for 35 managers, and our COO doesn't want any Gemma",
  ])('excludes what is not wanted: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('google/gemma-2-9b-it');
    expect(intent.preferred_models).toEqual([]);
  });

  it('does not refuse a name the wish is about keeping', () => {
    const intent = read(
      'meeting notes for 35 managers; the COO does not want to lose Gemma 2 9B',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual(['google/gemma-2-9b-it']);
  });
});

describe('an origin refused as a requirement', () => {
  const mistral = [
    'mistralai/Mistral-7B-Instruct-v0.3',
    'mistralai/Mixtral-8x7B-Instruct-v0.1',
  ];

  it.each([
    'ticket triage for 20 agents; whatever we run must not come from a French developer',
    'ticket triage for 20 agents, and the model cannot be made by a French lab',
  ])('excludes the origin: %s', text => {
    expect([...read(text).excluded_models].sort()).toEqual(mistral);
  });

  it('excludes the maker named', () => {
    const intent = read(
      "ticket triage for 20 agents, and it shouldn't be from Google",
    );
    expect(intent.excluded_models).toContain('google/gemma-3-12b-it');
  });

  it('excludes nothing when the origin is allowed', () => {
    const intent = read(
      'ticket triage for 20 agents; the model can come from a French lab or an American one',
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('a dislike of a name said by a pronoun after it', () => {
  it('excludes a model tried and disliked', () => {
    const intent = read(
      'code review bot for 15 developers. We trialled Mixtral last spring and disliked it.',
    );
    expect(intent.excluded_models).toEqual([
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
    expect(intent.preferred_models).toEqual([]);
  });

  it('asks nothing when GPUs tried and hated are excluded again', () => {
    const intent = read(
      'code review bot for 15 developers. We rented 2 A10G cards in 2022 and really hated them, so no A10Gs.',
    );
    expect(intent.excluded_gpus).toEqual(['A10G']);
    expect(intent.allowed_gpus).toEqual([]);
    expect(intent.question).toBeNull();
  });

  it('does not exclude what was not disliked', () => {
    const intent = read(
      "code review bot for 15 developers. We trialled Mixtral last spring and didn't hate it.",
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual([
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
  });
});

describe('a restriction to a name said by a pronoun', () => {
  it('makes the name before it the only choice', () => {
    const intent = read(
      'email drafting for 40 sales reps with Gemma 2 9B, and it has to be that model only',
    );
    expect(intent.preferred_models).toEqual(['google/gemma-2-9b-it']);
    expect(intent.only_preferred_models).toBe(true);
  });

  it('replaces the only choice of an earlier turn, excluding neither', () => {
    const { intent } = intentFromConversation(
      [
        'support chatbot for 40 sales reps; no Qwen at all. Phi-4 only.',
        'On second thought, move to Granite 3.3 8B, same deal: just that one.',
      ],
      { knowledgeBase },
    );
    expect(intent.preferred_models).toEqual([
      'ibm-granite/granite-3.3-8b-instruct',
    ]);
    expect(intent.only_preferred_models).toBe(true);
    expect(intent.excluded_models).not.toContain(
      'ibm-granite/granite-3.3-8b-instruct',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.question).toBeNull();
  });

  it('does not restrict with "not just that one"', () => {
    const intent = read(
      'email drafting for 40 sales reps with Gemma 2 9B, though not just that one',
    );
    expect(intent.only_preferred_models).toBe(false);
  });
});

describe('a model named as the owner of a licence', () => {
  it('is neither asked for nor a licence ruled out', () => {
    const intent = read(
      'policy chatbot for 600 staff. The Gemma 2 27B licence is not MIT, sadly.',
    );
    expect(intent.preferred_models).toEqual([]);
    expect(intent.excluded_models).toEqual([]);
    expect(intent.allowed_licenses).toEqual([]);
  });

  it('still rules out a licence a requirement denies', () => {
    const intent = read(
      'policy chatbot for 600 staff; the licence must not be MIT',
    );
    expect(intent.excluded_models).toContain('microsoft/phi-4');
  });
});

describe('a use denied before what is said of the maker', () => {
  const french = knowledgeBase.models
    .filter(m => m.developer_country.code === 'FR')
    .map(m => m.id)
    .sort();

  it.each([
    'Contract review for 90 lawyers. We will not deploy any model trained in France.',
    "Contract review for 90 lawyers; we can't use anything released by a French lab.",
    'Contract review for 90 lawyers. We should not run models that were built in France.',
  ])('excludes the origin: %s', text => {
    expect([...read(text).excluded_models].sort()).toEqual(french);
  });

  it('excludes a developer named after such a phrase', () => {
    const intent = read(
      'Contract review for 90 lawyers. We must not use any model made by Google.',
    );
    expect(intent.excluded_models).toContain('google/gemma-2-9b-it');
    expect(intent.preferred_models).toEqual([]);
  });

  it('reads no exclusion when the use is not denied', () => {
    const intent = read(
      'Contract review for 90 lawyers. We will deploy a model trained in France.',
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('a list of excluded names continued', () => {
  it('continues the exclusion past a determiner', () => {
    const intent = read(
      'Ticket routing for 40 agents. Leave out Gemma and Phi-4, and the Mistral ones as well.',
    );
    expect(intent.excluded_models).toEqual(
      expect.arrayContaining([
        'google/gemma-2-9b-it',
        'microsoft/phi-4',
        'mistralai/Mistral-7B-Instruct-v0.3',
      ]),
    );
    expect(intent.preferred_models).toEqual([]);
  });

  it.each([
    'Ticket routing for 40 agents. Leave out Gemma, and the Mistral ones are welcome.',
    'Ticket routing for 40 agents. Leave out Gemma, Mistral only.',
  ])('stops at a name with a verdict of its own: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('google/gemma-2-9b-it');
    expect(intent.excluded_models).not.toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(intent.preferred_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
  });

  it('keeps the only-choice after a retraction in a conversation', () => {
    const { intent } = intentFromConversation(
      [
        'Meeting notes summaries for 200 staff.',
        'We like Gemma or Mistral.',
        'Ditch Gemma, Mistral only.',
      ],
      { knowledgeBase },
    );
    expect(intent.preferred_models).not.toContain('google/gemma-2-9b-it');
    expect(intent.preferred_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(intent.only_preferred_models).toBe(true);
  });
});

describe('hardware gone to other hands', () => {
  it('drops GPUs reassigned elsewhere in a later turn', () => {
    const { intent } = intentFromConversation(
      [
        'Search assistant for 250 analysts.',
        'We have 16 L40S cards.',
        'Update: the L40S nodes got pulled for another workload, we will use 2 H200 instead.',
      ],
      { knowledgeBase },
    );
    expect(intent.allowed_gpus).toEqual(['H200']);
    expect(intent.excluded_gpus).toContain('L40S');
  });

  it.each([
    'Search assistant for 250 analysts; the A10G boxes were given to a different group, so H200 only',
    'Search assistant for 250 analysts. The A10G cards were taken away; H200 only',
    'Search assistant for 250 analysts. The A10G cards were transferred to the robotics lab; H200 only',
  ])('excludes them in one request: %s', text => {
    const intent = read(text);
    expect(intent.excluded_gpus).toContain('A10G');
    expect(intent.allowed_gpus).toEqual(['H200']);
  });

  it('keeps GPUs assigned to a team, which may be ours', () => {
    const intent = read(
      'Search assistant for 250 analysts; 8 L40S were assigned to the search team for this',
    );
    expect(intent.excluded_gpus).toEqual([]);
  });

  it('keeps GPUs moved to a place rather than to other hands', () => {
    const intent = read(
      'Search assistant for 250 analysts, our L40S nodes moved to the new datacenter last month',
    );
    expect(intent.allowed_gpus).toEqual(['L40S']);
    expect(intent.excluded_gpus).toEqual([]);
  });
});

describe('a use denied of "anything" of a family', () => {
  it('excludes the family', () => {
    const intent = read(
      "legal memo drafting for 45 associates; we'd prefer not to deploy anything Mistral-based",
    );
    expect(intent.excluded_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(intent.preferred_models).toEqual([]);
  });

  it('does not exclude the family named after "anything but"', () => {
    const intent = read(
      "legal memo drafting for 45 associates; we can't use anything but Phi-4",
    );
    expect(intent.excluded_models).not.toContain('microsoft/phi-4');
  });
});

describe('a preference said right after an excluded name', () => {
  it('starts a new statement with "preferred"', () => {
    const intent = read(
      'tutoring bot for 3,000 pupils, avoid Qwen, Phi-4 preferred',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.excluded_models).not.toContain('microsoft/phi-4');
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
  });

  it('keeps a bare "allowed" as the verdict of the whole list', () => {
    const intent = read(
      'tutoring bot for 3,000 pupils, no Qwen or Phi-4 allowed',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.excluded_models).toContain('microsoft/phi-4');
    expect(intent.preferred_models).toEqual([]);
  });
});

describe('an added exclusion of every model asked for', () => {
  it('asks which holds', () => {
    const { intent } = intentFromConversation(
      [
        'Contract review helper for 120 paralegals.',
        'Only Gemma 3 27B, nothing else.',
        'In addition, we cannot use any Gemma model.',
      ],
      { knowledgeBase },
    );
    expect(intent.question).toMatch(/gemma-3-27b-it/);
  });

  it.each([
    ['a change of mind', 'Actually, no Gemma at all.'],
    ['no word of addition', 'No Gemma models.'],
  ])('does not ask after %s', (_, turn) => {
    const { intent } = intentFromConversation(
      ['Contract review helper for 120 paralegals.', 'Only Gemma 3 27B.', turn],
      { knowledgeBase },
    );
    expect(intent.question).toBeNull();
    expect(intent.excluded_models).toContain('google/gemma-3-27b-it');
  });

  it('does not ask when a model asked for is left', () => {
    const { intent } = intentFromConversation(
      [
        'Contract review helper for 120 paralegals.',
        'Gemma 3 27B or Mistral 7B.',
        'Also no Gemma.',
      ],
      { knowledgeBase },
    );
    expect(intent.question).toBeNull();
    expect(intent.preferred_models).toEqual([
      'mistralai/Mistral-7B-Instruct-v0.3',
    ]);
  });
});

describe('a name the writer asks not to be put forward', () => {
  it.each([
    [
      'legal intake bot for 40 clerks. Do not recommend H200s, our host has none.',
      'H200',
    ],
    ['legal intake bot for 40 clerks; never propose MI300X', 'MI300X'],
  ])('excludes the GPU: %s', (text, gpu) => {
    const intent = read(text);
    expect(intent.excluded_gpus).toContain(gpu);
    expect(intent.allowed_gpus).not.toContain(gpu);
  });

  it.each([
    "legal intake bot for 40 clerks, please don't suggest any Mistral model",
    'legal intake bot for 40 clerks. No use of Mistral, the partners vetoed it.',
  ])('excludes the family: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes nothing when a limit stands between the verb and the name', () => {
    const intent = read(
      "legal intake bot for 40 clerks; don't suggest anything bigger than an L40S",
    );
    expect(intent.excluded_gpus).toEqual([]);
  });

  it('keeps a name the writer suggests', () => {
    const intent = read(
      'legal intake bot for 40 clerks, I would suggest Phi-4',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
  });
});

describe('"stay off" and "keep it off" as verbs of keeping away', () => {
  const french = knowledgeBase.models
    .filter(m => m.developer_country.code === 'FR')
    .map(m => m.id)
    .sort();

  it('excludes a family after "keep it off"', () => {
    const { intent } = intentFromConversation(
      [
        'A helper that answers warehouse staff about stock levels, 700 of them.',
        'Oh, and keep it off anything Gemma-based, procurement insists.',
      ],
      { knowledgeBase },
    );
    expect(intent.excluded_models).toContain('google/gemma-3-27b-it');
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes an origin after "stay off"', () => {
    const intent = read(
      'stock-level helper for 700 warehouse staff; we have to stay off French-built models',
    );
    expect([...intent.excluded_models].sort()).toEqual(french);
  });

  it.each([
    'stock-level helper for 700 warehouse staff, we kick off with Phi-4',
    'stock-level helper for 700 warehouse staff, keep it on Phi-4',
  ])('does not exclude a name without the verb: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
  });
});

describe('an origin that cannot be considered', () => {
  it('excludes the origin', () => {
    const intent = read(
      'claims triage for 50 adjusters. We cannot consider anything from French labs.',
    );
    expect(intent.excluded_models).toContain(
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    );
    expect(intent.excluded_models).not.toContain('microsoft/phi-4');
  });

  it('excludes nothing when it can be considered', () => {
    const intent = read(
      'claims triage for 50 adjusters. We can consider anything from French labs.',
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('an origin required with "require that the model come from"', () => {
  const notEuropean = knowledgeBase.models
    .filter(m => m.developer_country.code !== 'FR')
    .map(m => m.id)
    .sort();

  it('restricts the models to the origin and excludes the others', () => {
    const intent = read(
      'Tenders chatbot for a city council, 300 clerks. The charter requires that models originate from the European Union.',
    );
    expect(intent.only_preferred_models).toBe(true);
    expect(intent.preferred_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect([...intent.excluded_models].sort()).toEqual(notEuropean);
  });

  it('restricts nothing when the requirement is not on the model', () => {
    const intent = read(
      'Tenders chatbot for a city council, 300 clerks. The SLA requires that latency be under 2 s with Phi-4.',
    );
    expect(intent.only_preferred_models).toBe(false);
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('a name put first as the object of a refusal that ends the clause', () => {
  it.each([
    'FAQ assistant for 600 shoppers. Qwen models we do not want, thanks.',
    "FAQ assistant for 600 shoppers; Qwen our legal team won't accept",
    'FAQ assistant for 600 shoppers. qwen stuff i really dont trust',
  ])('excludes the family: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes a GPU put first the same way', () => {
    const intent = read(
      'support bot for 900 agents on L40S; H200s the finance team will not accept',
    );
    expect(intent.excluded_gpus).toContain('H200');
  });

  it.each([
    // the refusal goes on to something else
    'FAQ assistant for 600 shoppers. Qwen models we do not want to give up.',
    // no refusal: a wish
    'FAQ assistant for 600 shoppers. Qwen models we really want.',
  ])('does not exclude: %s', text => {
    expect(read(text).excluded_models).not.toContain('Qwen/Qwen3-8B');
  });
});

describe('a request to leave names out written without its "do"', () => {
  it('excludes what follows "please not use"', () => {
    const intent = read(
      'FAQ bot for a ferry company, 700 travellers a day; please not use anything made in Korea and pls not run Phi-4',
    );
    expect(intent.excluded_models).toEqual(
      expect.arrayContaining(['microsoft/phi-4']),
    );
    expect(intent.preferred_models).not.toContain('microsoft/phi-4');
  });

  it('keeps "please note" and "please use" as they are', () => {
    const intent = read(
      'FAQ bot for a ferry company, 700 travellers a day; please use Phi-4',
    );
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('several names made the only choice after they are listed', () => {
  it.each([
    'quiz generator for 80 teachers, Phi-4 or Gemma 2 9B, just those 2',
    'quiz generator for 80 teachers. Phi-4 or Gemma 2 9B, no other models please',
    'quiz generator for 80 teachers with Phi-4 and Gemma 2 9B, only those',
  ])('%s', text => {
    const intent = read(text);
    expect(intent.preferred_models).toEqual([
      'microsoft/phi-4',
      'google/gemma-2-9b-it',
    ]);
    expect(intent.only_preferred_models).toBe(true);
  });

  it('does not restrict when "no other model" goes on to say something', () => {
    const intent = read(
      'quiz generator for 80 teachers on Phi-4, no other model comes close for us',
    );
    expect(intent.only_preferred_models).toBe(false);
  });

  it('does not restrict with "not only those"', () => {
    const intent = read(
      'quiz generator for 80 teachers, Phi-4 or Gemma 2 9B, but not only those',
    );
    expect(intent.only_preferred_models).toBe(false);
  });
});

describe('refusals said with a verb of refusing or without their auxiliary', () => {
  it.each([
    'contract clause search for 70 lawyers; our general counsel refuses anything from Google',
    'contract clause search for 70 lawyers. The partners rejected any Gemma model last year.',
    'contract clause search for 70 lawyers, and the board vetoed models made by Google',
  ])('excludes the maker: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('google/gemma-2-9b-it');
    expect(intent.preferred_models).toEqual([]);
  });

  it.each([
    'helpdesk bot for 200 drivers. We not want Gemma models.',
    'helpdesk bot for 200 drivers, they no want use model from France',
  ])('excludes after a bare "not"/"no": %s', text => {
    expect(read(text).excluded_models.length).toBeGreaterThan(0);
  });

  it('excludes an origin after a permission refused with the model described', () => {
    const intent = read(
      'claims triage for 45 adjusters; the regulator does not permit models trained in China',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
  });

  it.each([
    'helpdesk bot for 200 drivers; users rejected the answers from Gemma 2 9B, so tune it',
    'helpdesk bot for 200 drivers, we no longer use Gemma, we run Phi-4 now',
    'helpdesk bot for 200 drivers; we not only want Gemma but also Phi-4',
  ])('excludes nothing: %s', text => {
    expect(read(text).excluded_models).not.toContain('google/gemma-2-9b-it');
  });
});

describe('a wish refused with a verb of using after it', () => {
  it('excludes the family the writer would not want to use', () => {
    const intent = read(
      'ticket triage for 90 agents, 5 req/s. We would not want to deploy any Qwen model.',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toEqual([]);
  });

  it('keeps a name after a wish refused of something else', () => {
    const intent = read(
      'ticket triage for 90 agents. We do not want to wait long. Qwen is what we use.',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toContain('Qwen/Qwen3-8B');
  });
});

describe('hardware ruled out with "nothing on"', () => {
  it('excludes the GPU named after "nothing on" and a vendor word', () => {
    const intent = read(
      'invoice extraction for 200 clerks on our 8 A100 cards, and nothing on NVIDIA L4',
    );
    expect(intent.excluded_gpus).toContain('L4');
    expect(intent.allowed_gpus.some(id => id.startsWith('A100'))).toBe(true);
    expect(intent.allowed_gpus).not.toContain('L4');
  });

  it('excludes the GPU after "nothing runs on"', () => {
    const intent = read('chat for 50 people on H200; nothing runs on MI300X');
    expect(intent.excluded_gpus).toContain('MI300X');
  });

  it('leaves a GPU alone when "nothing" is not next to it', () => {
    const intent = read(
      'nothing on the roadmap needs it yet, so a chat for 50 people on L4',
    );
    expect(intent.excluded_gpus).toEqual([]);
    expect(intent.allowed_gpus).toContain('L4');
  });
});

describe('verdicts and verbs of banning, closed as a class', () => {
  it.each([
    'contract assistant for 90 lawyers; the firm bars Qwen',
    'contract assistant for 90 lawyers; compliance has vetoed each Qwen model',
    'contract assistant for 90 lawyers. It must run well, and it cannot be Qwen.',
    'contract assistant for 90 lawyers; Qwen has been ruled out',
    'contract assistant for 90 lawyers; Qwen models are off-limits',
    'contract assistant for 90 lawyers; Qwen is a non-starter for us',
    'contract assistant for 90 lawyers; Qwen is not permitted',
    'contract assistant for 90 lawyers; Qwen was rejected in the review',
    'contract assistant for 90 lawyers; Qwen is to be avoided',
    'contract assistant for 90 lawyers; the board wants an embargo on Qwen',
  ])('excludes the family: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toEqual([]);
  });

  it('does not read a past verb of a model as a verdict on it', () => {
    const intent = read(
      'contract assistant for 90 lawyers; in our trial Qwen avoided the mistakes of the old tool, so we want Qwen',
    );
    expect(intent.excluded_models).not.toContain('Qwen/Qwen3-8B');
  });
});

describe('an origin said long after the noun it describes', () => {
  it('excludes by origin when what it describes is ruled out', () => {
    for (const text of [
      'tutoring chat for 400 pupils; the ministry bars any model trained by a lab registered in China',
      'tutoring chat for 400 pupils; nothing whose maker is based in China',
      'tutoring chat for 400 pupils; no model whose developer is Chinese',
    ])
      expect(read(text).excluded_models).toContain('Qwen/Qwen3-8B');
  });

  it('excludes nothing when the described noun is allowed, or the makers are staff', () => {
    expect(
      read(
        'tutoring chat for 400 pupils; anything trained by a lab registered in China is fine',
      ).excluded_models,
    ).toEqual([]);
    expect(
      read('tutoring chat for 400 pupils; our developers are Chinese')
        .excluded_models,
    ).toEqual([]);
  });
});

describe('a maker named last in a list after "from"', () => {
  it('excludes every maker of the list, a loose brand too', () => {
    const intent = read(
      'tutoring chat for 400 pupils, nothing from Google or IBM',
    );
    expect(intent.excluded_models).toContain('google/gemma-3-27b-it');
    expect(intent.excluded_models).toContain(
      'ibm-granite/granite-3.3-8b-instruct',
    );
  });
});

describe('a loose brand after a list of other words', () => {
  it('is no maker when the list is not of brands', () => {
    const intent = read(
      'tutoring chat for 400 pupils, no tracking of ads and Meta pixels',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual([]);
  });
});

describe('exclusions said as models not to be used or considered', () => {
  it('reads "not to be used" and "cannot be considered" after a name or an origin', () => {
    expect(
      read('chatbot for 30 staff. Mistral models are not to be used.')
        .excluded_models.length,
    ).toBeGreaterThan(0);
    expect(
      read('chatbot for 30 staff. Mistral models are not to be used.')
        .preferred_models,
    ).toEqual([]);
    const origin = read(
      'RAG for 200 agents; models from Chinese laboratories cannot be considered.',
    );
    expect(origin.excluded_models).toContain('Qwen/Qwen3-32B');
  });
});

describe('names given as examples of an exclusion, and GPUs that are taken', () => {
  it('reads names in brackets after an exclusion as excluded, not asked for', () => {
    const intent = read(
      'chat for 80 agents. no US-made models (Llama, Gemma) please.',
    );
    expect(intent.preferred_models).toEqual([]);
    expect(intent.excluded_models).toContain('google/gemma-3-27b-it');
    expect(intent.question).toBeNull();
  });

  it('reads GPUs booked solid or going to another team as ruled out', () => {
    expect(
      read('summaries for 30 staff. A100s are booked solid, so L40S.')
        .excluded_gpus,
    ).toContain('A100-80GB-SXM');
    expect(
      read('summaries for 30 staff; the L4s are going to another team')
        .excluded_gpus,
    ).toEqual(['L4']);
  });

  it('reads GPU names joined by "+" as one list', () => {
    expect(
      read('code gen for 50 devs on L40S + H100 SXM only').allowed_gpus,
    ).toEqual(['L40S', 'H100-SXM']);
  });
});

describe('models and GPUs no longer usable', () => {
  it('reads "can no longer use" and "unable to use" as exclusions', () => {
    const gpus = read(
      'review tool for 20 analysts; we can no longer use the H100s, plan for L40S instead.',
    );
    expect(gpus.excluded_gpus).toContain('H100-SXM');
    expect(gpus.allowed_gpus).toEqual(['L40S']);
    expect(
      read('chat for 90 clerks. we are unable to use Gemma models.')
        .excluded_models.length,
    ).toBeGreaterThan(0);
  });
});

describe("a maker's possessive before its own model names", () => {
  it('is one mention, excluded or preferred with the name', () => {
    const excluded = extractIntent(
      "chatbot for 30 users. we'd rather not run Google's Gemma models.",
      { knowledgeBase },
    );
    expect(excluded.question).toBeNull();
    expect(excluded.preferred_models).toEqual([]);
    expect(excluded.excluded_models.some(m => /gemma/i.test(m))).toBe(true);
    const preferred = extractIntent(
      "chatbot for 30 users, ideally Alibaba's Qwen3 8B",
      {
        knowledgeBase,
      },
    );
    expect(preferred.preferred_models).toEqual(['Qwen/Qwen3-8B']);
  });
});

describe('nothing built on a family', () => {
  it('excludes the family', () => {
    const i = extractIntent(
      'agent for 30 planners. nothing built on Qwen, please.',
      {
        knowledgeBase,
      },
    );
    expect(i.preferred_models).toEqual([]);
    expect(i.excluded_models.some(m => /qwen/i.test(m))).toBe(true);
  });
});

describe('hardware ruled out by a verdict after it or a budget before it', () => {
  it('reads "out of the question" and "aren\'t available" as exclusions', () => {
    expect(
      read(
        'RAG for 300 analysts. H200 hardware is out of the question, our provider has none.',
      ).excluded_gpus,
    ).toEqual(['H200']);
    const intent = read(
      "agent for 30 SREs. L40S or A100 80GB is fine; MI300X nodes aren't available in our region.",
    );
    expect(intent.excluded_gpus).toEqual(['MI300X']);
    expect(intent.allowed_gpus).not.toContain('MI300X');
  });
  it('reads hardware there is no budget for as excluded', () => {
    expect(
      read('chatbot for 500 staff. we dont have budget for B200s, so L40S')
        .excluded_gpus,
    ).toEqual(['B200']);
  });
});

describe('"nothing else will be considered" after a model', () => {
  it('makes the model the only choice', () => {
    const intent = read(
      'agent for 25 SREs. Qwen3 32B is the model legal has cleared, and nothing else will be considered.',
    );
    expect(intent.preferred_models).toEqual(['Qwen/Qwen3-32B']);
    expect(intent.only_preferred_models).toBe(true);
  });
});

describe("a maker's terms named in the possessive", () => {
  it('are no preference for its models', () => {
    const intent = intentFromConversation(
      [
        "an agent that books delivery slots through the carriers' APIs, for 40 planners",
        "nothing built on Gemma, please. Legal is uneasy about Google's licence terms.",
      ],
      { knowledgeBase },
    ).intent;
    expect(intent.question).toBeNull();
    expect(intent.preferred_models).toEqual([]);
    expect(intent.excluded_models.length).toBeGreaterThan(0);
  });
});

describe('hardware a provider will not give', () => {
  it('is excluded, not allowed', () => {
    const intent = read(
      "code generation for 400 users. our cloud won't give us B200 quota, so no B200s",
    );
    expect(intent.excluded_gpus).toEqual(['B200']);
    expect(intent.question).toBeNull();
  });
});

describe('"I\'d rather not" after a model named', () => {
  it('excludes it', () => {
    const intent = read(
      "chatbot for 800 customers. Someone suggested Phi-4; I'd rather not, it did badly in our tests.",
    );
    expect(intent.excluded_models).toEqual(['microsoft/phi-4']);
    expect(intent.preferred_models).toEqual([]);
  });
});

describe('a model required or refused in other words', () => {
  it('reads "it has to run Llama 3.3 70B" as that model only', () => {
    const intent = extractIntent(
      'chatbot for 1000 users. Oh, and it has to run Llama 3.3 70B - our vendor agreement covers it.',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.preferred_models).toEqual([
      'meta-llama/Llama-3.3-70B-Instruct',
    ]);
    expect(intent.only_preferred_models).toBe(true);
  });
  it('reads "not this one please" after a model tried as refusing it', () => {
    const intent = extractIntent(
      'content generation for 40 users. We tested Mixtral 8x7B before and it was bad, so not this one please.',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.excluded_models).toEqual([
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
    expect(intent.preferred_models).toEqual([]);
  });
});

describe('a model given up for another, and "X\'s out"', () => {
  it('drops the preference given up in the same message', () => {
    const intent = read(
      "product blurbs. We were leaning to Llama 3.1 8B, but legal just vetoed all Llama models. Let's go with Mistral 7B instead.",
    );
    expect(intent.preferred_models).toEqual([
      'mistralai/Mistral-7B-Instruct-v0.3',
    ]);
    expect(intent.question ?? '').not.toMatch(/Llama/);
  });
  it('still asks when nothing replaces it', () => {
    expect(
      read('must be Llama 3.3 70B. Also no Llama models at all.').question,
    ).not.toBeNull();
  });
  it('reads "Mixtral\'s out" as an exclusion', () => {
    expect(
      read("RAG over runbooks for 400 SREs. Mixtral's out. L40S fleet only.")
        .excluded_models,
    ).toEqual(['mistralai/Mixtral-8x7B-Instruct-v0.1']);
  });
});

describe('"Google" as a platform, and "zero Llama"', () => {
  it('does not read Google reviews or Google Calendar as Gemma', () => {
    for (const text of [
      'summaries of guest reviews from Booking, Google and TripAdvisor for 140 managers. We prefer Mixtral 8x7B.',
      'Agent, tool calls (Google Calendar, email) to schedule interviews. 60 recruiters. gpt-oss-20b.',
    ])
      expect(
        read(text).preferred_models.filter(id => id.startsWith('google/')),
      ).toEqual([]);
    // said as the maker, it still names Gemma
    expect(
      read('chatbot for 100 users, a Google model please').preferred_models,
    ).toContain('google/gemma-3-27b-it');
  });
  it('reads "zero Llama" as an exclusion', () => {
    const intent = read(
      'Inline completion for ~350 devs. Qwen2.5-7B or 14B pref, zero Llama.',
    );
    expect(intent.excluded_models).toContain(
      'meta-llama/Llama-3.3-70B-Instruct',
    );
    expect(intent.preferred_models).toEqual([
      'Qwen/Qwen2.5-7B-Instruct',
      'Qwen/Qwen2.5-14B-Instruct',
    ]);
  });
});

describe('hardware said to be gone, priced out or scrapped', () => {
  it.each([
    'RAG bot for 90 nurses on L4s; the A100s are gone since the budget cut.',
    'RAG bot for 90 nurses on L4s. The A100 nodes were decommissioned in May.',
    'RAG bot for 90 nurses on L4s - A100s are prohibitively expensive for us.',
    'RAG bot for 90 nurses on L4s, and scrap the A100 bit from my last note.',
  ])('is no GPU to plan on: %s', text => {
    const intent = read(text);
    expect(intent.allowed_gpus).toEqual(['L4']);
    expect(intent.excluded_gpus).toContain('A100-80GB-SXM');
    expect(intent.question).toBeNull();
  });

  it('keeps hardware gone up in price, or gone to this team', () => {
    expect(
      read(
        'RAG bot for 90 nurses. Our A100s have gone up in price but we keep them.',
      ).excluded_gpus,
    ).toEqual([]);
  });

  it('replaces the GPUs of an earlier turn', () => {
    const { intent } = intentFromConversation(
      [
        'support chatbot for 400 agents on A100s',
        'update: we switched to L40S, the A100s are gone.',
      ],
      { knowledgeBase },
    );
    expect(intent.allowed_gpus).toEqual(['L40S']);
  });
});

describe('a family said after one of its models was preferred', () => {
  it('points back to that model', () => {
    expect(
      read(
        'Support agent for 30 planners; shortlist is Qwen3-14B or gpt-oss-20b, I lean qwen since the team knows it.',
      ).preferred_models.sort(),
    ).toEqual(['Qwen/Qwen3-14B', 'openai/gpt-oss-20b']);
  });

  it('stays the family when more of it is asked for', () => {
    for (const text of [
      'Support agent for 30 planners; Qwen3-14B first, but any Qwen is fine.',
      'Support agent for 30 planners; Qwen3-14B first, and Qwen models in general are fine.',
    ])
      expect(read(text).preferred_models).toContain('Qwen/Qwen3-8B');
  });
});

describe('a size of the family named before, said to suffice', () => {
  it('is the model wanted, not the family', () => {
    expect(
      read('FAQ bot for 500 tenants; we like Qwen3 - the 14b should be plenty.')
        .preferred_models,
    ).toEqual(['Qwen/Qwen3-14B']);
  });

  it('leaves a size said with another verdict', () => {
    expect(
      read('FAQ bot for 500 tenants on Qwen3; the 14b was slow in our test.')
        .preferred_models,
    ).toContain('Qwen/Qwen3-8B');
  });
});

describe('everything of a kind but the name', () => {
  it.each([
    'overnight tagging of 90k insurance claims in 10 hours; any GPU but the H200',
    'overnight tagging of 90k insurance claims in 10 hours, every card other than H200 is fine',
  ])('excludes the GPU: %s', text => {
    const intent = read(text);
    expect(intent.excluded_gpus).toContain('H200');
    expect(intent.allowed_gpus).toEqual([]);
  });

  it('excludes a model family: anything but Qwen', () => {
    const intent = read('support chatbot for 120 agents, anything but Qwen');
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toEqual([]);
  });

  it('leaves a name after "but" with a verb between alone', () => {
    const intent = read(
      'support chatbot for 120 agents, any GPU works but we prefer H200',
    );
    expect(intent.excluded_gpus).toEqual([]);
  });
});

describe('a name kept or left out', () => {
  it.each([
    'contract review for 12 paralegals. Keep Meta models out of it, please.',
    "contract review for 12 paralegals; leave Meta's models out",
  ])('excludes the family: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
    expect(intent.preferred_models).toEqual([]);
  });

  it('does not read a name with another word before "out"', () => {
    const intent = read(
      'contract review for 12 paralegals. Keep the Llama deployment out of the DMZ.',
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('a wish that a name not be used', () => {
  it.each([
    'ticket triage for 70 support staff; our CTO would rather we did not deploy Mistral models',
    "ticket triage for 70 support staff. I'd rather they didn't use Mistral.",
  ])('excludes the family: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(intent.preferred_models).toEqual([]);
  });

  it('keeps a name the wish is for', () => {
    const intent = read(
      'ticket triage for 70 support staff; our CTO would rather we used Mistral models',
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('"nothing else" as a clause of its own after names', () => {
  it.each([
    'tutoring bot for 600 pupils. Phi-4 or Gemma 3 27B, nothing else.',
    'tutoring bot for 600 pupils; Phi-4 - nothing else please',
  ])('restricts to the names: %s', text => {
    const intent = read(text);
    expect(intent.preferred_models).toContain('microsoft/phi-4');
    expect(intent.only_preferred_models).toBe(true);
  });

  it('does not restrict when "nothing else" goes on', () => {
    const intent = read(
      'tutoring bot for 600 pupils. Phi-4 is nice, nothing else comes close.',
    );
    expect(intent.only_preferred_models).toBe(false);
  });
});

describe('a name taken back right after it is said', () => {
  it.each([
    'claims triage agent, 900 claims a day. Mixtral 8x7B maybe... actually scratch that, we settled on Phi-4.',
    'claims triage agent, 900 claims a day. Mixtral 8x7B - no wait, never mind, Phi-4.',
  ])('keeps only the later name: %s', text => {
    const intent = read(text);
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
    expect(intent.excluded_models).toEqual([]);
  });

  it('keeps the name when a later number is taken back', () => {
    const intent = read(
      'claims triage agent on Phi-4 for 50 adjusters... scratch that, 45.',
    );
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
  });
});

describe('names listed as the subject of a verdict after the last of them', () => {
  it('rules out each name of the list', () => {
    const intent = read(
      'Support bot for 200 agents. Gemma and Phi-4 are off the table.',
    );
    expect(intent.excluded_models).toContain('microsoft/phi-4');
    expect(intent.excluded_models).toContain('google/gemma-3-27b-it');
    expect(intent.preferred_models).toEqual([]);
  });

  it('runs back over commas', () => {
    const intent = read(
      'Support bot for 200 agents. Kimi, Phi-4 and Gemma are not allowed.',
    );
    expect(intent.excluded_models).toEqual(
      expect.arrayContaining(['moonshotai/Kimi-K2.5', 'microsoft/phi-4']),
    );
    expect(intent.preferred_models).toEqual([]);
  });

  it('leaves a name in a statement of its own', () => {
    expect(
      read('Support bot for 200 agents. We like Phi-4, Gemma is out.')
        .preferred_models,
    ).toContain('microsoft/phi-4');
    const intent = read(
      'Support bot for 200 agents. We like Phi-4 and Gemma is out.',
    );
    expect(intent.preferred_models).toContain('microsoft/phi-4');
    expect(intent.excluded_models).not.toContain('microsoft/phi-4');
  });
});

describe('hardware that will not be had', () => {
  it('rules out GPUs "we won\'t be getting"', () => {
    expect(
      read(
        "Support bot for 200 agents, we won't be getting any MI300X this year.",
      ).excluded_gpus,
    ).toEqual(['MI300X']);
  });

  it('rules out GPUs "we won\'t get"', () => {
    const intent = read(
      'Support bot for 200 agents, we will not get B200s or B300s before next year.',
    );
    expect(intent.excluded_gpus).toEqual(
      expect.arrayContaining(['B200', 'B300']),
    );
    expect(intent.allowed_gpus).toEqual([]);
  });

  it('reads a cap on a count as no exclusion', () => {
    expect(
      read("Support bot for 200 agents, we won't get more than 4 H200s.")
        .excluded_gpus,
    ).toEqual([]);
  });
});

describe('a model intention given up', () => {
  it('neither prefers nor excludes the model', () => {
    const intent = read(
      'Support bot for 200 agents. I was going to use Phi-4 but the team wants to compare options.',
    );
    expect(intent.preferred_models).toEqual([]);
    expect(intent.excluded_models).toEqual([]);
  });

  it('keeps the intention without a contrast', () => {
    expect(
      read(
        'Support bot for 200 agents. I was going to use Phi-4 and I still want it.',
      ).preferred_models,
    ).toEqual(['microsoft/phi-4']);
  });

  it('drops a name taken back with "scrap that"', () => {
    expect(
      read(
        'Support bot for 200 agents. prefer gemma 3 27b. actually scrap that, prefer Phi-4.',
      ).preferred_models,
    ).toEqual(['microsoft/phi-4']);
  });
});

describe("a maker's models ruled out for their licence", () => {
  it("reaches every model under the maker's own licence", () => {
    expect(
      read(
        'Support bot for 200 agents; because of the licence terms nothing from Meta.',
      ).excluded_models,
    ).toContain('deepseek-ai/DeepSeek-R1-Distill-Llama-8B');
  });

  it("is the maker's own models without a licence reason", () => {
    expect(
      read('Support bot for 200 agents; nothing from Meta, we distrust them.')
        .excluded_models,
    ).not.toContain('deepseek-ai/DeepSeek-R1-Distill-Llama-8B');
    expect(
      read(
        'Support bot for 200 agents; the licence must allow commercial use, no DeepSeek.',
      ).excluded_models,
    ).not.toContain('meta-llama/Llama-3.1-8B-Instruct');
  });
});

describe('a phrasal verb closing round the pronoun that refuses a model', () => {
  it.each([
    'support bot for 200 agents. Phi-4 is too small for our tickets, rule it out.',
    'support bot for 200 agents. Someone mentioned Phi-4; count that one out.',
  ])('excludes it: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toEqual(['microsoft/phi-4']);
    expect(intent.preferred_models).toEqual([]);
  });

  it('leaves a model whose pronoun is kept, not ruled out', () => {
    const intent = read(
      'support bot for 200 agents. We like Phi-4, keep it in mind.',
    );
    expect(intent.excluded_models).toEqual([]);
  });
});

describe('a model tried in the past and ruled out', () => {
  it('reads a model named only as one tried before, then ruled out, as excluded and not asked for', () => {
    const intent = read(
      'An assistant for our 60 site engineers. Our partner already tested Mistral 7B last spring and it was useless for us, so no Mistral 7B.',
    );
    expect(intent.excluded_models).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(intent.preferred_models).toEqual([]);
    expect(intent.question ?? '').not.toMatch(/both asked for and excluded/);
  });

  it('still asks when the model is asked for outright and ruled out', () => {
    const intent = read(
      'An assistant for our 60 site engineers. We want Mistral 7B. Procurement says no Mistral 7B.',
    );
    expect(intent.question ?? '').toMatch(/both asked for and excluded/);
  });

  it('keeps a model tried and liked as the preference', () => {
    expect(
      read(
        'An assistant for our 60 site engineers. We tested Mistral 7B and liked it, so we prefer that one.',
      ).preferred_models,
    ).toContain('mistralai/Mistral-7B-Instruct-v0.3');
  });
});
