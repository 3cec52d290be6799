import {
  correctionStart,
  intentBesideRejection,
  intentFromConversation,
  refineIntent,
} from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const start = (text: string) => extractIntent(text, { knowledgeBase });
const refine = (text: string, followUp: string) =>
  refineIntent(start(text), followUp, { knowledgeBase });

describe('refineIntent', () => {
  it('replaces a stated number and says what changed', () => {
    const { intent, changes } = refine(
      'chatbot for 1000 users',
      'now 5000 users',
    );
    expect(intent.users).toBe(5000);
    expect(changes).toEqual(['users: 1,000 → 5,000']);
  });

  it('steps a priority with "make it cheaper" and "latency matters less"', () => {
    expect(
      refine('chatbot for 1000 users', 'make it cheaper').intent.cost_priority,
    ).toBe('high');
    const first = start('chatbot for 1000 users, low latency');
    expect(first.latency_priority).toBe('high');
    expect(
      refineIntent(first, 'latency matters less', { knowledgeBase }).intent
        .latency_priority,
    ).toBe('medium');
  });

  it('restricts GPUs with "only L40S" and adds with "also"', () => {
    const only = refine('chatbot for 1000 users on A100 or H100', 'only L40S');
    expect(only.intent.allowed_gpus).toEqual(['L40S']);
    const also = refineIntent(only.intent, 'also allow H200', {
      knowledgeBase,
    });
    expect(also.intent.allowed_gpus).toEqual(['L40S', 'H200']);
  });

  it('moves every target to the new percentile with "p99 instead of p95"', () => {
    const { intent, changes } = refine(
      'chatbot for 1000 users, p95 TTFT under 300 ms and ITL under 50 ms',
      'p99 instead of p95',
    );
    expect(intent.slo_percentile).toBe(99);
    expect(intent.latency_targets.every(t => t.percentile === 99)).toBe(true);
    expect(changes.join(' ')).toMatch(/SLO percentile: p95 → p99/);
  });

  it('adds exclusions and removes them from the preferred models', () => {
    const { intent } = refine(
      'chatbot for 1000 users, prefer Llama 3.1 8B or Qwen3 8B',
      'no Llama models',
    );
    expect(intent.excluded_models).toContain(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
    expect(intent.preferred_models).toEqual(['Qwen/Qwen3-8B']);
  });

  it('resolves a model named by its size among the models preferred so far', () => {
    // 70B is the size of several kb models (Llama 3.1 and 3.3): the conversation says which
    const { intent } = refine(
      'chatbot for 800 staff, Llama 3.3 70B or Llama 3.1 8B',
      'drop the 70B one',
    );
    expect(intent.excluded_models).toEqual([
      'meta-llama/Llama-3.3-70B-Instruct',
    ]);
    expect(intent.preferred_models).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
    ]);
    expect(intent.question).toBeNull();
  });

  it('ends a window said earlier when a follow-up moves only its end', () => {
    const { intent } = intentFromConversation(
      [
        'nightly batch: classify 60k claims between 11pm and 4am, cheapest option',
        'update: the window was extended to 6am',
      ],
      { knowledgeBase },
    );
    expect(intent.batch_window_hours).toBe(7);
    // without the earlier message there is no start to measure from
    expect(
      refineIntent(
        start('nightly batch: classify 60k claims, cheapest option'),
        'update: the window was extended to 6am',
        { knowledgeBase },
      ).intent.batch_window_hours,
    ).toBeNull();
  });

  it('changes the use case and re-derives the priorities that followed it', () => {
    const first = start('RAG assistant for 200 analysts');
    expect(first.latency_priority).toBe('medium');
    const { intent, changes } = refineIntent(
      first,
      "actually it's for code completion",
      { knowledgeBase },
    );
    expect(intent.use_case).toBe('code_completion');
    expect(intent.latency_priority).toBe('high');
    expect(intent.users).toBe(200);
    expect(changes).toEqual(
      expect.arrayContaining(['use case: rag → code completion']),
    );
  });

  it('does not let a loose word in a follow-up change the use case', () => {
    expect(
      refine('code completion for 500 devs', 'the docs say 32k context').intent
        .use_case,
    ).toBe('code_completion');
  });

  it('scales the traffic', () => {
    expect(
      refine('chatbot for 3000 users', 'double the users').intent.users,
    ).toBe(6000);
    expect(
      refine('chatbot, 40 req/s peak', '3x the traffic').intent.requests_per_s,
    ).toBe(120);
  });

  it('drops the budget on request', () => {
    const { intent } = refine(
      'chatbot for 100 users, $5k/month',
      'no budget limit',
    );
    expect(intent.budget_usd_per_month).toBeNull();
  });

  it('replaces a latency target of the same metric and keeps the others', () => {
    const { intent } = refine(
      'chatbot for 100 users, TTFT under 300 ms, ITL under 50 ms',
      'TTFT under 200 ms',
    );
    expect(intent.latency_targets).toEqual(
      expect.arrayContaining([
        { metric: 'ttft', ms: 200, percentile: null },
        { metric: 'itl', ms: 50, percentile: null },
      ]),
    );
    expect(intent.latency_targets).toHaveLength(2);
  });

  it('answers the question the first turn asked', () => {
    const first = start('a chatbot for our helpdesk');
    expect(first.question).toMatch(/How many users/);
    const { intent } = refineIntent(first, '2,000 users', { knowledgeBase });
    expect(intent.users).toBe(2000);
    expect(intent.question).toBeNull();
  });

  it('asks when a follow-up changes nothing it understands', () => {
    const { intent, changes } = refine(
      'chatbot for 100 users',
      'hmm, interesting',
    );
    expect(changes).toEqual([]);
    expect(intent.question).toMatch(/did not find a change/);
  });

  it('keeps assumptions of earlier turns that still apply', () => {
    const { intent } = refine(
      'chatbot for a few hundred users',
      'make it cheaper',
    );
    expect(intent.assumptions.join(' ')).toMatch(/a few hundred/);
    expect(intent.assumptions).not.toContain(
      'cost priority not stated: medium',
    );
  });
});

describe('intentFromConversation', () => {
  it('corrects a number the rate was made from by reading the earlier words again', () => {
    const converse = (...turns: string[]) =>
      intentFromConversation(turns, { knowledgeBase });
    const before = converse(
      'we have 300 law firms as customers, each sends about 3 contract reviews a week',
    ).intent;
    const { intent, changes } = converse(
      'we have 300 law firms as customers, each sends about 3 contract reviews a week',
      "forget the 300, it's 120 firms",
    );
    // 120 firms × 3 a week, not 300 × 3
    expect(intent.requests_per_s).toBeCloseTo(
      (before.requests_per_s ?? 0) * (120 / 300),
      8,
    );
    expect(intent.notes.requests_per_s).toContain(
      'the earlier 300 read as 120',
    );
    expect(intent.question).toBeNull();
    expect(changes.join(' ')).toMatch(/requests per second/);
  });

  it('leaves the earlier words alone when the number is said twice or a field holds it', () => {
    const converse = (...turns: string[]) =>
      intentFromConversation(turns, { knowledgeBase }).intent;
    // two 300s: which one is meant would be a guess
    const twice = converse(
      '300 firms, each sends 3 reviews a week; budget 300 dollars a month',
      "forget the 300, it's 120",
    );
    expect(twice.requests_per_s).toBeCloseTo(900 / (7 * 86400), 8);
    // the users field held it: corrected there, the per-user rate stays
    const users = converse(
      'support chatbot for 5000 users, 10 questions each a day',
      "forget the 5000, it's 800 users",
    );
    expect(users.users).toBe(800);
    expect(users.requests_per_user_per_day).toBe(10);
  });

  it('folds every turn', () => {
    const { intent, changes } = intentFromConversation(
      [
        'chatbot for 1000 users, p95 TTFT under 400 ms',
        'now 5000 users',
        'p99 instead of p95',
        'make it cheaper',
      ],
      {
        knowledgeBase,
      },
    );
    expect(intent).toMatchObject({
      users: 5000,
      slo_percentile: 99,
      cost_priority: 'high',
      question: null,
    });
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 400, percentile: 99 },
    ]);
    expect(changes).toEqual(['cost priority: medium → high']);
  });
});

describe('follow-ups that restate a number', () => {
  it('corrects the field the bare number is close to', () => {
    const { intent, changes } = refine(
      'chatbot for 1,200 users',
      'sorry, I meant 1.5k',
    );
    expect(intent.users).toBe(1500);
    expect(changes).toEqual(['users: 1,200 → 1,500']);
  });

  it('asks when the number is close to several fields', () => {
    const { intent } = refine(
      'chatbot for 1,200 users, budget $1,000 a month',
      'change it to 1100',
    );
    expect(intent.users).toBe(1200);
    expect(intent.question).toMatch(/users or the monthly budget/);
  });

  it('moves the budget with "lower the budget to"', () => {
    expect(
      refine('chatbot for 100 users, $9k a month', 'lower the budget to 6k')
        .intent.budget_usd_per_month,
    ).toBe(6000);
  });

  it('applies a bare corrected number to the field it is clearly closest to', () => {
    const { intent, changes } = refine(
      'internal support chatbot for 300 employees, budget $4k/month',
      'sorry, I meant 4.5k',
    );
    expect(intent.budget_usd_per_month).toBe(4500);
    expect(intent.users).toBe(300);
    expect(intent.question).toBeNull();
    expect(changes).toEqual(['budget (USD/month): 4,000 → 4,500']);
  });
});

describe('follow-ups that lift or widen a model restriction', () => {
  const chinese = knowledgeBase.models
    .filter(m => m.developer_country.code === 'CN')
    .map(m => m.id);

  it('lifts an origin exclusion named by its country', () => {
    const first = start('contract Q&A for 120 paralegals, no Chinese models');
    expect(first.excluded_models).toEqual(expect.arrayContaining(chinese));
    const { intent } = refineIntent(
      first,
      'legal signed off, remove the China ban',
      { knowledgeBase },
    );
    expect(intent.excluded_models).toEqual([]);
    // lifted, not asked for
    expect(intent.preferred_models).toEqual([]);
  });

  it('lifts only what the restriction names', () => {
    const first = start(
      'contract Q&A for 120 paralegals, no Chinese models and no Mixtral',
    );
    const { intent } = refineIntent(first, 'forget the Chinese restriction', {
      knowledgeBase,
    });
    expect(intent.excluded_models).toEqual([
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
  });

  it('lifts nothing in a first request', () => {
    expect(
      start('contract Q&A for 120 paralegals, drop the China restriction')
        .excluded_models,
    ).toEqual([]);
  });

  it('widens an only-list while the preference stays', () => {
    const first = start('FAQ bot for 300 staff, phi-4 only');
    expect(first.only_preferred_models).toBe(true);
    const { intent } = refineIntent(
      first,
      'we are open to other models too, not only phi',
      { knowledgeBase },
    );
    expect(intent.only_preferred_models).toBe(false);
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
  });

  it('keeps the only-list when other models are refused', () => {
    const first = start('FAQ bot for 300 staff, phi-4 only');
    const { intent } = refineIntent(
      first,
      'we will not consider other models, and now 400 staff',
      { knowledgeBase },
    );
    expect(intent.only_preferred_models).toBe(true);
  });
});

describe('a percentile said beside a restated time', () => {
  it('moves the target to the percentile said in the follow-up', () => {
    const { intent } = intentFromConversation(
      [
        'assistant for 800 nurses, TTFT under 500 ms at p90',
        'we actually report at p99, still 500 ms',
      ],
      { knowledgeBase },
    );
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 500, percentile: 99 },
    ]);
    expect(intent.slo_percentile).toBe(99);
  });

  it('keeps the earlier percentile when the follow-up names none', () => {
    const { intent } = intentFromConversation(
      ['assistant for 800 nurses, TTFT under 500 ms at p90', 'make it 400 ms'],
      { knowledgeBase },
    );
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 400, percentile: 90 },
    ]);
  });
});

describe('a follow-up that refuses an origin', () => {
  const american = knowledgeBase.models
    .filter(m => m.developer_country.code === 'US')
    .map(m => m.id)
    .sort();

  it('excludes the origin and keeps the model the follow-up picks', () => {
    const { intent } = intentFromConversation(
      [
        'tutoring chatbot for 2,000 students',
        'We were thinking of Llama 3.1 8B.',
        'Actually the ministry will not permit American models. Use Mistral 7B then.',
      ],
      { knowledgeBase },
    );
    expect([...intent.excluded_models].sort()).toEqual(american);
    expect(intent.preferred_models).toEqual([
      'mistralai/Mistral-7B-Instruct-v0.3',
    ]);
  });

  it('refuses by a pronoun only the model of its own turn', () => {
    const first = start('tutoring chatbot for 2,000 students on Phi-4');
    const { intent } = refineIntent(
      first,
      'A teacher had a bad run with Gemma 3 27B, so skip that.',
      { knowledgeBase },
    );
    expect(intent.excluded_models).toEqual(['google/gemma-3-27b-it']);
    expect(intent.preferred_models).toEqual(['microsoft/phi-4']);
  });
});

describe('a follow-up that only sets a priority', () => {
  it('is a change, not a turn without one', () => {
    const { intent, changes } = intentFromConversation(
      [
        'Tag 200k support emails by topic overnight, 8 hour window, on L40S.',
        'Prioritise price, this is a pet project.',
      ],
      { knowledgeBase },
    );
    expect(intent.cost_priority).toBe('high');
    expect(intent.question).toBeNull();
    expect(changes).toEqual(['cost priority: medium → high']);
  });

  it('still asks when the follow-up names an aspect without saying how much it matters', () => {
    const { intent } = refine('chatbot for 100 users', 'what about latency?');
    expect(intent.question).toMatch(/did not find a change/);
  });
});

describe('users said as "actives" in the first message', () => {
  it('keeps them through follow-ups and asks nothing about users', () => {
    const { intent } = intentFromConversation(
      [
        'Support chat for our insurance app, 12,000 monthly actives, p90 TTFT 800 ms.',
        'Legal says no Llama models.',
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(12000);
    expect(intent.users_kind).toBe('monthly_active');
    expect(intent.question).toBeFalsy();
  });
});

describe('a time with no metric in a follow-up', () => {
  it('restates the one target the conversation has', () => {
    const { intent } = intentFromConversation(
      [
        'document summarizer for 80 paralegals, first token p90 under 2 s',
        'ok, p95 then, and 1.5 s',
      ],
      { knowledgeBase },
    );
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 1500, percentile: 95 },
    ]);
    expect(intent.question).toBeFalsy();
    expect(
      refine(
        'support chatbot for 2k users, end-to-end under 5 s at p90',
        "let's tighten it: 3.5 s",
      ).intent.latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 3500, percentile: 90 }]);
  });

  it('follows the use case when the conversation has targets of several metrics', () => {
    expect(
      refine(
        'document summarizer for 80 paralegals, first token under 2 s and 50 ms per token',
        'actually 6 s',
      ).intent.latency_targets,
    ).toContainEqual({ metric: 'e2e', ms: 6000, percentile: null });
  });

  it('keeps a metric the follow-up names', () => {
    expect(
      refine(
        'document summarizer for 80 paralegals, first token under 2 s',
        'and end to end under 9 s',
      ).intent.latency_targets,
    ).toEqual([
      { metric: 'ttft', ms: 2000, percentile: null },
      { metric: 'e2e', ms: 9000, percentile: null },
    ]);
  });
});

describe('people counted in a follow-up, read with the earlier messages', () => {
  it('takes a count whose noun an earlier message makes the users', () => {
    const { intent } = intentFromConversation(
      ['A helpdesk assistant for our field agents.', 'There are 650 agents.'],
      { knowledgeBase },
    );
    expect(intent.users).toBe(650);
  });

  it('then lets a restated number with thousands correct it', () => {
    const { intent } = intentFromConversation(
      [
        'A helpdesk assistant for our field agents.',
        'There are 650 agents.',
        'Actually make that 1,150 - a new region is joining.',
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(1150);
    expect(intent.question).toBeFalsy();
  });

  it('does not take a count of other things for the users', () => {
    const { intent } = intentFromConversation(
      ['A chatbot for our call-centre agents.', 'We run 12 GPUs today.'],
      { knowledgeBase },
    );
    expect(intent.users).toBeNull();
  });
});

describe('a share in a follow-up of the people counted before', () => {
  const talk = (...turns: string[]) =>
    intentFromConversation(turns, { knowledgeBase }).intent;

  it('reads "N % of them" on a day as the active share', () => {
    const intent = talk(
      'An HR assistant for our retail chain, around 8,000 shop staff.',
      'Probably 15% of them open it on a typical day.',
    );
    expect(intent.users).toBe(8000);
    expect(intent.active_share).toBe(0.15);
  });

  it('does not read a share of other things as the share of people', () => {
    const intent = talk(
      'An HR assistant for 8,000 shop staff; they send about 5,000 questions a day.',
      'Roughly 15% of them are about payroll.',
    );
    expect(intent.active_share).toBeNull();
  });
});

describe('a restated count with its period', () => {
  const talk = (...turns: string[]) =>
    intentFromConversation(turns, { knowledgeBase }).intent;

  it('corrects the users said per day', () => {
    const intent = talk(
      'A concierge chatbot for our cruise line.',
      'Something like 3,000 passengers a day will ask it things.',
      'Oops, make that 4,200 daily - a new ship joins in May.',
    );
    expect(intent.users).toBe(4200);
  });

  it('reads a count of people a day restated as the people only, not also a rate', () => {
    const intent = talk(
      'A concierge chatbot for our cruise line.',
      'Something like 3,000 passengers a day will ask it things.',
      'Actually 4,200 a day.',
    );
    expect(intent.users).toBe(4200);
    expect(intent.requests_per_s).toBeNull();
  });

  it('corrects the users said per day after "closer to"', () => {
    const intent = talk(
      'A concierge chatbot for our cruise line.',
      'Something like 3,000 passengers a day will ask it things.',
      "Hm, the bookings team says it's closer to 3,800 a day.",
    );
    expect(intent.users).toBe(3800);
  });

  it('corrects a rate over the same period', () => {
    const intent = talk(
      'Summaries of support tickets, 200 tickets per hour.',
      'Actually make that 260 an hour.',
    );
    expect(intent.requests_per_s).toBeCloseTo(260 / 3600, 6);
  });

  it('corrects the requests each person sends a day, with no rate of its own', () => {
    const intent = talk(
      'A helper that writes product blurbs for our merchants.',
      'Roughly 800 merchants, each asks for about 10 a day.',
      'Change it to 14 a day, please.',
    );
    expect(intent.requests_per_user_per_day).toBe(14);
    expect(intent.requests_per_s).toBeNull();
    expect(intent.users).toBe(800);
  });

  it('corrects the users, not the per-person rate, for a count near the users', () => {
    const intent = talk(
      'A helper that writes product blurbs for our merchants.',
      'Roughly 800 merchants, each asks for about 10 a day.',
      'Actually make that 950 a day.',
    );
    expect(intent.users).toBe(950);
    expect(intent.requests_per_user_per_day).toBe(10);
  });

  it('leaves the users alone for a count per minute', () => {
    const intent = talk('A chatbot for 50 agents.', 'make that 60 per minute');
    expect(intent.users).toBe(50);
  });
});

describe('a restated percentage corrects the active share', () => {
  it('replaces the share said before', () => {
    const { intent } = intentFromConversation(
      [
        'assistant for 40k library members, around 3% of them use it on a given day',
        'Hmm, make that 6 percent - exams are coming.',
      ],
      { knowledgeBase },
    );
    expect(intent.active_share).toBe(0.06);
  });

  it('leaves a percentage alone when no share was said', () => {
    const { intent } = intentFromConversation(
      ['assistant for 40k library members', 'actually 6%.'],
      { knowledgeBase },
    );
    expect(intent.active_share).toBeNull();
  });
});

describe('corrections that name the value they replace', () => {
  it('replaces the field whose value is the number after "not"', () => {
    const { intent } = intentFromConversation(
      [
        'A help-desk assistant for our field engineers.',
        'About 600 engineers use it every day.',
        "Apologies, that's 450 engineers a day, not 600.",
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(450);
    expect(intent.question).toBeNull();
  });

  it('leaves the intent alone when no value matches the replaced number', () => {
    const { intent } = intentFromConversation(
      [
        'A help-desk assistant for our field engineers.',
        'About 600 engineers use it every day.',
        'The manuals are 300 pages, not 30.',
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(600);
  });

  it('reads "change <label> -> <value>" as the labelled value', () => {
    const { intent } = intentFromConversation(
      [
        'use_case: chatbot\nusers: 800 weekly',
        'change users -> 2.5k daily. no other changes',
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(2500);
    expect(intent.users_kind).toBe('daily_active');
  });
});

describe('a first message rejected for what it says, then corrected', () => {
  const contradictory =
    'a translation service for our clinics, budget $4k a month: 40 staff in all, 90 of them at once';

  it('keeps what the rejected message said beside the numbers in conflict', () => {
    expect(() => start(contradictory)).toThrow(/more people at once/);
    const kept = intentBesideRejection(contradictory, { knowledgeBase })!;
    expect(kept.use_case).toBe('translation');
    expect(kept.budget_usd_per_month).toBe(4000);
    expect(kept.source.users ?? 'default').toBe('default');
    expect(kept.assumptions.join(' ')).toMatch(/not planned as written/);
  });

  it('leaves out a field rejected as out of bounds, and names it', () => {
    const kept = intentBesideRejection(
      'RAG bot for 2,000 users, budget $0/month',
      { knowledgeBase },
    )!;
    expect(kept.users).toBe(2000);
    expect(kept.use_case).toBe('rag');
    expect(kept.source.budget_usd_per_month ?? 'default').toBe('default');
    expect(kept.assumptions.join(' ')).toMatch(/left out of it: .*budget/i);
  });

  it('keeps nothing of text that is no request', () => {
    expect(intentBesideRejection('!!! ??? 123', { knowledgeBase })).toBe(
      undefined,
    );
    expect(intentBesideRejection('asdf qwer zxcv', { knowledgeBase })).toBe(
      undefined,
    );
  });

  it('reads a conversation whose first message is corrected by the next', () => {
    const { intent } = intentFromConversation(
      [contradictory, 'sorry, 20 at once'],
      { knowledgeBase },
    );
    expect(intent.use_case).toBe('translation');
    expect(intent.budget_usd_per_month).toBe(4000);
    expect(intent.users).toBe(20);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('starts afresh after a first message of which nothing can be kept', () => {
    const { intent } = intentFromConversation(
      ['asdf qwer zxcv', 'a chatbot for 300 nurses'],
      { knowledgeBase },
    );
    expect(intent.use_case).toBe('chatbot');
    expect(intent.users).toBe(300);
  });

  it('says where a correction starts: the kept reading, alone, or nothing kept', () => {
    const corrected = correctionStart(contradictory, 'sorry, 20 at once', {
      knowledgeBase,
    });
    expect(corrected.base?.use_case).toBe('translation');
    expect(corrected.rejection).toMatch(/more people at once/);
    // the rejected message edited and sent again is read on its own
    const edited = correctionStart(
      contradictory,
      'a translation service for our clinics, budget $4k a month: 40 staff in all, 25 of them at once',
      { knowledgeBase },
    );
    expect(edited.base).toBeUndefined();
    expect(edited.nothingKept).toBe(false);
    const none = correctionStart('!!! ??? 123', 'a chatbot for 300 nurses', {
      knowledgeBase,
    });
    expect(none.base).toBeUndefined();
    expect(none.nothingKept).toBe(true);
    expect(none.rejection).toMatch(/has no words/);
  });

  it('still rejects a lone first message', () => {
    expect(() =>
      intentFromConversation([contradictory], { knowledgeBase }),
    ).toThrow(/more people at once/);
  });
});

describe('a follow-up that counts more people at once than the first message counts in all', () => {
  it('is rejected as the conversation read as one text is', () => {
    expect(() =>
      intentFromConversation(
        [
          'a benefits assistant for our 250 staff, $1k a month',
          'we think 900 of them will be on it at the same time in January',
        ],
        { knowledgeBase },
      ),
    ).toThrow(/more people at once/);
  });
  it('is rejected when the follow-up names the same people again', () => {
    expect(() =>
      intentFromConversation(
        [
          'a handbook assistant for the dispatchers of our depot',
          'we are 18 dispatchers, both shifts together',
          'at the winter peak maybe 40 dispatchers use it at the same moment',
        ],
        { knowledgeBase },
      ),
    ).toThrow(/more people at once/);
  });
  it('still takes a correction of the headcount', () => {
    expect(
      intentFromConversation(
        ['a benefits assistant for our 250 staff', 'actually 900 staff'],
        { knowledgeBase },
      ).intent.users,
    ).toBe(900);
  });
});

describe('a chain of corrections of earlier numbers', () => {
  // each correction reads the conversation before it again, once: corrections inside that
  // re-reading are not re-read in turn (with them, twelve turns would take 2^12 re-readings and
  // run past the timeout)
  it('reads each correction once, and the last one wins', () => {
    const turns = [
      'we have 300 law firms as customers, each sends about 3 contract reviews a week',
    ];
    for (let i = 0; i < 12; i++)
      turns.push(`forget the ${300 + i}, it's ${301 + i} firms`);
    const { intent } = intentFromConversation(turns, { knowledgeBase });
    expect(intent.requests_per_s).toBeCloseTo((312 * 3) / (7 * 86400), 8);
  }, 30000);
});

describe('a count restated with the noun it counted', () => {
  const converse = (...turns: string[]) =>
    intentFromConversation(turns, { knowledgeBase }).intent;

  it('replaces the earlier count of that noun, whatever field it went into', () => {
    // "agents" alone may be software; the earlier words made them the users
    expect(
      converse(
        'we run the helpdesk: an assistant to draft replies for our 120 agents',
        'sorry, make that 150 agents',
      ).users,
    ).toBe(150);
    // the branches made a rate, not the users
    const before = converse(
      'summaries of the daily reports of our 40 branches, each sends 20 a day',
    );
    const after = converse(
      'summaries of the daily reports of our 40 branches, each sends 20 a day',
      'correction: 60 branches',
    );
    expect(after.requests_per_s).toBeCloseTo(
      (before.requests_per_s ?? 0) * 1.5,
      6,
    );
  });

  it("rejects a restated count its field's reader rejects, with that reader's error", () => {
    expect(() =>
      converse(
        'we run the helpdesk: an assistant to draft replies for our 120 agents',
        'sorry, make that 0 agents',
      ),
    ).toThrow(/"0 agents": the number of users must be at least 1/);
  });

  it('adds nothing when the count is more of them, or some of them', () => {
    expect(
      converse(
        'we run the helpdesk: an assistant to draft replies for our 120 agents',
        'actually another 30 agents',
      ).users,
    ).toBe(120);
    expect(
      converse(
        'we run the helpdesk: an assistant to draft replies for our 120 agents',
        'now 10 agents are on nights',
      ).users,
    ).toBe(120);
  });
});

describe('a bare number after "correction:"', () => {
  it('corrects the field it is close to', () => {
    const { intent } = refine(
      'batch job: classify 2.5M support logs overnight',
      'correction: 3M',
    );
    expect(intent.batch_requests).toBe(3_000_000);
  });
});

describe('a follow-up that denies the number it corrects', () => {
  it('takes the new number, not the denied one it also says', () => {
    const { intent } = refine(
      'assistant for our dispatchers, about 80 of them',
      'correction: it is not 80 dispatchers, it is 110, I forgot the weekend team',
    );
    expect(intent.users).toBe(110);
  });
});
