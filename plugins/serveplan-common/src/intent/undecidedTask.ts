/**
 * A request that says its task is not settled yet: "we haven't decided what it would do yet", "I
 * don't know what we'd use it for yet", "nobody has agreed which of those comes first", "not
 * decided what exactly yet, product is still debating a few ideas", "we haven't decided whether
 * it's the in-app assistant or a bulk tagging job". Whatever tasks such a request mentions are
 * candidates, not the use case: none is read (useCase.ts), and the use case is what is asked
 * (clarify.ts). What else may be undecided ("we haven't decided which GPU to buy", "the launch
 * date hasn't been decided") says nothing of the task.
 */

/** A verb of deciding, denied: "haven't decided", "nobody has agreed", "not yet settled on". */
const NOT_DECIDED =
  "(?:(?:haven'?t|have not|hasn'?t|has not|had not|not|nobody has|no one has|yet to)\\s(?:(?:yet|really|fully|actually|quite|properly|even)\\s)*(?:decided|agreed|settled|worked out|figured out|chosen|picked|determined)(?:\\s(?:on|upon|yet))*)";

/** Topics of a decision that are not the task: hardware, models, money, places, dates. */
const OTHER_TOPIC =
  '(?![^.;!?]{0,60}\\b(?:gpus?|cards?|models?|llms?|cloud|budget|licen[cs]es?|vendors?|providers?|hardware|servers?|regions?|hosting|dates?|\\d+b)\\b)';

/** What the decision is about, when it is the task. */
const TASK_DECISION = [
  // "what it would do", "what exactly", "what the assistant should do", "what we'd use it for"
  `what\\s(?:exactly\\b|(?:it|the (?:ai|model|assistant|tool|bot|system))(?:'d|\\swould|\\swill|\\sshould|\\scould)?\\s(?:do|be for)\\b|(?:we|they|you)(?:'d|\\swould|\\swill|\\swant to|\\sshould)?\\s(?:use it for|do with it|use an? (?:ai|llm|model) for|build)\\b)`,
  // "which of those comes first", "which feature", "which use case"
  'which\\s(?:of\\s(?:those|these|them|the\\s(?:ideas|options|features|use cases|projects))|(?:feature|use case|idea|project|task)s?)\\b',
  // "whether it's the in-app chat assistant or a bulk job"
  `whether\\sit(?:'s|\\sis|\\swill be|\\swould be)\\s${OTHER_TOPIC}[^.;!?]{1,80}?\\sor\\s`,
].join('|');

const UNDECIDED_TASK = new RegExp(
  [
    `\\b${NOT_DECIDED}\\s(?:${TASK_DECISION})`,
    // "I don't know what we'd use it for yet", "not sure yet what we would do with it"
    `\\b(?:don'?t|do not|doesn'?t|does not|not sure)\\s(?:(?:really|yet|honestly|actually)\\s)*(?:know\\s)?(?:yet\\s)?what\\s(?:we|they|i)(?:'d|\\swould|\\swill|\\scould|\\sshould|\\smight)?\\s(?:use (?:it|this|an? (?:ai|llm|model))\\sfor|do with it)\\b`,
    // "something, not sure what yet"
    '\\bnot sure what(?:\\s(?:exactly|yet))+\\b',
    // "product is still debating a few ideas", "still arguing about which"
    '\\bstill\\s(?:debating|arguing about|discussing|deciding)\\s(?:(?:a few|several|some|the|between)\\s)?(?:ideas|options|use cases|features|which|what)\\b',
  ].join('|'),
);

/** True when `text` (lower case) says the task is not decided yet. */
export function saysTaskUndecided(text: string): boolean {
  return UNDECIDED_TASK.test(text);
}
