import {
  antecedentBefore,
  referentAfter,
  roleIsPeople,
  roleNamedForEarlier,
} from './countReferents';
import { attachNumbers, nounKind } from './numberAttachment';
import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { quantityContext } from './__testUtils__/quantityContext';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const attach = (text: string) => attachNumbers(quantityContext(text));

describe('what a count with no noun of its own refers to', () => {
  it('reads the noun of a partitive and the pronoun of an anaphor', () => {
    expect(referentAfter(' of our l4 cards today')).toMatchObject({
      words: [{ word: 'l4' }, { word: 'cards' }, { word: 'today' }],
    });
    expect(referentAfter(' of them, roughly')).toMatchObject({
      pronoun: 'them',
    });
    expect(referentAfter(' offices')).toBeUndefined();
  });

  it('finds the nearest plural noun before a pronoun, within its sentence', () => {
    expect(
      antecedentBefore('a helper for our field inspectors (roughly ', nounKind),
    ).toMatchObject({ noun: 'inspectors', kind: 'person' });
    // singular nouns and other sentences are not what "them" stands for
    expect(
      antecedentBefore('We hired inspectors. Each inspector checks ', nounKind),
    ).toBeUndefined();
  });

  it('attaches the antecedent as the noun of the count', () => {
    const [r] = attach('a wiki bot for our dispatchers, some 90 of them');
    expect(r).toMatchObject({ value: 90, noun: 'dispatchers', kind: 'person' });
    expect(attach('there are 35 of us')[0]).toMatchObject({
      noun: 'us',
      kind: 'person',
    });
  });

  it('leaves a part of a counted whole alone', () => {
    const readings = attach('we get 4,000 emails a day, 900 of them spam');
    expect(readings[1]).toMatchObject({ value: 900, noun: undefined });
  });
});

describe('people counted by reference', () => {
  it('reads a headcount said after its role noun', () => {
    expect(
      read('a policy assistant for our loan officers, 320 of them').users,
    ).toBe(320);
    expect(
      read('an FAQ bot for the night nurses (about 75 of them)').users,
    ).toBe(75);
    expect(read('a retro summariser, there are 18 of us').users).toBe(18);
  });

  it('reads work done per period by a person as a per-user rate', () => {
    const intent = read(
      'our 40 underwriters review files. Each underwriter checks roughly 6 of those per day.',
    );
    expect(intent.users).toBe(40);
    expect(intent.requests_per_user_per_day).toBe(6);
  });

  it('does not take a part of a volume for users', () => {
    expect(
      read('chatbot; 4,000 emails a day, 900 of them spam').users,
    ).toBeNull();
  });
});

describe('agents and assistants as people or software by their frame', () => {
  it('takes them as people when they are who the system is for', () => {
    expect(roleIsPeople([], 'a triage copilot for ', '')).toBe(true);
    expect(
      read('an FAQ copilot for 650 agents, p95 TTFT under 1 s').users,
    ).toBe(650);
    expect(read('summaries of call logs for 80 assistants').users).toBe(80);
  });

  it('takes them as people by what they do', () => {
    expect(roleIsPeople([], 'we have ', ' who handle billing calls')).toBe(
      true,
    );
  });

  it('takes them as software by a modifier or by what they do', () => {
    expect(roleIsPeople(['autonomous'], 'a runtime for ', '')).toBe(false);
    expect(roleIsPeople([], 'a runtime for ', ' that call our APIs')).toBe(
      false,
    );
    expect(read('a GPU pool for 300 AI agents').users).toBeNull();
    expect(
      read('inference for 300 agents that call internal tools').users,
    ).toBeNull();
  });

  it('needs a frame: a bare count of agents is not read as people', () => {
    expect(roleIsPeople([], 'we run ', ' in production')).toBe(false);
  });
});

describe('a bare count of people at once', () => {
  it('reads "N concurrent" and "N simultaneous" as concurrent users', () => {
    const a = read('helpdesk bot, 220 concurrent, p95 TTFT under 600 ms');
    expect(a.users).toBe(220);
    expect(a.users_kind).toBe('concurrent');
    expect(read('tutor bot with up to 90 simultaneous').users_kind).toBe(
      'concurrent',
    );
  });

  it('rejects more people at once than in total', () => {
    expect(() =>
      read('HR bot, 800 users in total, 1,500 concurrent at peak'),
    ).toThrow(/more people at once/);
    expect(read('HR bot, 800 users in total, 120 concurrent').users).toBe(800);
  });

  it('does not compare sessions, which one person can hold several of', () => {
    expect(() =>
      read('IDE helper for 50 devs, 200 concurrent sessions'),
    ).not.toThrow();
  });
});

describe('GPUs counted by reference', () => {
  it('reads a partitive of GPUs', () => {
    expect(
      read('we may use 24 of our A100 cards for this chatbot').max_gpus,
    ).toBe(24);
  });

  it('reads a cap on "them" in a follow-up about GPUs', () => {
    const { intent } = intentFromConversation(
      [
        'RAG bot for 300 staff, A100 only',
        'hmm, switch to H200',
        'we can use up to 6 of them',
      ],
      { knowledgeBase },
    );
    expect(intent.max_gpus).toBe(6);
  });

  it('does not take an uncapped "them" for GPUs', () => {
    expect(
      read('chatbot for 300 staff; we like 6 of them').max_gpus,
    ).toBeNull();
  });
});

describe('people multiplied by their workload', () => {
  it('counts "N agents x M calls a day each" as people with a per-person rate', () => {
    const i = read('transcript summaries: 400 agents x 50 calls/day each');
    expect(i.users).toBe(400);
    expect(i.requests_per_user_per_day).toBe(50);
  });

  it('does not make software agents people by a rate of tool calls', () => {
    expect(roleIsPeople([], 'run ', ' x 30 tool calls each')).toBe(false);
  });
});

describe('people whose work follows past a comma', () => {
  it('counts "agents, each takes N calls a day" as people', () => {
    const i = read(
      'call notes for our contact centre: 900 agents, each handles about 50 calls a day',
    );
    expect(i.users).toBe(900);
    expect(i.requests_per_user_per_day).toBe(50);
  });

  it('keeps agents that call tools software', () => {
    expect(
      read('workflow runner: 40 agents, each calls our tools 30 times a day')
        .users,
    ).toBeNull();
  });
});

describe('a role noun named earlier as who the system is for', () => {
  it('takes a later count of the same noun as people', () => {
    expect(
      roleNamedForEarlier(
        'assistants',
        [],
        'a scheduling helper for the dental assistants; some ',
        ' in all',
      ),
    ).toBe(true);
    const intent = read(
      'a Q&A copilot for our travel agents to look up visa rules; roughly 450 agents in all, TTFT under 1 s',
    );
    expect(intent.users).toBe(450);
    expect(intent.users_kind).toBe('total');
    expect(
      read('a summariser for our agents, about 1,200 agents across three sites')
        .users,
    ).toBe(1200);
  });

  it('keeps agents software when the earlier mention says so', () => {
    // a software modifier, software verbs after it, compute provisioned for it
    expect(
      roleNamedForEarlier('agents', [], 'a tool for our AI agents. ', ''),
    ).toBe(false);
    expect(
      roleNamedForEarlier(
        'agents',
        [],
        'a gateway for our agents to call tools with; ',
        ' overall',
      ),
    ).toBe(false);
    expect(
      read(
        'an inference cluster for our agents; we run 12 agents, each sending 30 requests a minute',
      ).users,
    ).toBeNull();
  });

  it('keeps the count software when its own frame says so', () => {
    expect(
      read(
        'a support bot for our agents. There are 800 agents that call our APIs',
      ).users,
    ).toBeNull();
    expect(
      roleNamedForEarlier(
        'agents',
        ['autonomous'],
        'a bot for our agents, ',
        '',
      ),
    ).toBe(false);
  });

  it('needs an earlier mention after "for", and a noun that can be either', () => {
    expect(read('we run 50 agents total in production').users).toBeNull();
    expect(
      roleNamedForEarlier('agents', [], 'our agents like it; about ', ' total'),
    ).toBe(false);
    expect(
      roleNamedForEarlier('robots', [], 'a planner for our robots; ', ' total'),
    ).toBe(false);
  });
});

describe('compute provisioned for agents', () => {
  it('does not take who compute is for as people', () => {
    expect(roleIsPeople([], 'a shared GPU pool for ', '')).toBe(false);
    expect(read('inference capacity for 500 agents').users).toBeNull();
  });

  it('still takes who a tool is for as people', () => {
    expect(roleIsPeople([], 'a drafting tool for about ', '')).toBe(true);
  });
});

describe('role nouns followed by what each of them does', () => {
  it('reads people past "and each of them" or "and all of them"', () => {
    expect(
      roleIsPeople([], 'we staff ', ', and each of them answers 30 emails'),
    ).toBe(true);
    expect(roleIsPeople([], '', ' and all of them work weekends')).toBe(true);
  });

  it('reads software past the same words', () => {
    expect(roleIsPeople([], '', ', and each of them calls our APIs')).toBe(
      false,
    );
    expect(roleIsPeople([], '', ', and each of them is a container')).toBe(
      false,
    );
  });
});

describe('agents in a call centre or help desk', () => {
  it('reads agents after a named call centre or help desk as people', () => {
    expect(roleIsPeople(['concurrent'], 'Contact-center copilot: ', ' ')).toBe(
      true,
    );
    expect(roleIsPeople([], 'for the help desk we have ', ' on it')).toBe(true);
    expect(
      read(
        'Contact center copilot: 420 concurrent agents, one lookup every 3 minutes each.',
      ),
    ).toMatchObject({ users: 420, users_kind: 'concurrent' });
  });

  it('keeps agents software when a modifier says so, or with no desk named', () => {
    expect(roleIsPeople(['ai'], 'Call center pilot: ', ' ')).toBe(false);
    expect(roleIsPeople(['concurrent'], 'Research pipeline: ', ' ')).toBe(
      false,
    );
  });

  it('reads a workload multiplied with the × sign', () => {
    expect(roleIsPeople([], 'we have ', ' × 35 calls a day each')).toBe(true);
  });
});
