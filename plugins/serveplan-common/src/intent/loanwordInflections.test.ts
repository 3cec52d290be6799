import { readInflectedLoanwords } from './loanwordInflections';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const english = (text: string) => readInflectedLoanwords(text).text;

describe('international words with the endings of another language', () => {
  it.each([
    ['3500 tokenit', '3500 tokens'],
    ['do 8k tokenov', 'do 8k tokens'],
    ['apie 200 tokenų', 'apie 200 tokens'],
    ['800 dollarit kuus', '800 dollars kuus'],
    ['2500 dolárov', '2500 dollars'],
    ['45 developerů', '45 developers'],
    ['~150 operatorių', '~150 operators'],
    ['latencia je kritická', 'latency je critical'],
    ['la latència és crítica', 'la latency és critical'],
    ['sumarizácia hovorov', 'summarization hovorov'],
    ['rozpočet a budžet', 'rozpočet a budget'],
  ])('%s → %s', (text, expected) => {
    expect(english(text)).toBe(expected);
  });

  it('leaves English forms of the same stems alone', () => {
    const text =
      'tokenized text, tokens, a tokenizer, dollars, modeled, 5 models, summarize, a summarizer, summarized, latent, critical, critics, an agent';
    expect(english(text)).toBe(text);
  });

  it('reads people and things only after a count', () => {
    expect(english('agenti a modely')).toBe('agent a modely');
    expect(english('12 agenti a 3 modely')).toBe('12 agents a 3 models');
  });

  it('lets a request in a language no table covers be read', () => {
    const intent = read(
      'summarization of calls, 4000 calls a day, transcript avg 3500 tokenit, summary ~150 tokenit, max 800 dollarit',
    );
    expect(intent.output_tokens).toBe(150);
    expect(intent.budget_usd_per_month).toBe(800);
  });
});
