import { extractIntent } from './ruleBasedIntent';
import { COLLECTION_TOKENS, isCollectionSize } from './corpusSize';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('the size of a collection said in tokens', () => {
  it.each([
    'search assistant for 80 paralegals over a case-law corpus of roughly 120M tokens, answers ~400 tokens',
    'support bot for 900 agents; our wiki holds ~300k tokens; replies around 250 tokens',
    'Q&A for 60 engineers over about 3,500,000 tokens of manuals, replies around 250 tokens',
    'Q&A for 60 engineers, the handbooks come to 2.5 million tokens altogether, replies ~250 tokens',
  ])('is no request length: %s', text => {
    const intent = read(text);
    expect(intent.max_input_tokens).toBeNull();
    expect(intent.input_tokens).toBeNull();
    expect(intent.output_tokens).not.toBeGreaterThan(1000);
    expect(intent.assumptions.join(' ')).toMatch(
      /read as the size of the material worked over/,
    );
  });

  it.each([
    // retrieved material in each prompt is the prompt's length
    [
      'RAG for 60 engineers, each query pulls ~5k tokens of documents per question',
      'input_tokens',
      5000,
    ],
    // a chunk of the knowledge base is part of a prompt
    [
      'RAG for 60 engineers, the knowledge base passages are ~700 tokens',
      'input_tokens',
      700,
    ],
    // each document's own length is a length, however long
    [
      'analysis of 40 filings of up to 1,200,000 tokens each for 12 analysts',
      'max_input_tokens',
      1200000,
    ],
  ])('leaves a length of each item alone: %s', (text, field, value) => {
    expect((read(text) as unknown as Record<string, unknown>)[field]).toBe(
      value,
    );
  });

  it('leaves a size that is no size to the length readers, which reject it', () => {
    expect(() => read('RAG for 300 users over a corpus of -5 tokens')).toThrow(
      /"-5" is not a usable/,
    );
  });

  it('needs a named collection below a million tokens', () => {
    const text = 'prompts carry about 900k tokens of policies';
    const at = text.indexOf('900k');
    const end = text.indexOf(' of policies');
    expect(isCollectionSize(text, at, end, 900_000)).toBe(false);
    expect(
      isCollectionSize(
        'prompts carry about 9m tokens of policies',
        20,
        29,
        COLLECTION_TOKENS * 9,
      ),
    ).toBe(true);
  });
});
