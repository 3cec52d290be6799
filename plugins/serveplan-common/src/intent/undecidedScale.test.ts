import { undecidedScaleQuestion } from './undecidedScale';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

describe('a scale the writer has not settled, given as alternatives', () => {
  it.each([
    'not sure yet who gets it: could be our 12 dispatchers, could be 4,000 if the city opens it to residents.',
    'Traffic: no idea at this stage. Might be fifty a week, might be five thousand, it depends on the tender.',
    'The ops lead says we get 40 requests a minute at the busiest hour. Finance thinks it is more like 40 an hour. I cannot get either of them to commit.',
    'In one meeting it was the 15 editors, maybe more; in the next, all 90k subscribers of the newsletter. I honestly do not know which one we are building for.',
  ])('asks which scale is meant: %s', text => {
    expect(undecidedScaleQuestion(text)).toMatch(/not settled/);
  });

  it.each([
    // one count said with doubt is an estimate
    'not sure, maybe 300 users in the first year',
    // counts of different things said together, with "maybe"
    'maybe 40 clerks, each does maybe 30 lookups a day; prompts maybe 900 tokens',
    // alternatives of what it does, no counts
    'could be a chatbot, could be a search tool, we have not decided',
    // two people who agree on one figure, no doubt said
    'the manager says 200 users and the lead says 200 users too',
  ])('leaves a settled or single estimate alone: %s', text => {
    expect(undecidedScaleQuestion(text)).toBeUndefined();
  });

  it('asks for the scale even when a count was read from one alternative', () => {
    const intent = extractIntent(
      'a chatbot for the museum shop; honestly not sure how many visitors would use it, could be 300 a day, could be 3,000 in summer.',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.question).toMatch(/not settled/);
  });
});
