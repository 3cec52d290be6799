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
});
