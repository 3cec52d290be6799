import { withoutContractsAsReasons } from './contractAsReason';
import { readUseCase } from './useCase';

const useCaseOf = (text: string) => readUseCase(text.toLowerCase())?.useCase;

describe('a contract named as the reason for a constraint', () => {
  it('blanks the contract that says why a rule holds, keeping positions', () => {
    const text =
      'owing to a provision in our defence contract, no us-hosted apis are allowed.';
    const out = withoutContractsAsReasons(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/contract|provision/);
    expect(out).toMatch(/no us-hosted apis are allowed/);
    expect(
      withoutContractsAsReasons('the contract with the airline forbids it'),
    ).not.toMatch(/contract/);
  });

  it('leaves contracts that are worked on', () => {
    for (const text of [
      'it reviews supplier contracts for risky terms',
      'we get under 50 contracts a week',
      'summaries per contract should be short',
    ])
      expect(withoutContractsAsReasons(text)).toBe(text);
  });

  it('does not let a contract given as a reason outweigh a retrieval task', () => {
    expect(
      useCaseOf(
        'A helper that searches our 1,200-page maintenance handbook for the mechanics. Under the terms of our airline contract, no hosted APIs may be used.',
      ),
    ).toBe('rag');
    // the same words with the contracts as the documents read: long-document analysis
    expect(
      useCaseOf(
        'A helper that goes through 1,200-page airline contracts and flags risky clauses.',
      ),
    ).toBe('long_document_analysis');
  });
});
