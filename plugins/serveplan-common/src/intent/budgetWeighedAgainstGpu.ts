/**
 * Whether the writer has already weighed a small budget against the hardware it pays for, so that
 * a budget below one rented GPU-month is no slip to ask about: the GPU is theirs already ("I
 * picked up one L4 last month", "we already have two A10Gs", "we got 2 B200s") and the budget only
 * runs it (also said as the GPU of their own machine: "rig: 1x L4"), or they name the GPU as what
 * the budget affords ("a single L4 is all I can afford",
 * "can only afford one T4", "enough for one A10G").
 *
 * Why: the check "a budget of $40 per month is less than one L4 for a month: is it right?"
 * (clarify.ts) catches a budget with a misread period or a missing zero. A writer who says which
 * GPU the money is for has answered it: the period and the amount are theirs, and the question
 * would only make them repeat it.
 */

/**
 * A GPU, as a name of letters then digits ("L4", "A10G", "H100s", "MI300X"), a consumer card's
 * number ("RTX 4090") or the word for one ("GPU", "graphics card"); never a bare number ("have 300 users").
 * A full stop may end it ("rig: 1x L4."), a dotted version may not.
 */
const GPU =
  '(?:(?:tesla|radeon|nvidia|amd)\\s)?(?:[a-z]{1,4}\\d{1,4}[a-z]{0,3}(?:\\s(?:ti|super|pcie|sxm))?|(?:rtx|gtx)\\s?\\d{3,4}(?:\\s?(?:ti|super))?|gpus?|graphics\\scards?)(?!\\w|\\.\\w)';

/** How many of them, and of what kind, between the verb and the GPU: "one", "a single", "4x", "an old". */
const HOW_MANY =
  '(?:(?:only|just|a|an|one|single|two|three|four|spare|old|used|second[\\s-]hand|refurbished|my|our|own|\\d+\\s?x?)\\s){0,3}';

/** A GPU had already: "I picked up one L4", "we already have an A10G", "we got 2 B200s". */
const OWNED = new RegExp(
  `\\b(?:have|has|own|owns|got|bought|purchased|picked\\sup|grabbed|inherited)\\s${HOW_MANY}${GPU}`,
);

/**
 * A GPU in the writer's own machine, named by a word for hardware one keeps at home or at a desk:
 * "rig: 1x L4", "my workstation has two A6000s", "homelab - single 3090", "desktop with an RTX
 * 4090". A server or an instance may be rented, so it counts only as "my"/"our" one ("our box
 * runs an A10G").
 */
const OWN_MACHINE = new RegExp(
  `\\b(?:(?:rig|homelab|home\\s?lab|home\\sserver|workstation|desktop|gaming\\spc)|(?:my|our)\\s(?:own\\s)?(?:pc|box|server|machine|setup))\\s?(?:[:=(-]|\\s(?:has|have|with|runs|running|holds|got|is))\\s?${HOW_MANY}${GPU}`,
);

/** A GPU named as what the money stretches to: "a single L4 is all I can afford". */
const AFFORDED = [
  new RegExp(
    `${GPU}(?:\\s(?:or|and)\\s(?:an?\\s)?${GPU})?\\s(?:is|are|would be|will be)\\s(?:all|what|the most)\\s(?:i|we)\\s(?:can|could)\\s(?:afford|pay for|stretch to|justify)\\b`,
  ),
  new RegExp(
    `\\b(?:can|could)\\s(?:only\\s)?(?:afford|pay for|stretch to|justify)\\s${HOW_MANY}${GPU}`,
  ),
  new RegExp(`\\benough\\sfor\\s${HOW_MANY}${GPU}`),
];

/** A negation a few words before: "we don't have a GPU", "can't even afford one L4". */
const NEGATED_BEFORE =
  /(?:\b(?:not|no|never|without|dont|cant|cannot)\b|n't\b)(?:\s[\w'-]+){0,2}\s$/;

/**
 * The words in which the writer ties the budget to a GPU they have or can afford, if any; the
 * budget-below-one-GPU question (clarify.ts) is then not asked.
 */
export function budgetWeighedAgainstGpu(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const re of [OWNED, OWN_MACHINE, ...AFFORDED]) {
    const m = re.exec(lower);
    if (m && !NEGATED_BEFORE.test(lower.slice(0, m.index))) return m[0];
  }
  return undefined;
}
