/**
 * Which side of the budget an amount bounds, from the words right before it: a floor ("at least
 * $2k a month", "no less than", "a minimum of") or a ceiling ("must not exceed $8k", "at most",
 * "no more than", "under", "up to"). A floor above a ceiling cannot both hold ("at least $9k a
 * month and no more than $3k a month"), so the reader asks which is meant instead of planning
 * with either; a floor below a ceiling is an ordinary range and asks nothing.
 */
import { SignalProblem } from './signals';

export type BudgetBound = 'floor' | 'ceiling';

/** An amount read as a monthly budget, with the side it bounds and the words it was said in. */
export interface BoundedAmount {
  monthly: number;
  bound: BudgetBound;
  written: string;
}

/** Hedges and linking words between the bound and the amount: "at least about", "a minimum of". */
const LINK = '(?:\\s(?:of|about|around|roughly|approximately|some|~))*\\s?$';

const FLOOR_BEFORE = new RegExp(
  `\\b(?:at\\sleast|a\\sminimum|minimum|min\\.?|no\\sless\\sthan|not\\sless\\sthan|(?:not|never)\\s(?:go\\s|be\\s)?(?:below|under|lower\\sthan)|upwards\\sof|(?<!\\b(?:not|never|n't)\\s)(?:be|is|are|of)\\s(?:over|above|more\\sthan))${LINK}`,
);

const CEILING_BEFORE = new RegExp(
  `\\b(?:at\\smost|a\\smaximum|maximum|max\\.?|no\\smore\\sthan|not\\smore\\sthan|up\\sto|under|below|less\\sthan|within|(?:not|never|n't|cannot|can't)\\s(?:go\\s|be\\s)?(?:exceed|over|above|more\\sthan|higher\\sthan)|(?:capped|caps?|limited|limits?)\\s(?:(?:it|this|that|the\\s(?:budget|spend|bill|cost))\\s)?(?:at|to))${LINK}`,
);

/**
 * The side of the budget the words `before` an amount put it on, if they name one, with those
 * words ("at least ", "must not exceed ").
 */
export function boundBefore(
  before: string,
): { bound: BudgetBound; words: string } | undefined {
  const tail = before.slice(-60).toLowerCase();
  const floor = FLOOR_BEFORE.exec(tail);
  if (floor) return { bound: 'floor', words: floor[0] };
  const ceiling = CEILING_BEFORE.exec(tail);
  if (ceiling) return { bound: 'ceiling', words: ceiling[0] };
  return undefined;
}

const usd = (n: number) =>
  `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/**
 * A question when a floor stands above a ceiling: "the budget must be at least $20,000 a month and
 * must not exceed $5,000 a month".
 */
export function contradictoryBounds(
  amounts: readonly BoundedAmount[],
): SignalProblem | undefined {
  for (const floor of amounts.filter(a => a.bound === 'floor'))
    for (const ceiling of amounts.filter(a => a.bound === 'ceiling'))
      if (floor.monthly > ceiling.monthly)
        return {
          field: 'budget_usd_per_month',
          message: `The budget is said to be at least ${usd(
            floor.monthly,
          )} a month ("${floor.written.trim()}") and at most ${usd(
            ceiling.monthly,
          )} a month ("${ceiling.written.trim()}"), which cannot both hold: what is the monthly budget?`,
        };
  return undefined;
}
