import { deploymentScopes, namesScope } from './deploymentScope';

describe('a deployment said to cover only a part of the organisation', () => {
  it.each([
    ['the trial is limited to the legal team for now', ['legal']],
    ['phase one will only include customer support', ['customer', 'support']],
    ['our rollout covers just the lisbon office', ['lisbon']],
    [
      'the first release is restricted to oncology and cardiology',
      ['oncology'],
    ],
  ])('reads the part in %j', (text, words) => {
    expect(deploymentScopes(text).map(s => s.words)).toEqual([words]);
  });

  it.each([
    // a plain "covers" does not narrow, nor does "only" said of something else
    'the rollout covers every hospital we run',
    'the pilot must only answer in english',
    'only the finance team has budget for this',
  ])('reads no part from %j', text => {
    expect(deploymentScopes(text)).toEqual([]);
  });

  it('finds the part named again, by the word or one sharing its start', () => {
    expect(namesScope('Legal has 45 lawyers', { words: ['legal'] })).toBe(true);
    expect(
      namesScope('we employ 90 cardiologists', { words: ['cardiology'] }),
    ).toBe(true);
    expect(namesScope('there are 300 nurses', { words: ['cardiology'] })).toBe(
      false,
    );
  });
});
