import { readGpuOnlyLists, AllowedGpuMention } from './gpuOnlyLists';
import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('readGpuOnlyLists', () => {
  /** A mention of `name` (standing for `id`) in `text`, its clause being the whole text. */
  const at = (text: string, name: string, id: string): AllowedGpuMention => {
    const start = text.indexOf(name);
    return {
      ids: [id],
      start,
      end: start + name.length,
      before: text.slice(0, start),
      after: text.slice(start + name.length),
      adds: false,
    };
  };

  it('allows every name when nothing restricts', () => {
    const text = 'we have b200 and h200';
    expect(
      readGpuOnlyLists(text, [
        at(text, 'b200', 'B200'),
        at(text, 'h200', 'H200'),
      ]),
    ).toEqual({ allowed: ['B200', 'H200'] });
  });

  it('reads a list joined to a restricted name as one only-list', () => {
    const text = 'a10g, l4 and h200 only';
    const reading = readGpuOnlyLists(text, [
      at(text, 'a10g', 'A10G'),
      at(text, 'l4', 'L4'),
      at(text, 'h200', 'H200'),
    ]);
    expect(reading).toEqual({ allowed: ['A10G', 'L4', 'H200'] });
  });
});

describe('GPU only-lists in a request', () => {
  it('asks which GPUs when two only-lists share no GPU', () => {
    const intent = read(
      'A recipe assistant for 9,000 home cooks. The app may be hosted only on H200 nodes, and the service must also be served exclusively on A10G machines.',
    );
    expect(intent.question).toMatch(/only on H200.*only on A10G/);
  });

  it('asks nothing when the second only-list lies within the first', () => {
    const intent = read(
      'A recipe assistant for 9,000 home cooks, running only on NVIDIA hardware. Of that, only H200 nodes please.',
    );
    expect(intent.question).toBeNull();
  });

  it('reads counts said with "only" as counts, not as two contradicting lists', () => {
    const intent = read(
      'A recipe assistant for 9,000 home cooks; we have only 6 H200s, and only 3 A10Gs.',
    );
    expect(intent.question).toBeNull();
    expect(intent.allowed_gpus).toEqual(['H200', 'A10G']);
  });

  it('leaves a GPU named outside the only-list out of the allowed ones', () => {
    const intent = read(
      'A ticket triage bot for 250 support agents. We are limited to L4 and A10G instances, we benchmarked an earlier version on B200s last spring.',
    );
    expect(intent.allowed_gpus).toEqual(['L4', 'A10G']);
  });

  it('keeps a GPU that adds to the only-list', () => {
    const intent = read(
      'A ticket triage bot for 250 support agents. We only have L4 instances, or B200 if the queue gets long.',
    );
    expect(intent.allowed_gpus).toEqual(['L4', 'B200']);
  });

  it('allows every GPU named when none is restricted', () => {
    const intent = read(
      'A ticket triage bot for 250 support agents on L4 instances; we benchmarked it on B200s.',
    );
    expect(intent.allowed_gpus).toEqual(['L4', 'B200']);
  });

  it('replaces the GPUs of an earlier turn with the only-list of a later one', () => {
    const { intent } = intentFromConversation(
      [
        'Meeting notes summarizer for 700 staff on B200 or H200.',
        'We can only get A10G now, the B200 order was cancelled.',
      ],
      { knowledgeBase },
    );
    expect(intent.allowed_gpus).toEqual(['A10G']);
  });
});

describe('a GPU it must run on, and a plural before "only"', () => {
  it('reads "has to run on the H200" and "L4s only" as only-lists that contradict', () => {
    expect(
      read(
        'A ticket summarizer for 12 agents. We have A10Gs only, that is our whole quota. It has to run on the MI300X box we bought, no discussion.',
      ).question,
    ).toMatch(/only on A10G, and also only on MI300X/);
  });

  it('keeps a GPU it must run on when it is in the only-list, and names said as context', () => {
    const intent = read(
      'A ticket summarizer for 12 agents. We use L40S only. It must run on the L40S nodes in Frankfurt.',
    );
    expect(intent.question ?? '').not.toMatch(/Which GPUs/);
    expect(intent.allowed_gpus).toEqual(['L40S']);
  });
});
