import { extractIntent } from './ruleBasedIntent';
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
