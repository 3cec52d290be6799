/**
 * The share of users active on a day said as the ratio of daily to monthly actives: "DAU/MAU
 * 12%", "a DAU:MAU ratio of about 0.3", "DAU-to-MAU is 25 percent", "15 % DAU/MAU". It is the
 * share of the monthly users active on a given day, so it is active_share whatever the clause
 * says around it (users.ts reads shares whose clause says the people are active). So is a
 * percentage said as the daily actives, before or after the label: "40% DAU", "DAU ~2%".
 */
import { NUMBER_SOURCE as N, parseNumberToken, roundSig } from './numbers';
import { matches, QuantityContext } from './quantityReading';
import { PERCENT_WORDS } from './shares';
import { setSignal } from './signals';

/** Daily actives over monthly actives, by abbreviation or in words, and what it is called. */
const RATIO =
  '(?:daus?\\s?(?:/|:|\\sover\\s|[\\s-]to[\\s-])\\s?maus?|daily[\\s-]to[\\s-]monthly(?:\\sactives?|\\sactive\\susers?)?)(?:\\s(?:ratio|stickiness|share))?';
/** The ratio, then its value: "DAU/MAU 8%", "DAU:MAU ratio of ~0.3", "DAU/MAU is at 20 percent". */
const RATIO_THEN_VALUE = new RegExp(
  `\\b${RATIO}(?:\\s?(?:of|is|was|at|around|about|roughly|approximately|approx\\.?|=|:|~|≈)){0,3}\\s?(?<num>${N})(?<pct>\\s?(?:${PERCENT_WORDS}))?`,
  'gi',
);
/** The value, then the ratio: "8% DAU/MAU", "a 30 percent DAU/MAU ratio". */
const VALUE_THEN_RATIO = new RegExp(
  `(?<num>${N})(?<pct>\\s?(?:${PERCENT_WORDS}))\\s${RATIO}\\b`,
  'gi',
);

/**
 * A percentage said as the daily actives of the users, with no ratio: "40% DAU", "a 25 percent
 * DAU" - the share of the users active on a day. Not a change in the daily actives ("30% DAU
 * growth") and not a part of them ("35% of DAU").
 */
const VALUE_THEN_DAU = new RegExp(
  `(?<num>${N})(?<pct>\\s?(?:${PERCENT_WORDS}))\\s(?:daus?|daily\\sactives?)\\b(?!\\s?(?:/|:|\\sover\\b|[\\s-]to[\\s-]|\\s(?:growth|increase|decrease|drop|gain|uplift|lift|churn|decline)\\b))`,
  'gi',
);

/**
 * The daily actives named as a label, then a percentage: "DAU ~2%", "DAU is about 12 percent",
 * "daily actives: 8 %", "daily active rate around 30%" - the share of the users active on a day,
 * as VALUE_THEN_DAU said the other way round. Not a ratio (RATIO_THEN_VALUE reads "DAU/MAU 8%"),
 * not a change ("DAU up 5%", "DAU grew 10%") and not a count ("DAU 4,000", no percentage).
 */
const DAU_THEN_VALUE = new RegExp(
  `\\b(?:daus?|daily\\sactives|daily\\sactive(?:\\s(?:users|rate|share))?)(?!\\s?(?:/|:\\s?mau|\\sover\\b|[\\s-]to[\\s-]))(?:\\s?(?:of|is|at|around|about|roughly|approximately|approx\\.?|=|:|~|≈)){0,3}\\s?(?<num>${N})(?<pct>\\s?(?:${PERCENT_WORDS}))`,
  'gi',
);

/** Reads a daily-to-monthly active ratio as the share active per day; the first one is set. */
export function extractActivityRatio(ctx: QuantityContext): void {
  for (const re of [
    RATIO_THEN_VALUE,
    VALUE_THEN_RATIO,
    VALUE_THEN_DAU,
    DAU_THEN_VALUE,
  ]) {
    for (const m of matches(ctx, re)) {
      const g = m.groups!;
      const value = parseNumberToken(g.num);
      // a ratio is a percentage or a fraction; "DAU/MAU 8" says neither
      const share = g.pct ? value / 100 : value;
      if (!(share > 0 && share <= 1) || (!g.pct && value >= 1)) continue;
      const written = m[0].trim();
      const of =
        re === VALUE_THEN_DAU || re === DAU_THEN_VALUE
          ? 'the share of the users active on a given day'
          : 'the share of monthly users active on a given day';
      if (
        setSignal(
          ctx.signals,
          'active_share',
          roundSig(share, 4),
          'stated',
          `"${written}" read as ${of}`,
        )
      )
        ctx.spans.take(m.index, m.index + m[0].length);
      return;
    }
  }
}
