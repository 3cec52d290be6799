/**
 * A monthly budget in US dollars: amounts with a currency or after "budget"/"spend", with the
 * period attached to them (per hour, day, week, month, quarter, year) converted to a month.
 */
import {
  NUMBER_SOURCE as N,
  RANGE_SEPARATOR_SOURCE as RS,
  RANGE_UPPER_SOURCE as NU,
  roundSig,
} from './numbers';
import {
  alternation,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  currencyOf,
  PERIOD_ADJECTIVES,
  PERIOD_NOUNS,
  periodOf,
  PERIODS_PER_MONTH,
} from './moneyWords';
import { inMoneyFrame } from './moneyFrame';
import {
  BoundedAmount,
  boundBefore,
  contradictoryBounds,
} from './budgetBounds';
import { setSignal } from './signals';
import { readUnconvertedBudget } from './unconvertedCurrency';
import {
  around,
  checkPositive,
  clauseText,
  fmt,
  groupSpan,
  matches,
  QuantityContext,
  readAmount,
} from './quantityReading';

const PERIOD_UNIT = alternation(PERIOD_NOUNS);
const PERIOD_ADJ = alternation(PERIOD_ADJECTIVES);
/** Currency signs, codes and words, before and after an amount (from moneyWords.ts). */
const CUR_BEFORE = alternation(CURRENCY_BEFORE);
const CUR_AFTER = alternation(CURRENCY_AFTER);
/** The sign characters an amount may start with, for "no other amount in between" checks. */
const SIGNS = '$€£';
/** What an amount to spend is called; a grant or funding is money given to spend over its period. */
const BUDGET_NOUN =
  'budget|spend|spending|cap|limit|ceiling|allowance|allocation|bill|costs?|grant|funding';
/**
 * The span an amount is given for, before its period noun: "for a year", "over the whole year",
 * "for the full quarter", "in this fiscal year", with up to two such words: "for the complete fiscal
 * year", "over the entire financial year".
 */
const WHOLE_PERIOD =
  '(?:in|over|for)\\s(?:a|one|the|each|every|this|next)\\s(?:(?:whole|full|entire|complete|coming|next|first|initial|fiscal|financial|calendar)\\s){0,2}';
/**
 * What the amount pays for, said between it and its period: "$6k of compute for the year", "$500
 * in cloud credits a month", "$2k for GPU hours per quarter", "$900 worth of hosting monthly".
 */
const PAID_FOR =
  '(?:worth\\s)?(?:of|for|in|on)\\s(?:(?:the|our|my)\\s)?(?:[a-z0-9-]+\\s)?(?:compute|gpus?|gpu\\s(?:time|hours)|hosting|inference|credits|infra(?:structure)?|hardware|serving|cloud)';
/**
 * A period attached to an amount, after it: "$3k/month", "$3k a day", "3k monthly", "$3k budget
 * per week", "1800 dollars for month" (as "per month"; "for months" is no period), "a $10k grant for the year", "$100 is our daily budget", "$6k of compute for the
 * year"; with "by" for "per", as many write it in a second language ("30 thousand dollars by
 * year"; not "by year end"); and after what it is for: "$6,000 for this for the whole year".
 */
const PERIOD_AFTER = new RegExp(
  `^\\s?(?:(?:${BUDGET_NOUN})\\s)?(?:${PAID_FOR}\\s)?(?:for\\s(?:this|it|that)\\s)?(?:(?:\\/\\s?|(?:per|a|an|each|every)\\s)(${PERIOD_UNIT})\\b|(?:for|by)\\s(month|year)\\b(?![-'])(?!\\s(?:end|start|\\d))|(${PERIOD_ADJ})\\b|${WHOLE_PERIOD}(year|quarter|month))|^\\s?(?:is|as)\\s(?:(?:our|the|my|a|an|your)\\s)?(${PERIOD_ADJ})\\s(?:[a-z]+\\s)?(?:${BUDGET_NOUN})\\b`,
);
/** Periods long enough for a sum to be given over several of them: weeks to years. */
const SPAN_UNIT = alternation(
  Object.fromEntries(
    Object.entries(PERIOD_NOUNS).filter(([, period]) =>
      ['week', 'fortnight', 'month', 'quarter', 'year'].includes(period),
    ),
  ),
);
/**
 * A sum given over a number of periods, after it: "$3,000 for 6 months", "150k dollars for 1
 * year", "$8k over the next 2 quarters", "$1,200 of compute for 3 months". It is spent over all
 * of them, so a month gets its share: the amount over their length.
 */
const SPAN_AFTER = new RegExp(
  `^\\s?(?:(?:${BUDGET_NOUN})\\s)?(?:${PAID_FOR}\\s)?(?:for|over|across|covering)\\s(?:(?:the|a)\\s)?(?:(?:next|first|coming|whole|full|entire)\\s)?(?<count>\\d+(?:\\.\\d+)?)\\s(?<unit>${SPAN_UNIT})s?\\b`,
);
/**
 * A period before an amount counts only when it belongs to the budget phrase that leads to it,
 * with no other number in between: "daily budget of $3k", "budget per month is $3k", "per month
 * we can spend $3k". "2k daily active users with a budget of $3k" and "10k emails per day with a
 * budget of $10k" give no period: the period words there belong to the users and the emails.
 */
const PERIOD_BEFORE = [
  // "1 yr budget", "a one-year budget": one period as the budget's span
  new RegExp(
    `\\b(?:1|one|a)[\\s-](${PERIOD_UNIT})s?\\s(?:[a-z]+\\s)?(?:${BUDGET_NOUN})\\b[^\\d${SIGNS}]*$`,
  ),
  new RegExp(
    `\\b(${PERIOD_ADJ})\\s(?:[a-z]+\\s)?(?:${BUDGET_NOUN})\\b[^\\d${SIGNS}]*$`,
  ),
  new RegExp(
    `\\b(?:${BUDGET_NOUN})\\s(?:per|a|each|every)\\s(${PERIOD_UNIT})\\b[^\\d${SIGNS}]*$`,
  ),
  // "the money for this fiscal year is $96k", "the spend over the whole year is 40k"
  new RegExp(
    `\\b(?:${BUDGET_NOUN})\\s${WHOLE_PERIOD}(year|quarter|month)\\b[^\\d${SIGNS}]*$`,
  ),
  new RegExp(
    `(?:^\\s*|\\b(?:and|so|but|then)\\s)(?:(?:per|a|each|every)\\s(${PERIOD_UNIT})|(${PERIOD_ADJ})),?\\s(?:[a-z']+\\s){0,4}?(?:spend|pay|afford|budget|allocate|invest)\\b[^\\d${SIGNS}]*$`,
  ),
];
/**
 * A budget's name as the label of the amount, before a colon that ends its clause: "Annual compute
 * allocation for this project: $90,000", "Budget for the pilot: 4k".
 */
const BUDGET_LABEL_BEFORE = new RegExp(
  `(?:\\b[a-z]+\\s){0,3}\\b(?:${BUDGET_NOUN})\\b[^.;!?\\d${SIGNS}]{0,40}:\\s?[${SIGNS}]?$`,
);
const NOT_BUDGET_AFTER =
  /^(?:(?:\s?\/\s?|\s?(?:per|a|an)\s)(?:hour|hr|h|month|mo))?(?:\s?\/\s?|\s?(?:per|a|an)\s)(?:gpu|card|node|instance|million|1m|m|mtok|1k|k|thousand|token|tokens|request|query|call|user|seat|head)\b/;
const BUDGET_WORDS =
  /\b(?:budget|spend|spending|cap|capped|limit|afford|under|below|max|maximum|at most|up to|no more than|less than|within|stay|keep|go above|go over|exceed|ceiling|costs?|allowance|allocation|allocated|approved)\b/;

/**
 * An amount said to be apart from what is planned, right after it, its period and a few words
 * ("for storage"): "our web hosting runs $30k/month, which is a separate thing", "£900 a year for
 * storage - that's unrelated", "the $5k is separate", "$2k, which has nothing to do with this".
 * It is no budget for this request (a later amount may be); "a separate budget for the pilot"
 * names the budget instead, so a "for" after the word keeps the amount, and so does "separate
 * from the hosting bill" (the amount is apart from something else, not from this).
 */
const SET_APART_AFTER = new RegExp(
  `^\\s?(?:(?:\\/\\s?|(?:per|a|an|each|every)\\s)(?:${PERIOD_UNIT})\\b|(?:${PERIOD_ADJ})\\b)?(?:(?:\\s(?!(?:and|but|so|which|that|is|are|was)\\b)[a-z'-]+){1,4}?\\s?(?:,|\\s?[-–—])|\\s?(?:,|\\s?[-–—]))?\\s?(?:(?:which|that|this|it)(?:'s|\\s(?:is|are|was|will be|has|had))|is|are|was|has|had)\\s(?:(?:(?:a|an|another|completely|entirely|totally|wholly|quite|really|obviously|kind of)\\s){0,2}(?:separate|unrelated)\\b(?!\\s(?:[a-z]+\\s)?(?:for|to cover|dedicated to|from|to)\\b)|(?:separate from|unrelated to)\\s(?:this|that|it|here)\\b|nothing to do with\\b)`,
);

/**
 * An amount the writer dismisses right after it, within a few words of the same sentence: "an old
 * line of $1,200 that nobody used - ignore that", "$700 a month (disregard that, it was last
 * year's)", "$3k, scratch that". It is no budget (a later amount may be). "Ignore that the
 * old system was slow" dismisses a fact, not the amount, and "don't ignore that" keeps it.
 */
const DISMISSED_AFTER = new RegExp(
  `^\\s?(?:(?:\\/\\s?|(?:per|a|an|each|every)\\s)(?:${PERIOD_UNIT})\\b|(?:${PERIOD_ADJ})\\b)?(?:\\s[\\w'-]+){0,6}?\\s?(?:,|\\(|\\s?[-–—])?\\s?(?:(?:so|but|just|please|pls)\\s)*(?<!(?:n't|not|never)\\s)(?:ignore|disregard|forget(?:\\sabout)?|scratch|never\\s?mind)\\s(?:that|this|it)(?:\\s(?:one|number|figure|amount|line|part))?(?=\\s?(?:[,.;:!?)]|$))|^\\s?(?:(?:\\/\\s?|(?:per|a|an|each|every)\\s)(?:${PERIOD_UNIT})\\b)?\\s(?:is|was|'s)\\s(?:(?:probably|clearly|obviously|likely|just|a\\sbit|pure|total)\\s)?(?:a\\s)?(?:fantasy|unrealistic|not\\srealistic|a\\spipe\\sdream|wishful\\sthinking|too\\s(?:low|tight|optimistic))\\b`,
);

/** The upper bound of a money range: "$5-10k", "$5k to $10k", "5,000-8,000 USD". */
const MONEY_UPPER = `${RS}[${SIGNS}]?\\s?(?<hi>${NU})`;
/**
 * An amount with its currency before ("$3k", "-€2,000") or after ("3k USD", "10 grand", "2k
 * euros"); a minus before the sign makes it negative. A dash with a space on each side after a
 * word is punctuation, not a minus: "Budget is tight - $600 a month max" (but "of -$600" and ",
 * - $600" are negative).
 */
const MONEY_RE = new RegExp(
  `(?<minus>(?<![\\w.${SIGNS}])-(?=\\S)|(?<![\\w.${SIGNS}]|\\w\\s)-\\s)?(?<cur>${CUR_BEFORE})\\s?(?<num>${N})(?:${MONEY_UPPER})?(?:\\s?(?:${CUR_AFTER})(?![a-z]))?|(?<num2>${N})(?:${RS}(?<hi2>${NU}))?\\s?(?<cur2>${CUR_AFTER})(?![a-z])`,
  'g',
);
/** "spend more than 2k a month", "pay up to 5000 per month": an amount with a period after a spending verb. */
const SPEND_RE = new RegExp(
  `\\b(?:spend|spending|pay|paying|budget(?:ed)?|afford|allocate[sd]?)\\b[^.;]{0,25}?(?<num>${N})(?:${MONEY_UPPER})?(?=(?:\\s?/\\s?|\\s(?:per|a|an)\\s)(?:month|mo|quarter|year|yr|week|day)\\b)`,
  'g',
);
/**
 * A bare amount with its period right after it ("36k a year", "3k monthly", "2.5k per month",
 * "40k for the year"), for the verb frame to decide whether it is money (moneyFrame.ts).
 */
const AMOUNT_WITH_PERIOD_RE = new RegExp(
  `(?<![\\w.${SIGNS}])(?<num>${N})(?:${MONEY_UPPER})?(?=\\s?(?:(?:\\/\\s?|(?:per|a|an|each|every)\\s)(?:${PERIOD_UNIT})\\b|(?:${PERIOD_ADJ})\\b|${WHOLE_PERIOD}(?:year|quarter|month)\\b))`,
  'g',
);
/** The period after such an amount, to know where the frame's complement starts. */
const PERIOD_RIGHT_AFTER = new RegExp(
  `^\\s?(?:(?:\\/\\s?|(?:per|a|an|each|every)\\s)(?:${PERIOD_UNIT})\\b|(?:${PERIOD_ADJ})\\b|${WHOLE_PERIOD}(?:year|quarter|month)\\b)`,
);

/**
 * "we have 36k a year for this", "can spend 3k monthly", "we've got 2.5k per month to play
 * with", "allocated 40k for the year": no currency and no "budget", but the verb frame
 * (moneyFrame.ts, shared with the traffic readers, which decline the same numbers) makes the
 * amount money.
 */
function framedAmounts(ctx: QuantityContext): void {
  for (const m of matches(ctx, AMOUNT_WITH_PERIOD_RE)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const period = PERIOD_RIGHT_AFTER.exec(ctx.text.slice(end));
    if (!period) continue;
    const clause = clauseText(ctx, m.index);
    if (!inMoneyFrame(ctx.text, m.index, end + period[0].length, clause.start))
      continue;
    const read = moneyAmount(g.num, g.hi);
    if (readBudget(ctx, read.amount, m.index, end, m[0], '', read.notes))
      ctx.spans.take(m.index, end + period[0].length);
  }
}

/**
 * "finance capped it at 4.5k a month", "keep it under 10k per year": a limit on what it costs,
 * with a month, quarter or year after the amount (a day or second is more likely a rate); or the
 * limit's name after the amount and its period: "2.5k/mo cap", "40k a year ceiling".
 */
const CAP_RE = new RegExp(
  `\\b(?:capped|caps?|capping|limited|limits?|(?:keep|keeping|stay|staying|kept)\\s(?:it\\s|this\\s|things\\s|the (?:bill|cost|costs|spend)\\s|costs?\\s|spend\\s)?(?:under|below|within|at|around))\\b[^.;\\d]{0,15}?(?<num>${N})(?:${MONEY_UPPER})?(?=(?:\\s?/\\s?|\\s(?:per|a|an)\\s)(?:month|mo|quarter|year|yr)\\b)|(?<![\\w.,])(?<num2>${N})(?=(?:\\s?/\\s?|\\s(?:per|a|an)\\s)(?:month|mo|quarter|year|yr)\\s(?:budget\\s)?(?:cap|ceiling|limit|max(?:imum)?|tops)\\b)`,
  'g',
);
/**
 * "budget of 5000", "budget: under 4k", and "budget as a topic with a hedge before the amount:
 * "Budget... let's say under 5k/month", "budget - maybe 3k". A comma is no such pause: "budget,
 * 8 GPUs" lists another fact.
 */
const BUDGET_HEDGE =
  "let'?s say|let us say|say|maybe|probably|perhaps|i'?d say|i guess|ideally|something like|hmm+|well";
const BARE_BUDGET_RE = new RegExp(
  `\\bbudget(?:\\s?(?:\\.{2,}|…|[:–-])|\\s)\\s?(?:(?:${BUDGET_HEDGE}),?\\s)*(?:of|is|:|=|around|about|~|at|up to|to|under|below|max(?:imum)?|roughly|approximately)?\\s?(?:about|around|roughly|~|approx\\.?)?\\s?(?<num>${N})(?:${MONEY_UPPER})?(?!\\s?(?:gpus?|tokens?|users?|%|h\\b|hours?))`,
  'g',
);

/**
 * "monthly spend of 4000", "an allowance of 3k": a spending noun with a linking word before an
 * amount without a currency (unlike "budget", "spend" alone is too often a verb to read
 * "spend 4000" as money).
 */
const SPEND_NOUN_RE = new RegExp(
  `\\b(?:spend|spending|allowance)\\s(?:of|is|:|=|at|around|about|up to|under|below|max(?:imum)?|roughly|approximately)\\s?(?:about|around|roughly|~|approx\\.?)?\\s?(?<num>${N})(?:${MONEY_UPPER})?(?!\\s?(?:gpus?|tokens?|users?|%|h\\b|hours?|minutes?|seconds?))`,
  'g',
);
/**
 * "a budget of 5 figures", "a six-figure spend": a count of digits gives a size, not an amount,
 * so it sets no budget (and no other reader may take the number).
 */
const DIGIT_COUNT_AFTER = /^\s?-?\s?(?:figures?|digits?)\b/;

/**
 * A budget amount or range: the amount (the upper end of a range) and a note on the range. Money
 * has two decimals, so a dot before exactly three digits ("25.000 USD", "1.500 dollars") is a
 * thousands separator, as much of Europe writes it (readAmount's `count` reading).
 */
function moneyAmount(
  low: string,
  high: string | undefined,
): { amount: number; notes: string[] } {
  const { value, notes } = readAmount(low, high, {
    count: true,
    show: n => `$${fmt(n)}`,
    why: 'the most it may cost',
  });
  return { amount: value, notes };
}

/**
 * An amount right after the bare verb "cost" and whom it cost: "the outage cost us $40k", "one
 * bad batch cost the company 12 000 $", "it would cost me about $900". That is the price of
 * something (a loss, a quote), not what may be spent; a limit in between keeps it a budget ("it
 * must not cost us more than $2k a month"), and "costs us $300 a month" is a running bill. So is
 * what someone else charges or bills us for their own service: "the landlord charges us $900 a
 * month" is rent, not what the model may cost.
 */
const PRICE_PAID_BEFORE =
  /\b(?:cost|charg(?:es|ed|ing)|bill(?:s|ed))\s(?:us|me|them|him|her|the company|the business|our (?:company|business|firm))\s(?:(?:about|around|roughly|nearly|almost|over|some|~)\s?)?[$€£]?$/;

/**
 * Money raised as a funding round: "we raised a $2m seed", "raised a small $450k pre-seed",
 * "a $5m series A". It is the company's capital, not what may be spent a month on the model.
 */
const RAISED_BEFORE =
  /\brais(?:e|ed|ing)\s(?:(?:a|an|our|the|just|only)\s){0,2}(?:(?:tiny|small|modest|little|big|huge|decent|healthy)\s)?[$€£]?$/;
const ROUND_AFTER =
  /^\s?(?:(?:pre-?\s?)?seed|series\s[a-e]|(?:funding\s)?round|raise)\b/;

/**
 * A correction said right before an amount, which then replaces the budget read before it:
 * "$5k per month. Actually make that $6k", "make it $7k", "correction: $9k a month".
 */
const CORRECTED_BEFORE =
  /\b(?:make\s(?:that|it)|call\sit|correction:?|(?:actually|sorry|wait|no),?\s(?:(?:it'?s|it\sis|that'?s|that\sis|it\sshould\sbe|make\s(?:that|it))\s)?)\s?(?:(?:about|around|roughly|more\slike|~)\s?)?[$€£]?$/;

/** Readings where an amount was dismissed: one corrected after it is the budget ("$400 is fantasy - call it $700"). */
const DISMISSED = new WeakSet<QuantityContext>();

/** The period of the budget read last in each reading, for a correction that gives no period. */
const LAST_PERIOD = new WeakMap<QuantityContext, string>();

/** Where the budget read last in each reading ends, for a bare correction right after it. */
const LAST_END = new WeakMap<QuantityContext, number>();

/**
 * A bare amount put in place of the budget just read, later in the same sentence: "budget
 * 18-22k a month, call it 20k", "$4-6k/mo - make it 5k", "around 900 a month, make that 1k".
 * Without a currency or a budget word of its own it is money only through the correction, so it
 * is read only close after a budget (CORRECTED_BEFORE, readBudget, makes it replace that one).
 */
const BARE_CORRECTION_RE = new RegExp(
  `\\b(?:call\\sit|make\\s(?:that|it))\\s(?:(?:about|around|roughly|~)\\s?)?(?<num>${N})(?=\\s*(?:[,.;:!?)](?!\\d)|$))`,
  'g',
);

/** Bare corrections of the budget just read ("..., call it 20k"), at most 60 characters after it. */
function readBareCorrections(ctx: QuantityContext): void {
  for (const m of matches(ctx, BARE_CORRECTION_RE)) {
    const last = LAST_END.get(ctx);
    if (ctx.signals.values.budget_usd_per_month === undefined) return;
    if (last === undefined || last > m.index) continue;
    const between = ctx.text.slice(last, m.index);
    if (between.length > 60 || /[.!?](?:\s|$)|\n/.test(between)) continue;
    const num = m.groups!.num;
    const [s, e] = groupSpan(m, num);
    const read = moneyAmount(num, undefined);
    if (readBudget(ctx, read.amount, s, e, num, '', read.notes))
      ctx.spans.take(s, e);
  }
}

function readBudget(
  ctx: QuantityContext,
  amount: number,
  start: number,
  end: number,
  written: string,
  currency: string,
  rangeNotes: string[] = [],
  /** True when the match itself holds the budget noun ("Budget... maybe 2k"), past any pause. */
  named = false,
): boolean {
  const { before, after, clause } = around(ctx, start, end, 10_000, 40);
  if (DIGIT_COUNT_AFTER.test(after)) {
    ctx.signals.assumptions.push(
      `"${written.trim()}${after
        .slice(0, 10)
        .trimEnd()}" gives the size of a number, not an amount: no budget read`,
    );
    return true;
  }
  if (SET_APART_AFTER.test(ctx.text.slice(end, end + 80))) {
    ctx.signals.assumptions.push(
      `"${written.trim()}" is said to be separate from this: not read as the budget`,
    );
    return true;
  }
  if (DISMISSED_AFTER.test(ctx.text.slice(end, end + 100))) {
    DISMISSED.add(ctx);
    ctx.signals.assumptions.push(
      `"${written.trim()}" is dismissed right after it: not read as the budget`,
    );
    return true;
  }
  if (NOT_BUDGET_AFTER.test(after)) {
    ctx.signals.assumptions.push(
      `"${written.trim()}${after
        .slice(0, 12)
        .trimEnd()}" read as a price, not as a monthly budget`,
    );
    return false;
  }
  if (
    RAISED_BEFORE.test(before) ||
    (/\d\s?(?:k|m|mn|million)?$/i.test(written) && ROUND_AFTER.test(after))
  ) {
    ctx.signals.assumptions.push(
      `"${written.trim()}" is money raised, not a budget`,
    );
    return false;
  }
  if (PRICE_PAID_BEFORE.test(before)) {
    ctx.signals.assumptions.push(
      `"${written.trim()}" is what something cost, not a budget`,
    );
    return false;
  }
  const periodAfter = PERIOD_AFTER.exec(after);
  // the clause ends at a colon: a label before it names the amount
  const label = BUDGET_LABEL_BEFORE.exec(
    ctx.text.slice(Math.max(0, start - 80), start),
  )?.[0];
  const span = periodAfter
    ? null
    : SPAN_AFTER.exec(around(ctx, start, end, 0, 80).after);
  // "Actually make that $12k" after a budget: the correction is of the budget
  const corrected =
    CORRECTED_BEFORE.test(before) &&
    (ctx.signals.values.budget_usd_per_month !== undefined ||
      DISMISSED.has(ctx));
  if (
    !periodAfter &&
    !span &&
    !named &&
    !corrected &&
    !BUDGET_WORDS.test(clause) &&
    !label
  )
    return false;
  if (!checkPositive(ctx, 'budget_usd_per_month', amount, written)) return true;
  const period =
    periodAfter ??
    PERIOD_BEFORE.map(
      re => re.exec(before) ?? (label ? re.exec(label) : null),
    ).find(p => p !== null);
  const unitWord =
    period?.slice(1).find(Boolean) ??
    (corrected ? LAST_PERIOD.get(ctx) : undefined);
  const notes: string[] = [...rangeNotes];
  let monthly = amount;
  const spanUnit = span?.groups && periodOf(span.groups.unit);
  const spanCount = Number(span?.groups?.count);
  if (spanUnit && spanCount > 0) {
    monthly = (amount * PERIODS_PER_MONTH[spanUnit]) / spanCount;
    notes.push(
      `$${fmt(amount)} over ${fmt(spanCount)} ${spanUnit}${
        spanCount === 1 ? '' : 's'
      } = $${fmt(roundSig(monthly, 6))} per month`,
    );
  } else if (unitWord) {
    const unit = periodOf(unitWord);
    if (!unit) return false;
    monthly = amount * PERIODS_PER_MONTH[unit];
    if (unit !== 'month')
      notes.push(
        `$${fmt(amount)} per ${unit} = $${fmt(roundSig(monthly, 6))} per month`,
      );
  } else {
    notes.push(`no period given for $${fmt(amount)}: read as per month`);
  }
  const code = currency ? currencyOf(currency)?.code : undefined;
  if (code && code !== 'USD') {
    notes.push(`${code} read as US dollars (no exchange rate applied)`);
  }
  if (!currency) notes.push('no currency given: read as US dollars');
  const bound = boundBefore(before);
  if (bound)
    boundedAmounts(ctx).push({
      monthly: roundSig(monthly, 6),
      bound: bound.bound,
      written: `${bound.words}${written}`,
    });
  if (corrected)
    notes.push(`"${written.trim()}" corrects the amount before it`);
  if (
    setSignal(
      ctx.signals,
      'budget_usd_per_month',
      roundSig(monthly, 6),
      'stated',
      notes.join('; ') || undefined,
      { override: corrected },
    ) &&
    unitWord
  )
    LAST_PERIOD.set(ctx, unitWord);
  if (ctx.signals.values.budget_usd_per_month !== undefined)
    LAST_END.set(ctx, end);
  return true;
}

/** The amounts of one reading said as a floor or a ceiling of the budget (budgetBounds.ts). */
const BOUNDED = new WeakMap<QuantityContext, BoundedAmount[]>();
function boundedAmounts(ctx: QuantityContext): BoundedAmount[] {
  let list = BOUNDED.get(ctx);
  if (!list) {
    list = [];
    BOUNDED.set(ctx, list);
  }
  return list;
}

/**
 * A monthly budget in USD from "$3k/month", "3,000 USD a month", "$36k per year", "budget of
 * 5000"; a floor said above a ceiling ("at least $9k a month ... no more than $3k a month") is a
 * question.
 */
export function extractBudget(ctx: QuantityContext): void {
  // "40 000 kronor a month": asked for in dollars, unless a budget in dollars is said too
  const unconverted = readUnconvertedBudget(ctx);
  readBudgets(ctx);
  readBareCorrections(ctx);
  if (unconverted && ctx.signals.values.budget_usd_per_month !== undefined)
    ctx.signals.questions.splice(ctx.signals.questions.indexOf(unconverted), 1);
  const conflict = contradictoryBounds(boundedAmounts(ctx));
  if (conflict) ctx.signals.questions.push(conflict);
  BOUNDED.delete(ctx);
}

function readBudgets(ctx: QuantityContext): void {
  for (const m of matches(ctx, MONEY_RE)) {
    const g = m.groups!;
    // "10 grand" is 10 thousand dollars, like "10k$"
    const kilo = (g.cur2 && currencyOf(g.cur2)?.scale) === 1000 ? 'k' : '';
    const high = g.hi ?? g.hi2;
    const read = moneyAmount(
      (g.num ?? g.num2) + (high ? '' : kilo),
      high && high + kilo,
    );
    // "-$5k": a minus before the currency is a negative amount, rejected like "-5k users"
    if (g.minus) read.amount = -read.amount;
    const end = m.index + m[0].length;
    if (
      readBudget(
        ctx,
        read.amount,
        m.index,
        end,
        m[0],
        g.cur ?? g.cur2 ?? '',
        read.notes,
      )
    )
      ctx.spans.take(m.index, end);
  }
  // an amount without a currency in a frame of spending or having money, then after "budget"
  if (ctx.signals.values.budget_usd_per_month === undefined) framedAmounts(ctx);
  for (const [re, wholeMatch] of [
    [SPEND_RE, false],
    [CAP_RE, false],
    [BARE_BUDGET_RE, true],
    [SPEND_NOUN_RE, true],
  ] as const) {
    if (ctx.signals.values.budget_usd_per_month !== undefined) return;
    for (const m of matches(ctx, re)) {
      const g = m.groups!;
      const num = g.num ?? g.num2;
      const read = moneyAmount(num, g.hi);
      // the amount runs to the end of the range: a period, if any, comes right after it
      const [s] = groupSpan(m, num);
      const e = g.hi
        ? m.index + m[0].lastIndexOf(g.hi) + g.hi.length
        : s + num.length;
      const written = m[0].slice(s - m.index, e - m.index);
      if (
        readBudget(
          ctx,
          read.amount,
          s,
          e,
          written,
          '',
          read.notes,
          re === BARE_BUDGET_RE,
        )
      )
        ctx.spans.take(
          wholeMatch ? m.index : s,
          wholeMatch ? m.index + m[0].length : e,
        );
    }
  }
}

/** What a budget is called: "the budget", "the monthly budget cap", "our spending limit". */
const BUDGET_NAMED =
  '(?:(?:monthly|yearly|annual|overall|total)\\s)?(?:(?:budget|spend(?:ing)?|cost)\\s(?:cap|limit|ceiling|constraint|restriction|line)|budget)s?\\b';
/**
 * A budget taken back: "scratch the budget cap", "ditch the spending limit", "lift our monthly
 * budget", "the budget cap is gone", "the cost ceiling has been waived". A refusal before the verb
 * keeps it ("we can't lift the budget cap").
 */
const BUDGET_WITHDRAWN = new RegExp(
  `(?<!\\b(?:not|never|don'?t|do\\snot|can'?t|cannot|won'?t|wouldn'?t|shouldn'?t)\\s)\\b(?:scratch|ditch|scrap|lift|ignore|waive|kill|cancel|strike|nix|throw\\sout|get\\srid\\sof)\\s(?:(?:the|that|this|our|my|any)\\s)?${BUDGET_NAMED}|\\b${BUDGET_NAMED}\\s(?:is|'s|has\\sbeen|was)\\s(?:gone|lifted|removed|waived|scrapped|dropped|cancell?ed|no\\slonger\\s(?:an?\\s)?(?:issue|concern|constraint|factor|limit))\\b`,
);

/**
 * Whether the text takes a budget back, as a follow-up does that lifts the cap said before (read
 * with ruleBasedIntent.ts's own words for it: "no budget", "remove the budget"). An amount after
 * it replaces the budget instead: "scratch the budget, finance says $6k/month".
 */
export function budgetWithdrawn(text: string): boolean {
  const m = BUDGET_WITHDRAWN.exec(text);
  return (
    !!m && !new RegExp(MONEY_RE.source).test(text.slice(m.index + m[0].length))
  );
}
