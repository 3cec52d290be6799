import { budgetWeighedAgainstGpu } from './budgetWeighedAgainstGpu';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

describe('a budget the writer has weighed against a GPU', () => {
  it.each([
    // the GPU is theirs already: the budget only runs it
    ['We already have two A10Gs in the office, power costs about $60/month'],
    ['I bought a used RTX 3090 and can spend maybe 25 dollars a month'],
    ['we got 1 T4 from the old project; budget 80 USD monthly'],
    // the GPU is named as what the money stretches to
    ['$150 a month, so one T4 is all we can afford'],
    ['our budget of $200/mo can only afford a single L4'],
    ['about $300 monthly, enough for one A10G'],
  ])('%s', text => {
    expect(budgetWeighedAgainstGpu(text)).toBeDefined();
  });

  it.each([
    // no GPU of theirs, or none named
    ['budget $100/month for 1M users with p99 under 50 ms'],
    ['we have 300 users and $90 a month'],
    ["we don't have a GPU, budget is $50 a month"],
    ["we can't afford an H100, budget $200 a month"],
    ['we have a budget of $120 per month'],
  ])('not in %s', text => {
    expect(budgetWeighedAgainstGpu(text)).toBeUndefined();
  });
});

describe('the budget question, end to end', () => {
  const knowledgeBase = repositoryKnowledge();
  const read = (text: string) => extractIntent(text, { knowledgeBase });

  it('asks about a budget below one GPU-month beside a demand for the most, unless the writer said which GPU it pays for', () => {
    expect(
      read(
        'a chatbot for 5 people at home, top quality answers, budget $30 a month',
      ).question,
    ).toMatch(/less than one .* asks for top quality/);
    const owned = read(
      'a chatbot for 5 people at home, top quality answers, I already have an A10G in my closet, budget $30 a month',
    );
    expect(owned.question).toBeNull();
    expect(owned.assumptions.join(' ')).toMatch(/paying for the hardware/);
  });

  it('plans a budget below one GPU-month with no demand for the most, saying it is below one', () => {
    const tight = read(
      'a study-group chatbot for 40 students, we can put $250 a month towards it',
    );
    expect(tight.question).toBeNull();
    expect(tight.budget_usd_per_month).toBe(250);
    expect(tight.assumptions.join(' ')).toMatch(
      /\$250 per month is less than one .* for a month .* over budget/,
    );
    const tiny = read('a chatbot for 2 people at home, budget $30 a month');
    expect(tiny.question).toBeNull();
    expect(tiny.assumptions.join(' ')).toMatch(
      /\$30 per month is less than one/,
    );
  });

  it('says nothing of a budget of one GPU-month or more', () => {
    const enough = read(
      'a study-group chatbot for 40 students, we can put $900 a month towards it',
    );
    expect(enough.question).toBeNull();
    expect(enough.assumptions.join(' ')).not.toMatch(/less than one/);
  });
});

describe("the GPU of the writer's own machine", () => {
  it.each([
    ['homelab: 1x RTX 3090. budget $30/mo'],
    ['my workstation has two A6000 cards, and $25 a month for power'],
    ['our box runs an A10G; we can spend 50 dollars monthly'],
  ])('%s', text => {
    expect(budgetWeighedAgainstGpu(text)).toBeDefined();
  });

  it.each([
    ['cloud instance: 1x L4, budget $40/mo'],
    ['a server with one L4 would be nice, budget $40/mo'],
  ])('not in %s', text => {
    expect(budgetWeighedAgainstGpu(text)).toBeUndefined();
  });
});
