/**
 * A deployment said to cover only a part of the organisation: "this pilot only covers radiology",
 * "the rollout is limited to the legal team", "phase one is just for the Lisbon office". The
 * people counted for the whole organisation are then not its users; a later count of that part
 * ("Radiology has about 350 clinicians", "legal is 45 lawyers") is (users.ts).
 */

/** What is deployed first or on trial: the thing whose reach the sentence narrows. */
const DEPLOYMENT =
  '(?:pilot|trial|rollout|roll-out|first\\sphase|initial\\sphase|phase\\s(?:one|1)|proof\\sof\\sconcept|poc|mvp|first\\srelease|initial\\srelease|beta|deployment|launch)';
/**
 * The narrowing verb: "only covers", "covers only", "is just for", "is limited to", "will only
 * include". A plain "covers" does not narrow ("the rollout covers every hospital").
 */
const NARROWS =
  '(?:(?:only|just|solely)\\s(?:covers?|includes?|involves?|targets?|serves?|applies\\sto|is\\sfor|be\\sfor|for)|(?:covers?|includes?|involves?|targets?|serves?|is|be)\\s(?:only|just|solely)(?:\\sfor)?|(?:is|will\\sbe|would\\sbe)\\s(?:limited|restricted|confined|scoped)\\sto)';
const SCOPE = new RegExp(
  `\\b(?:(?:the|this|our|its|a)\\s(?:[a-z-]+\\s)?)?${DEPLOYMENT}\\s(?:(?:will|would|is\\sgoing\\sto)\\s)?${NARROWS}\\s(?:(?:the|our|its|their)\\s)?(?<group>[a-z][a-z-]*(?:\\s[a-z][a-z-]*){0,2})`,
  'g',
);

/** Words that end the name of the part: "radiology for now", "legal and then sales". */
const ENDS_GROUP =
  /^(?:for|and|or|at|in|on|while|but|so|because|until|though|although|first|initially|now|today|which|who|with|to|as|of|department|departments|dept|team|teams|unit|units|division|ward|wards|group|office|staff|people|users|employees)$/;

export interface DeploymentScope {
  /** The words naming the part covered, without determiners or nouns like "team". */
  words: string[];
}

/** Every part of the organisation a deployment is said to cover only, in `text` (lower case). */
export function deploymentScopes(text: string): DeploymentScope[] {
  const out: DeploymentScope[] = [];
  for (const m of text.toLowerCase().matchAll(SCOPE)) {
    const words: string[] = [];
    for (const w of (m.groups?.group ?? '').split(' ')) {
      if (ENDS_GROUP.test(w)) break;
      words.push(w);
    }
    if (words.length > 0) out.push({ words });
  }
  return out;
}

/**
 * Whether `sentence` names the part: one of its words, or a word sharing its first five letters
 * ("radiology" and "radiologists", "sales" and "salespeople").
 */
export function namesScope(sentence: string, scope: DeploymentScope): boolean {
  const said = sentence.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  return scope.words.some(w =>
    said.some(s => (w.length < 5 ? s === w : s.slice(0, 5) === w.slice(0, 5))),
  );
}
