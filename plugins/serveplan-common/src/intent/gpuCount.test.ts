import { extractIntent } from './ruleBasedIntent';
import { countsNotTakenBack, nodesCountedEarlier } from './gpuCount';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('a cap said bare right after the GPUs are named', () => {
  it.each([
    ['support chatbot for 600 staff; L4s (max 6)', 6],
    ['summarise call notes on A100s, at most 16.', 16],
    ['RAG for our wiki, L40S only, 4 max, 300 users', 4],
    ['legal drafting assistant on H200 GPUs only - max of 12', 12],
    ['- code review bot\n- A100s only, 4 max\n- Apache licence', 4],
    ['contract review. Cards: L4 or A10G, 6 max altogether.', 6],
    ['support bot on A100 or H100, at most 10 in total', 10],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it('keeps a cap with a noun after it for that noun', () => {
    const intent = read('chatbot on H100 for 40 users, 8 max concurrent');
    expect(intent.max_gpus).toBeNull();
    expect(intent.users).toBe(40);
  });

  it('leaves a time after "max" to the latency reader', () => {
    const intent = read('chatbot on H100, max 200 ms to first token');
    expect(intent.max_gpus).toBeNull();
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 200, percentile: null },
    ]);
  });

  it('keeps a list line cap with a noun after it for that noun', () => {
    expect(
      read('- chatbot\n- L40S only, 30 max users\n- fast').max_gpus,
    ).toBeNull();
  });

  it('needs the cap next to the name, not in a later sentence or after other counts', () => {
    expect(read('chatbot, H100 only. 300 users, 50 max.').max_gpus).toBeNull();
    expect(read('chatbot on H100 for 300 users, 50 max.').max_gpus).toBeNull();
  });
});

describe('a GPU count taken back and said again', () => {
  it.each([
    'translation service on 6 L40S servers, uh, 6 L40S cards I mean',
    'translation service on 16 H100, sorry, 6 H100',
    'translation service on 4 L40S, or rather 6 L40S',
  ])('%s → 6', text => {
    const intent = read(text);
    expect(intent.max_gpus).toBe(6);
    expect(intent.notes.max_gpus).toMatch(/restated/);
  });

  it('still adds up counts of different GPUs said plainly or in other sentences', () => {
    expect(read('translation service on 8 H100 and 4 L40S').max_gpus).toBe(12);
    expect(
      read(
        'translation service on 8 H100. Sorry for the long message, we also have 4 L40S',
      ).max_gpus,
    ).toBe(12);
  });

  it('decides from the text alone', () => {
    const text = 'we run 4 l40s boxes, er, 4 l40s gpus i mean';
    const ends = [text.indexOf(' boxes'), text.indexOf(' gpus i')];
    expect(countsNotTakenBack(text, [4, 4], ends)).toEqual([4]);
    // a count whose name cannot be found keeps them all
    expect(countsNotTakenBack(text, [4, 4, 2], ends)).toEqual([4, 4, 2]);
  });
});

describe('a GPU count for each of the nodes counted earlier in the sentence', () => {
  it.each([
    [
      'translation service; we may use the 3 A100 servers in the Paris region (4 GPUs apiece)',
      12,
    ],
    ['chatbot for 200 staff on a pair of hosts at our colo, 8 GPUs each', 16],
    [
      'RAG bot, IT lends us 2 machines from the render room with 4 GPUs per machine',
      8,
    ],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it('does not multiply a total or a count each for something else', () => {
    expect(read('chatbot, 2 boxes in Oslo, 8 GPUs in total').max_gpus).toBe(8);
    expect(
      read('platform for 16 tenants on 2 servers in Oslo, 4 GPUs per tenant')
        .max_gpus,
    ).toBe(4);
  });

  it('reads the nodes across a GPU name with digits between', () => {
    expect(
      read('document tagging; IT gives us 3 hosts with A10G, 2 cards each one')
        .max_gpus,
    ).toBe(6);
    expect(nodesCountedEarlier('we rent 4 servers with h200, ', ' each')).toBe(
      4,
    );
    // a count of something else is no GPU name
    expect(nodesCountedEarlier('we rent 4 servers for 20 ', ' each')).toBe(1);
  });

  it('reads the nodes only from the same sentence', () => {
    expect(nodesCountedEarlier('we own 3 servers. then ', ' each')).toBe(1);
    expect(nodesCountedEarlier('we own 3 servers in oslo (', ' each)')).toBe(3);
    expect(nodesCountedEarlier('we own 3 servers in oslo (', ' total)')).toBe(
      1,
    );
  });
});

describe('one GPU said with "single"', () => {
  it.each([
    'private chatbot for my family on a single A10G',
    'a single H100 is all we can rent for the coding assistant',
    'code review bot for 12 devs, running on one single GPU',
  ])('%s', text => {
    expect(read(text).max_gpus).toBe(1);
  });

  it('does not count a single server as one GPU', () => {
    expect(
      read('chatbot for 40 users on a single GPU server with 8 A100s').max_gpus,
    ).toBe(8);
  });
});

describe('a GPU count with a word of condition, or "single" said bare', () => {
  it.each([
    ['support bot for 30 staff; we own three spare L4 cards', 3],
    ['support bot for 30 staff, runs on 2 refurbished H100 GPUs', 2],
    ['support bot for 30 staff, single A10G, Phi-4', 1],
    ['support bot for 30 staff. Hardware: single H100.', 1],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it.each([
    'support bot for 30 staff; two new hires will use the L40S',
    'support bot for 30 staff, a single-tenant setup on H100',
  ])('reads no count in %j', text => {
    expect(read(text).max_gpus).toBeNull();
  });
});

describe('a vague count before the GPU name made exact after it', () => {
  it('reads the exact count', () => {
    expect(
      read(
        'log triage for 50 engineers, we own a couple of spare A100 cards (4 of them)',
      ).max_gpus,
    ).toBe(4);
  });

  it('keeps an exact count before the name', () => {
    expect(
      read('log triage for 50 engineers, we own 2 spare A100 cards, we have 9')
        .max_gpus,
    ).toBe(2);
  });
});

describe('a part of the GPUs named that the work may use', () => {
  it.each([
    [
      'support bot for 900 agents; the lab owns 32 L40S but we can only use 6 of them',
      6,
    ],
    [
      'RAG over manuals on 16 A100s, of which this project can take at most 4',
      4,
    ],
    [
      'a chatbot for 200 staff. we have 12 H100s, and the bot gets to use 3 of those',
      3,
    ],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it('keeps the count when the part is said in another sentence', () => {
    expect(
      read(
        'chatbot for 200 staff on 12 H100s. Last year we could use 3 of them.',
      ).max_gpus,
    ).toBe(12);
  });

  it('keeps the count when the part is not a part of the GPUs', () => {
    expect(
      read('chatbot on 8 H100s for 40 teams, each can use 2 of the tools')
        .max_gpus,
    ).toBe(8);
  });
});

describe('GPU counts with a unit noun or a place between', () => {
  it.each([
    ['quiz maker for 300 pupils, we own 3 pieces of L40S', 3],
    ['quiz maker for 300 pupils on 4 units H100', 4],
    [
      'quiz maker for 300 pupils; only L4 cards in our Azure subscription, 6 at most',
      6,
    ],
    ['quiz maker for 300 pupils on L40S in the Frankfurt region, max 5.', 5],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it.each([
    'quiz maker for 300 pupils; we ran 2 unit tests on L40S',
    'quiz maker for 300 pupils on L40S in our cluster, 16 max concurrent sessions',
  ])('reads no count: %s', text => {
    expect(read(text).max_gpus).toBeNull();
  });
});

describe('a count of the GPUs had, with a cap word after it', () => {
  it.each([
    ['contract review, A100s only, we have 12 max.', 12],
    ['FAQ bot on L40S - we own 3 at most', 3],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it('reads no GPU count when a noun follows the cap', () => {
    expect(
      read('FAQ bot on L40S, we have 30 max concurrent chats').max_gpus,
    ).toBeNull();
  });
});

describe('a bare count of the GPUs named, said as reserved', () => {
  it('reads "we have N reserved" after the GPU name', () => {
    expect(
      extractIntent(
        'chatbot for 300 users, must run on L40S cards, we have 12 reserved',
        {
          knowledgeBase,
        },
      ).max_gpus,
    ).toBe(12);
  });
});

describe('GPUs in each of several servers, "each one"', () => {
  it('multiplies the servers by the cards in each', () => {
    expect(
      extractIntent(
        'agent for 90 inspectors. We have 2 servers, each one with 4 L4 cards, and we cannot buy more.',
        { knowledgeBase: repositoryKnowledge() },
      ).max_gpus,
    ).toBe(8);
  });
});

describe('a cap or a count of cards said after the GPU name', () => {
  it.each([
    ['agent. H100s only, cap 16.', 16],
    ['agent. And we have only L40S, 4 pieces.', 4],
    ['agent. H100 or H200 only; we have quota for 8 GPU maximum.', 8],
    // a cap with the cards named again after it
    ['chat bot. Only A10G, maximum 3 cards.', 3],
    ['agent. H200 only, at most 12 pieces.', 12],
    // past a clause saying the cards are already owned
    [
      'agent. We may run it on the A100 cards that we already have, eight pieces.',
      8,
    ],
    ['chat bot on the H100s which we bought last year, 16 pcs.', 16],
  ])('%s', (text, max) => {
    expect(extractIntent(text, { knowledgeBase }).max_gpus).toBe(max);
  });

  it.each([
    // a count of other things after the owned cards
    'agent on the A100 cards that we already have, 30 users.',
    'chat bot on the L4 cards which we own, up to 200 ms per token.',
  ])('leaves %j', text => {
    expect(extractIntent(text, { knowledgeBase }).max_gpus).toBeNull();
  });
});

describe('a singular "GPU" after a count', () => {
  it.each([
    ['Contract review assistant. At most 3 GPU because of the rack power.', 3],
    ['Claims triage bot; the hospital can pay for one GPU.', 1],
    ['Support bot for 200 agents, 6 GPU in total on our side', 6],
  ])('reads %j as a cap of GPUs', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it.each([
    'Summarise 5,000 tickets a night with a budget of 400 GPU hours a month.',
    'Support bot for 200 agents, we run 2 GPU nodes per replica set.',
  ])('leaves %j, where "GPU" qualifies a noun after it', text => {
    expect(read(text).max_gpus).toBeNull();
  });
});
