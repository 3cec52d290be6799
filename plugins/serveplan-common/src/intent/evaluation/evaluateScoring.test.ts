import { ServeplanInputError } from '../../errors/ServeplanInputError';
import { extractIntent } from '../ruleBasedIntent';
import { repositoryKnowledge } from '../__testUtils__/knowledge';
import { EvaluationCase, evaluateIntentEngine } from './evaluate';

const knowledgeBase = repositoryKnowledge();
const rejecting = () => {
  throw new ServeplanInputError('no words here');
};
const reading = (c: EvaluationCase) =>
  extractIntent(c.text ?? '', { knowledgeBase });

describe('evaluateIntentEngine scoring of rejected requests', () => {
  const rejectCase: EvaluationCase = {
    id: 'x-reject',
    half: 1,
    style: 'bad',
    text: '??',
    expect: { error: true, question: false },
  };

  it('counts "no question" as right when the expected rejection happens', () => {
    const report = evaluateIntentEngine([rejectCase], rejecting);
    expect(report.overall).toMatchObject({ correct: 2, total: 2 });
  });

  it('counts a missed rejection against the error field alone when no question was asked', () => {
    const report = evaluateIntentEngine(
      [{ ...rejectCase, text: 'chatbot for 2,000 users' }],
      reading,
    );
    expect(report.overall).toMatchObject({ correct: 1, total: 2 });
    expect(report.misses.map(m => m.field)).toEqual(['error']);
  });

  it('counts every labelled field wrong, "no question" too, for an unexpected rejection', () => {
    const report = evaluateIntentEngine(
      [
        {
          id: 'x-read',
          half: 1,
          style: 'terse',
          text: 'chatbot for 2,000 users',
          expect: { question: false, users: 2000 },
        },
      ],
      rejecting,
    );
    expect(report.overall).toMatchObject({ correct: 0, total: 2 });
  });

  it('scores the other labelled fields of an expected rejection against what it says was read', () => {
    const text =
      'translation service: 40 staff in all, 90 of them at once at peak';
    const contradiction: EvaluationCase = {
      id: 'x-contradiction',
      half: 1,
      style: 'numbers',
      text,
      expect: { error: true, question: false, use_case: 'translation' },
    };
    const report = evaluateIntentEngine([contradiction], reading);
    expect(report.overall).toMatchObject({ correct: 3, total: 3 });
    // the reading holds what the text stated, not the numbers in conflict
    let thrown: unknown;
    try {
      reading(contradiction);
    } catch (e) {
      thrown = e;
    }
    expect((thrown as ServeplanInputError).reading).toMatchObject({
      use_case: 'translation',
    });
    expect((thrown as ServeplanInputError).reading).not.toHaveProperty('users');
    // a rejection that says nothing of what it read gets those fields wrong
    const silent = evaluateIntentEngine([contradiction], rejecting);
    expect(silent.overall).toMatchObject({ correct: 2, total: 3 });
    expect(silent.misses.map(m => m.field)).toEqual(['use_case']);
  });

  it('does not score a reading when the rejection was not expected', () => {
    const report = evaluateIntentEngine(
      [
        {
          id: 'x-unexpected',
          half: 1,
          style: 'numbers',
          text: 'translation service: 40 staff in all, 90 of them at once at peak',
          expect: { question: false, use_case: 'translation' },
        },
      ],
      reading,
    );
    expect(report.overall).toMatchObject({ correct: 0, total: 2 });
  });
});
