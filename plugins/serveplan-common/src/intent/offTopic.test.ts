import { isServeplanInputError } from '../errors/ServeplanInputError';
import { looksOffTopic } from './offTopic';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('text about something other than serving a model', () => {
  it.each([
    'Where should we take the visiting partners for dinner on Thursday evening?',
    'Please book two meeting rooms for the quarterly offsite in early March.',
  ])('rejects %j with a specific error', text => {
    let error: unknown;
    try {
      read(text);
    } catch (e) {
      error = e;
    }
    expect(isServeplanInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /does not describe an LLM workload/,
    );
  });

  it.each([
    'chatbot, 100 users',
    'summaries for 30 nurses',
    'colour red yellow',
    'we need an LLM for something',
    'Our team of forty people wants help writing weekly reports for the office',
  ])('does not reject %j', text => {
    expect(() => read(text)).not.toThrow();
  });

  it('judges only whole sentences without any word of the domain', () => {
    expect(
      looksOffTopic('a lunch place near the station for six people please'),
    ).toBe(true);
    expect(
      looksOffTopic(
        'a model to answer questions for six people near the station',
      ),
    ).toBe(false);
    expect(looksOffTopic('lunch place please')).toBe(false);
  });
});
