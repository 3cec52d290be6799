/**
 * Money said without a currency word: "we have 36k a year for this", "can spend 3k monthly",
 * "we've got 2.5k per month to play with", "the budget is under 50k a year". A bare number with a period looks like a request rate
 * ("5,000 a day"), so the verb frame around it decides: a verb of spending before it, or a verb
 * of having with a complement that makes the number a sum to use ("to play with", "for this").
 * The traffic readers (rates.ts, itemVolumes.ts) decline such numbers; the budget reader owns
 * them.
 */

/** Words that may stand between the verb and the amount: "spend maybe up to 3k". */
const FILLER =
  '(?:(?:about|around|roughly|approximately|maybe|perhaps|probably|only|just|up to|at most|no more than|over|under|another|an extra|extra|some|~)\\s?)';
/**
 * A verb of spending or setting money aside (or approving it: "the board only signed off on 150k
 * a year"), with at most a couple of fillers before the amount.
 */
const SPEND_BEFORE = new RegExp(
  `\\b(?:spend|spending|spent|afford|allocate[ds]?|allocating|budget(?:ed|s)?|budgeting|set aside|earmark(?:ed|s)?|invest(?:ing)?|fund(?:ed|ing)?|pay|paying|signed off on|sign off on|approved|sanctioned|green[\\s-]?lit)\\s${FILLER}{0,3}$`,
);
/**
 * A budget named as the subject, the amount its complement: "the budget we've been given is
 * "under 50k a year"", "our budget is about 3k a month", "budget: 2k monthly".
 */
const BUDGET_IS_BEFORE = new RegExp(
  `\\bbudget\\b[^.;!?\\d]{0,40}?(?:\\b(?:is|was|of|at|will be|would be|comes to)|:|=)\\s?["'“]?${FILLER}{0,3}$`,
);
/**
 * The holders of the money as the speaker, the amount what they grant: "finance says 60k a year",
 * "procurement allows 4k a month", "the CFO gave us 90k per year". A number said by another
 * team ("ops says 5k a day") is not read as money.
 */
const FUNDER_SAYS_BEFORE = new RegExp(
  `\\b(?:finance|procurement|purchasing|accounting|accounts|(?:the|our)\\s(?:cfo|finance\\s(?:team|dept|department)|controller|board))\\s(?:says?|said|allows?|allowed|will\\sallow|approved|gives?\\s(?:us|me)|gave\\s(?:us|me)|granted(?:\\s(?:us|me))?|caps?\\s(?:it|us)\\sat|capped\\s(?:it|us)\\sat)\\s${FILLER}{0,3}$`,
);
/** A verb of having right before the amount: "we have", "we've got", "there's". */
const HAVE_BEFORE = new RegExp(
  `\\b(?:have|has|had|'ve|got|there's|there is)\\s(?:got\\s)?${FILLER}{0,3}$`,
);
/**
 * What makes a had amount money: "to play with", "to spend", "for this", "available", "set
 * aside"; said after the amount and its period.
 */
const SUM_AFTER =
  /^\s?(?:(?:for|in)\s(?:this|it|that|the\s(?:project|pilot|whole thing|deployment|hosting|infra\w*|compute|gpus?|budget)|our budget|hosting|compute|infra\w*|gpus?)\b|to\s(?:play with|spend|work with|burn|use)\b|available\b|(?:set aside|earmarked|allocated|approved|budgeted)\b|of (?:budget|funding)\b)/;
/**
 * A complement that makes any bare amount money, whatever the verb: "2.5k per month to play with";
 * and a budget noun the amount and its period qualify: "3k/month budget", "4k a quarter spend
 * cap", "1.5k per month allowance" ("budgeted" or "budget-friendly" do not name one).
 */
const SUM_ANYWHERE_AFTER =
  /^\s?(?:to\s(?:play with|spend|burn)\b|(?:total\s)?(?:budget|spend cap|spending cap|allowance)(?![\w-]))/;

/**
 * Whether the bare amount at [start, end) (its period included) is money by its verb frame.
 * `clauseStart` bounds the look-back so a verb in another clause does not reach it.
 */
export function inMoneyFrame(
  text: string,
  start: number,
  end: number,
  clauseStart = 0,
): boolean {
  const before = text
    .slice(Math.max(clauseStart, start - 50), start)
    .toLowerCase();
  const after = text.slice(end, end + 40).toLowerCase();
  if (
    SPEND_BEFORE.test(before) ||
    BUDGET_IS_BEFORE.test(before) ||
    FUNDER_SAYS_BEFORE.test(before)
  )
    return true;
  if (SUM_ANYWHERE_AFTER.test(after)) return true;
  return HAVE_BEFORE.test(before) && SUM_AFTER.test(after);
}
