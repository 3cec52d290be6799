/**
 * A contract named as the reason for a constraint, not as what the model reads: "because of a
 * clause in a government contract we cannot use ...", "under our contract with the ministry the
 * data stays in the EU", "our contract with the bank forbids ...". Such words say why a rule
 * holds; they are blanked before the use case is read, so contracts count only as documents
 * worked on ("reviews supplier contracts").
 */

/** "because of a clause in a government contract", "as per our contract with the city". */
const REASON_BEFORE = new RegExp(
  [
    '\\b(?:because of|due to|owing to|under|as per|bound by|by the terms of)\\s',
    '(?:(?:a|an|the|our|their|its|one)\\s)?',
    // "a clause in", "the terms of"
    '(?:(?:clauses?|terms?|provisions?|conditions?)\\s(?:in|of)\\s(?:(?:a|an|the|our|their|its)\\s)?)?',
    '(?:[a-z]+\\s)?contracts?\\b',
  ].join(''),
  'g',
);

/** "our contract with the bank forbids", "the contract requires". */
const CONTRACT_RULES =
  /\bcontracts?\s(?:with\s(?:(?:the|a|an|our)\s)?[a-z]+\s)?(?:says?|forbids?|requires?|prohibits?|bars?|rules? out|stipulates?|mandates?|demands?)\b/g;

/**
 * A contract as the business deal the work comes from, or where a number is written: "we just won
 * a contract with a mid-sized city", "signed the contract last month", "that's the number
 * written in the contract".
 */
const CONTRACT_AS_DEAL =
  /\b(?:won|win|signed|sign|landed|secured|awarded|bid(?:ding)?\s(?:for|on))\s(?:(?:a|an|the|our|this|that|their|new|big)\s){0,2}contracts?\b|\b(?:written|stated|agreed|fixed|set)\sin\s(?:the|our|their)\scontract\b|\b(?:contract|procurement)\s(?:value|budget|price|number|signing|terms)\b/g;

/** `text` (lower case) with every contract named as a reason blanked (same length). */
export function withoutContractsAsReasons(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(REASON_BEFORE, blank)
    .replace(CONTRACT_RULES, blank)
    .replace(CONTRACT_AS_DEAL, blank);
}
