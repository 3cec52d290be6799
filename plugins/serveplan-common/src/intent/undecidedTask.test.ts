import { saysTaskUndecided } from './undecidedTask';

describe('saysTaskUndecided', () => {
  it.each([
    "we haven't decided what the assistant should do yet",
    'honestly i do not know what we would use it for',
    'nobody has agreed which of those ideas goes first',
    "we're thinking of a model for the clinics, not sure what yet",
    "the board hasn't decided whether it's the member chatbot or a nightly tagging run",
    'not decided what exactly yet, sales is still debating a few ideas',
  ])('reads "%s" as undecided', text => {
    expect(saysTaskUndecided(text)).toBe(true);
  });

  it.each([
    "we haven't decided which gpu to buy; it's a chatbot",
    "that hasn't been decided and it changes the numbers",
    "we haven't decided whether it's a 7b or a 70b model",
    'we know what we want: summaries of calls',
  ])('leaves "%s" alone', text => {
    expect(saysTaskUndecided(text)).toBe(false);
  });
});
