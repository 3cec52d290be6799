import {
  extractIntent,
  ServeplanInputError,
} from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import { inputErrorMessage } from './inputErrorMessage';

const knowledgeBase = loadKnowledgeBaseSync();
const rejection = (text: string) => {
  try {
    extractIntent(text, { knowledgeBase });
  } catch (e) {
    return e as ServeplanInputError;
  }
  throw new Error(`"${text}" was not rejected`);
};

describe('inputErrorMessage', () => {
  it('adds what was read of words rejected for numbers that contradict each other', () => {
    const message = inputErrorMessage(
      rejection('translation service: 40 staff in all, 90 of them at once'),
    );
    expect(message).toMatch(/more people at once than the 40 users in all/);
    expect(message).toMatch(/\n {2}read so far: use case: translation/);
  });

  it('is the message alone when nothing was read', () => {
    expect(inputErrorMessage(rejection('   '))).not.toMatch(/read so far/);
  });
});
