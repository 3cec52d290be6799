/**
 * A smaller number of a group singled out right after it as the ones who use the system: "we have
 * 35 planning officers, but only about 12 would use this tool on a given day", "2,000 staff, yet
 * just 150 will use the bot". The writer names who uses it, so that number is the users, active
 * when a period or a moment is said of them. A part said with "of whom" is partOfGroup.ts's.
 */
import { UsersKind } from './intentSchema';
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { activePeriodAfter } from './activePeriod';
import { AT_ONCE_WORDS } from './peopleCounts';

export interface SingledOutUsers {
  value: number;
  kind: UsersKind;
  /** Offsets of the part's own words in the text ("12 would use this tool on a given day"). */
  start: number;
  end: number;
  written: string;
  notes?: string[];
}

/** "but only about 12 would use this tool", "yet just 150 will use it", "and only 40 use it". */
const SINGLED_OUT_AFTER = new RegExp(
  `^\\s?,?\\s(?:but|yet|though|and)\\s(?:only|just)\\s(?:(?:about|around|roughly|some|~|approximately|maybe|perhaps)\\s?)?(?<num>${N})(?:\\s(?:of them|people|users|persons))?\\s(?:(?:would|will|could|might|actually|really|then|ever|'d|'ll)\\s){0,2}(?:use|be using|need|access)\\s(?:it|this|that|the\\s[a-z-]+)\\b(?<rest>[^.;!?()]{0,60})`,
);
/** People at one moment: "at once", "at the same time", "simultaneously", "concurrent". */
const AT_ONCE = new RegExp(
  `\\b(?:concurrent|simultaneous|${AT_ONCE_WORDS})\\b`,
);

/**
 * The users singled out in `after`, the text right after a group's count and noun, which starts
 * at offset `offset` of the text; undefined when none is, or when they are no fewer than `group`.
 */
export function singledOutUsersAfter(
  after: string,
  offset: number,
  group: number,
): SingledOutUsers | undefined {
  const m = SINGLED_OUT_AFTER.exec(after.toLowerCase());
  if (!m) return undefined;
  const g = m.groups!;
  const value = parseNumberToken(g.num);
  if (!Number.isFinite(value) || value < 1 || value >= group) return undefined;
  const rest = g.rest;
  const kind: UsersKind =
    activePeriodAfter(rest, rest, rest) ??
    (AT_ONCE.test(rest) ? 'concurrent' : 'total');
  const start = offset + m[0].indexOf(g.num, m[0].search(/\b(?:only|just)\b/));
  return {
    value,
    kind,
    start,
    end: offset + m[0].length,
    written: after.slice(start - offset, m[0].length).trim(),
  };
}
