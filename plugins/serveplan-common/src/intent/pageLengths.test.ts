import { extractIntent } from './ruleBasedIntent';

describe('the pages of a source searched for answers', () => {
  it.each([
    'an assistant for 200 nurses that searches our 1,500-page clinical handbook for the right protocol',
    'a helper for 60 planners that retrieves passages from the 900-page building code',
    'a bot for 90 agents that looks things up in our 3,000-page product wiki',
  ])('are no context length: %s', text => {
    const intent = extractIntent(text);
    expect(intent.max_input_tokens).toBeNull();
    expect(intent.question).toBeNull();
  });

  it('still make a context length when each document is read whole', () => {
    expect(
      extractIntent(
        'an assistant for 20 lawyers that finds the indemnity clauses in our 150-page supply contracts',
      ).max_input_tokens,
    ).toBe(150 * 600);
  });
});

describe('pages in a RAG request', () => {
  it('reads no longest input from the pages of documents searched', () => {
    expect(
      extractIntent(
        'RAG assistant for our plant engineers over the equipment binders, which are about 300 pages each',
      ).max_input_tokens,
    ).toBeNull();
  });

  it('still reads pages read whole as the longest input', () => {
    expect(
      extractIntent(
        'contract review tool for our lawyers, the leases are about 300 pages each',
      ).max_input_tokens,
    ).toBe(180000);
  });
});
