import { readRestatedCount } from './restatedCount';

describe('readRestatedCount', () => {
  it.each([
    ['actually make that 50 agents, we are hiring', '50', 'agents'],
    ['correction: 1,800 stores', '1,800', 'stores'],
    ['sorry, we are now at 500 field technicians', '500', 'technicians'],
    ['make it 12 clinics in total', '12', 'clinics'],
    ['oops, 70 branches each send 5 a day', '70', 'branches'],
  ])('reads "%s"', (text, count, noun) => {
    expect(readRestatedCount(text)).toMatchObject({ new: count, noun });
  });

  it.each([
    // more of them adds to the count said before
    'actually another 50 agents',
    'now 50 more agents',
    'also 20 new drivers',
    // a verb after the count makes it some of them
    'now 5 agents are on nights',
    // no cue of a correction
    'we have 500 agents',
    // a length, a time or money is no count of people or things
    'make that 4000 tokens',
    'actually 30 seconds',
    'make it 800 dollars',
  ])('leaves "%s" alone', text => {
    expect(readRestatedCount(text)).toBeUndefined();
  });
});
