import { makerModels } from './makerNames';
import { extractIntent } from './ruleBasedIntent';
import { findNameMentions, intentVocabulary } from './vocabulary';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const vocabulary = intentVocabulary(knowledgeBase);
const read = (text: string) => extractIntent(text, { knowledgeBase });

/** Every kb model of the developer, from the kb (not a list written here). */
const byDeveloper = (developer: string) =>
  knowledgeBase.models.filter(m => m.developer === developer).map(m => m.id);
const mistralAi = byDeveloper('Mistral AI');
const mistralFamily = knowledgeBase.models
  .filter(m => m.family === 'mistral')
  .map(m => m.id);

describe('a developer named as the maker of models', () => {
  it('has a developer whose name is also a narrower family', () => {
    // the case this reader exists for: the bare name is the family, the maker has more
    expect(mistralFamily.length).toBeGreaterThan(0);
    expect(mistralAi.length).toBeGreaterThan(mistralFamily.length);
  });

  it.each([
    'code review helper for 45 developers; ideally any Mistral checkpoint',
    'code review helper for 45 developers, we lean towards an open-weight Mistral LLM',
    'code review helper for 45 developers, happy with something released by Mistral',
    'code review helper for 45 developers, Mistral AI is our first choice',
  ])('prefers every model of the developer: %s', text => {
    expect([...read(text).preferred_models].sort()).toEqual(
      [...mistralAi].sort(),
    );
  });

  it('excludes every model of the developer for "no ... model"', () => {
    const intent = read(
      'code review helper for 45 developers; no Mistral model at all',
    );
    expect([...intent.excluded_models].sort()).toEqual([...mistralAi].sort());
  });

  it.each([
    'code review helper for 45 developers, we liked the Mistral model we piloted',
    'code review helper for 45 developers, Mistral would be nice',
    'code review helper for 45 developers, we moved from Mistral to something bigger last year and Mistral is fine',
  ])('keeps the bare name or a definite model the family: %s', text => {
    expect(read(text).preferred_models).toEqual(mistralFamily);
  });

  it('leaves names that are no developer as they are', () => {
    const text = 'we would take a gemma model';
    const [mention] = findNameMentions(text, vocabulary);
    expect(mention.kind).toBe('model_group');
    expect(makerModels(text, mention, vocabulary)).toBeUndefined();
  });
});
