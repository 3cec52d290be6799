import { nounStem, producedNouns } from './taskArtefacts';

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
