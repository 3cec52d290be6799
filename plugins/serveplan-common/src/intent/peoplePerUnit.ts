/**
 * People counted per unit, times the units: "1,800 dealerships x ~6 techs each" is 10,800 techs,
 * "40 stores with about 12 staff each" is 480 staff, "25 clinics × 8 nurses per clinic" is 200
 * nurses. The units must be places or groups, not time ("3 days x 40 people each" is not 120
 * people), and the per-unit count must name people.
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { isPersonNoun } from './numberAttachment';

/** Short words for people that no ending rule knows: "techs", "reps". */
const SHORT_PEOPLE = /^(?:techs|reps|devs|engs|admins|ppl|people|staff|folks)$/;
/** Units that are time or work, never groups of people. */
const NOT_UNITS =
  /^(?:ms|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|nights?|weeks?|months?|years?|shifts?|requests?|queries|calls|tokens?|gpus?|times)$/;

/**
 * The units, then the people in each: joined by "x", "with" or "of" right after the unit ("40
 * stores with 12 staff each"; with "x", the product may be written out instead of "each": "14
 * ships x 3,000 guests = 42,000"), or by a comma after the unit and up to two words about it ("50
 * partner firms onboard, roughly 20 lawyers each", "12 depots across the region, 6 drivers each").
 */
const PEOPLE_PER_UNIT_RE = new RegExp(
  `(?<units>${N})\\s(?:(?<unit>[a-z][a-z-]*)\\s?(?<join>x|×|\\*|times|with|of)|(?<unitWords>[a-z][a-z-]*(?:\\s[a-z][a-z-]*){0,2}),)\\s?(?:(?:~|about|around|roughly|approximately|maybe|some)\\s?)?(?<each>${N})\\s(?<noun>[a-z][a-z-]*)(?:\\s(?:each|apiece|per\\s(?<per>[a-z][a-z-]*))\\b|\\s?=\\s?(?<total>${N})(?![\\d.,]\\d))`,
  'g',
);

/**
 * The unit among the words before a comma: the last plural ("firms" in "law firms onboard"), or
 * undefined when one of the words is time or work ("3 days ahead") or none is plural.
 */
function unitAmong(words: string): string | undefined {
  const list = words.split(' ');
  if (list.some(w => NOT_UNITS.test(w))) return undefined;
  return list.filter(w => /[^s]s$/.test(w)).pop();
}

export interface PeoplePerUnit {
  value: number;
  start: number;
  end: number;
  written: string;
  noun: string;
  /** Whether the product is written out after it ("= 42,000"). */
  total?: boolean;
}

/** Whether `per` names the unit counted ("per clinic" for "clinics"). */
function sameUnit(per: string, unit: string): boolean {
  return unit === per || unit === `${per}s` || unit === `${per}es`;
}

/** The people counted per unit times the units, in `text` (lower case). */
export function peoplePerUnit(text: string): PeoplePerUnit[] {
  const out: PeoplePerUnit[] = [];
  for (const m of text.matchAll(PEOPLE_PER_UNIT_RE)) {
    const g = m.groups!;
    const unit = g.unit ?? unitAmong(g.unitWords);
    if (unit === undefined || NOT_UNITS.test(unit)) continue;
    if (g.per !== undefined && !sameUnit(g.per, unit)) continue;
    if (!isPersonNoun(g.noun) && !SHORT_PEOPLE.test(g.noun)) continue;
    const units = parseNumberToken(g.units);
    const each = parseNumberToken(g.each);
    if (!Number.isFinite(units) || !Number.isFinite(each)) continue;
    if (units < 2 || each < 1) continue;
    // "14 ships x 3,000 guests = 42,000": the product written out, and it must add up
    const total = g.total === undefined ? undefined : parseNumberToken(g.total);
    if (total !== undefined) {
      if (g.join === undefined || /^(?:with|of)$/.test(g.join)) continue;
      if (!(Math.abs(total - units * each) <= total * 0.01)) continue;
    }
    out.push({
      value: total ?? units * each,
      total: total !== undefined,
      start: m.index!,
      end: m.index! + m[0].length,
      written: m[0],
      noun: g.noun,
    });
  }
  return out;
}
