import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const SCALE_QUESTION = /How many users/;

describe('a group or a lab named as the users, with no count', () => {
  it.each([
    'We want a translation service for our toxicology group, prompts up to 8k tokens.',
    'A RAG assistant used by the imaging lab over its protocols.',
    'Code generation for our research groups, quality first.',
  ])('sizes the smallest deployment for %j instead of asking', text => {
    const intent = read(text);
    expect(intent.users).toBeNull();
    expect(intent.question).toBeNull();
  });

  it('keeps the answer over a conversation that says nothing more of the scale', () => {
    const { intent } = intentFromConversation(
      [
        'Drafting a grant-report summarizer for our epidemiology group.',
        'Reports run to about 30k tokens.',
        'No Llama models, please.',
      ],
      { knowledgeBase },
    );
    expect(intent.question).toBeNull();
  });

  it.each([
    // the group's possessive names whose users they are, not the users
    "A chatbot for our retail group's booking desk.",
    // a group of organisations is no team
    'A RAG assistant for a group of hospitals.',
    // a population is not a team: its number decides the plan
    'A summarizer for the employees of our insurance firm.',
  ])('still asks for the scale of %j', text => {
    expect(read(text).question).toMatch(SCALE_QUESTION);
  });
});

describe('a request that says its task is not decided', () => {
  it.each([
    "We're a chain of 30 bakeries with 700 staff and want a private assistant, but we haven't decided what it would do yet.",
    "Our council has 1,200 officers. Honestly we don't know what we'd use it for yet, maybe letters, maybe a chatbot for residents.",
  ])('reads no use case and asks for it in %j', text => {
    const intent = read(text);
    expect(intent.question).toMatch(/What will the model be used for/);
    expect(intent.source.use_case ?? 'default').toBe('default');
  });

  it('asks for the scale when only the hardware is undecided', () => {
    expect(
      read("A chatbot for our nurses; we haven't decided which GPU to buy.")
        .question,
    ).toMatch(SCALE_QUESTION);
  });
});
