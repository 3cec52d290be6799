import { findNumbersWithoutProvenance } from './provenance';

describe('findNumbersWithoutProvenance', () => {
  it('accepts numbers under an object with a provenance, at any depth', () => {
    expect(
      findNumbersWithoutProvenance({
        name: 'x',
        block: {
          a: 1,
          nested: { b: [2, 3] },
          provenance: { source: 'https://example.com', date: '2026-01-01' },
        },
      }),
    ).toEqual([]);
  });

  it('names every number that has none', () => {
    expect(
      findNumbersWithoutProvenance({
        a: 1,
        list: [{ b: 2 }],
        ok: { c: 3, provenance: { source: 'datasheet', date: '2026-01-01' } },
        bad: { d: 4, provenance: { source: '', date: '2026-01-01' } },
      }),
    ).toEqual(['a', 'list[0].b', 'bad.d']);
  });
});
