import { consumedNouns, nounStem, producedNouns } from './taskArtefacts';

describe('what the task produces', () => {
  it('reads the noun before a maker noun', () => {
    expect([
      ...producedNouns('a cover-letter generator for recruiters'),
    ]).toEqual(['letter']);
  });

  it('reads the objects of a verb of making with the system as its subject', () => {
    expect([
      ...producedNouns(
        'we want a model that drafts incident timelines and short status updates for our SREs',
      ),
    ]).toEqual(['timeline', 'update']);
  });

  it('reads what a verb of turning makes things into', () => {
    expect([
      ...producedNouns(
        'an LLM to condense the day of sensor data into a brief alert per site',
      ),
    ]).toEqual(['alert']);
  });

  it('does not read what people write or what a text is made from', () => {
    expect(producedNouns('our analysts write questions in the chat').size).toBe(
      0,
    );
    expect(producedNouns('answers generated from policy documents').size).toBe(
      0,
    );
  });

  it('stems plurals so singular and plural match', () => {
    expect(nounStem('summaries')).toBe('summary');
    expect(nounStem('letters')).toBe('letter');
    expect(nounStem('process')).toBe('process');
  });
});

describe('what the task reads', () => {
  it('reads the object of a verb of working on a text', () => {
    expect([
      ...consumedNouns('please translate their user reviews from German'),
    ]).toEqual(['review']);
    expect([
      ...consumedNouns('we classify all the incoming complaints by topic'),
    ]).toEqual(['complaint']);
  });

  it('reads what the task named as a noun takes after "of"', () => {
    expect([
      ...consumedNouns('summarization of lengthy board minutes'),
    ]).toEqual(['minute']);
  });

  it('does not read what people review, nor what the task also writes', () => {
    expect(consumedNouns('editors review the drafts before sending').size).toBe(
      0,
    );
    expect(
      consumedNouns(
        'a bot that drafts replies, and later translates replies into Dutch',
      ).size,
    ).toBe(0);
  });
});

describe('one thing received back from the system', () => {
  it('is what the task produces', () => {
    expect([
      ...producedNouns(
        'paste in a filing and receive a 2-page brief within a minute',
      ),
    ]).toEqual(['brief']);
    expect([...producedNouns('we receive 500 emails a day')]).toEqual([]);
  });
});
