import {
  extractIntent,
  Intent,
  refineIntent,
} from '@serveplan/plugin-serveplan-common';
import { realKnowledgeBase } from '../../__testUtils__/knowledgeBase';
import {
  describeEdits,
  draftFromIntent,
  editsNotTaken,
  editsSentence,
  IntentDraft,
  Priority,
  USE_CASES,
} from './intentEdits';

/**
 * The summary's edits travel as words: each phrase must be read back by the real intent engine
 * (the backend's default, offline provider) into exactly the edited value.
 */
describe('intent edits in words', () => {
  const options = { knowledgeBase: realKnowledgeBase() };
  const start = (text: string) => extractIntent(text, options);

  function roundTrip(
    previous: Intent,
    change: (d: IntentDraft) => IntentDraft,
  ) {
    const before = draftFromIntent(previous);
    const after = change({ ...before });
    const edits = describeEdits(before, after);
    expect(edits.length).toBeGreaterThan(0);
    const refined = refineIntent(
      previous,
      editsSentence(edits),
      options,
    ).intent;
    return {
      edits,
      after,
      refined,
      notTaken: editsNotTaken(edits, after, refined),
    };
  }

  const base = 'a support chatbot for 1000 users, budget $3000/month';

  it('reads back numbers, targets, GPUs and licences in one follow-up', () => {
    const { refined, notTaken, edits } = roundTrip(start(base), d => ({
      ...d,
      users: 5000,
      budget_usd_per_month: 4500,
      input_tokens: 1200,
      output_tokens: 300,
      max_input_tokens: 32000,
      ttft_ms: 250,
      itl_ms: 40,
      slo_percentile: 99,
      allowed_gpus: ['L40S', 'H100-SXM'],
      max_gpus: 8,
      open_source_only: true,
    }));
    expect(editsSentence(edits)).toContain('p99 TTFT under 250 ms');
    expect(notTaken).toEqual([]);
    expect(refined.users).toBe(5000);
    expect(refined.latency_targets).toEqual(
      expect.arrayContaining([
        { metric: 'ttft', ms: 250, percentile: 99 },
        { metric: 'itl', ms: 40, percentile: 99 },
      ]),
    );
  });

  it('reads back a request rate and clearing the budget and the GPU list', () => {
    const previous = start(`${base}, only L40S`);
    expect(previous.allowed_gpus).toEqual(['L40S']);
    const { notTaken, refined } = roundTrip(previous, d => ({
      ...d,
      requests_per_s: 12,
      budget_usd_per_month: null,
      allowed_gpus: [],
    }));
    expect(notTaken).toEqual([]);
    expect(refined.requests_per_s).toBe(12);
    expect(refined.budget_usd_per_month).toBeNull();
  });

  it('restates the targets when only the percentile changes', () => {
    const previous = start(`${base}, p95 TTFT under 300 ms`);
    const { edits, notTaken } = roundTrip(previous, d => ({
      ...d,
      slo_percentile: 90,
    }));
    expect(edits.map(e => e.phrase)).toEqual(['p90 TTFT under 300 ms']);
    expect(notTaken).toEqual([]);
  });

  it.each(USE_CASES.map(u => u.id).filter(id => id !== 'chatbot'))(
    'reads back the use case %s',
    id => {
      const { notTaken } = roundTrip(start(base), d => ({
        ...d,
        use_case: id,
      }));
      expect(notTaken).toEqual([]);
    },
  );

  it('reads back the chatbot use case', () => {
    const { notTaken } = roundTrip(
      start('summarize 500 documents a day'),
      d => ({ ...d, use_case: 'chatbot' }),
    );
    expect(notTaken).toEqual([]);
  });

  const levels: Priority[] = ['low', 'medium', 'high'];
  const openers: Record<Priority, string> = {
    low: 'is not important',
    medium: '',
    high: 'is critical',
  };
  for (const field of ['latency', 'cost', 'quality'] as const) {
    for (const from of levels) {
      for (const to of levels.filter(l => l !== from)) {
        it(`reads back ${field} priority ${from} → ${to}`, () => {
          const opener =
            from === 'medium'
              ? ''
              : `, ${
                  field === 'cost' && from === 'low'
                    ? "cost doesn't matter"
                    : `${field} ${openers[from]}`
                }`;
          const previous = start(`a support chatbot for 1000 users${opener}`);
          expect(previous[`${field}_priority`]).toBe(from);
          const { notTaken } = roundTrip(previous, d => ({
            ...d,
            [`${field}_priority`]: to,
          }));
          expect(notTaken).toEqual([]);
        });
      }
    }
  }

  it('reports an edit the engine did not take up', () => {
    const previous = start(base);
    const before = draftFromIntent(previous);
    const after = { ...before, users: 7000 };
    const edits = describeEdits(before, after);
    // The backend answered without the change (e.g. a language model misread it).
    expect(editsNotTaken(edits, after, previous).map(e => e.field)).toEqual([
      'users',
    ]);
  });
});
