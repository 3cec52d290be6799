import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { intentFromConversation } from '../conversation';
import { extractIntent } from '../ruleBasedIntent';
import { repositoryKnowledge } from '../__testUtils__/knowledge';
import {
  EVALUATION_HALVES,
  EvaluationCase,
  evaluateIntentEngine,
  formatEvaluationReport,
} from './evaluate';

const cases: EvaluationCase[] = YAML.parse(
  fs.readFileSync(path.join(__dirname, 'requests.yaml'), 'utf8'),
).cases;

describe('intent evaluation set', () => {
  const knowledgeBase = repositoryKnowledge();
  const report = evaluateIntentEngine(cases, c =>
    c.turns
      ? intentFromConversation(c.turns, { knowledgeBase }).intent
      : extractIntent(c.text ?? '', { knowledgeBase }),
  );

  it('has at least 40 labelled requests, in both halves', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter(c => c.half === 2).length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map(c => c.id)).size).toBe(cases.length);
  });

  it('puts every case in a known half', () => {
    expect(
      cases
        .filter(c => !(EVALUATION_HALVES as readonly number[]).includes(c.half))
        .map(c => c.id),
    ).toEqual([]);
  });

  it('reaches at least 95 % field-level accuracy with the built-in engine', () => {
    // eslint-disable-next-line no-console
    console.log(
      `intent engine field-level accuracy\n${formatEvaluationReport(report)}`,
    );
    expect(report.overall.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
