import { withoutDeniedUseCases } from './deniedUseCases';

describe('withoutDeniedUseCases', () => {
  it.each([
    [
      'to be clear it is not autocomplete, they want whole modules',
      'autocomplete',
    ],
    [
      "we don't want chunked retrieval, the model reads every page",
      'retrieval',
    ],
    ['no rag here: the whole contract goes in', 'rag'],
    ['a drafting tool rather than a chatbot', 'chatbot'],
    ['this is not an ai agent, it only writes summaries', 'agent'],
  ])('blanks the denied use case in "%s"', (text, word) => {
    const out = withoutDeniedUseCases(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain(word);
  });

  it.each([
    ['it is not just a chatbot, it also books rooms'],
    ['not sure whether rag helps here'],
    ['a translation service for our manuals'],
    ['no idea if retrieval is needed'],
  ])('leaves "%s" alone', text => {
    expect(withoutDeniedUseCases(text)).toBe(text);
  });
});
