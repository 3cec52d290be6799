import { contradictedPreference } from './contradictedPreference';

describe('contradictedPreference', () => {
  const asked = ['acme/Alpha-9B'];

  it('asks when an added exclusion covers every model asked for', () => {
    expect(
      contradictedPreference(
        'and our auditors say no alpha models',
        asked,
        ['acme/Alpha-9B', 'acme/Alpha-2B'],
        [],
      ),
    ).toMatch(/Alpha-9B/);
    expect(
      contradictedPreference('no alpha, as well', asked, asked, []),
    ).toBeDefined();
  });

  it('does not ask without a word of addition, after a change of mind, or with a model left', () => {
    expect(
      contradictedPreference('no alpha models', asked, asked, []),
    ).toBeUndefined();
    expect(
      contradictedPreference('also, actually no alpha', asked, asked, []),
    ).toBeUndefined();
    expect(
      contradictedPreference(
        'also no alpha',
        ['acme/Alpha-9B', 'acme/Beta-7B'],
        asked,
        [],
      ),
    ).toBeUndefined();
    expect(
      contradictedPreference('also no alpha, beta', asked, asked, [
        'acme/Beta-7B',
      ]),
    ).toBeUndefined();
    expect(
      contradictedPreference('also no alpha', [], asked, []),
    ).toBeUndefined();
  });
});
