/**
 * A scale the writer says is not settled, given as alternatives: "not sure how many would use it,
 * could be our 30 dispatchers, could be 3,000 if the public gets it", "volumes: no idea yet,
 * could be fifty a week, could be five thousand", "the ops lead says 40 requests a minute, finance
 * thinks it's 40 an hour, and I can't get either of them to confirm", "in one meeting it was the
 * 12 editors; in the next, all 90k subscribers. I don't know which one I'm pricing". Whichever
 * count the readers pick, the plan would be sized for a guess the writer has not made, so the
 * writer is asked which it is. A single count said with doubt ("not sure, maybe 200 users") is
 * an estimate, not alternatives, and so are counts of different things said together ("about 200
 * users, 5 requests per second at peak").
 */

/**
 * A count as written, in digits or in words: "2000", "200k", "2,000", "ten thousand", "fifty";
 * not a length, a time, a share or an amount of money ("2,500 tokens", "6k tok", "3 s", "40 %").
 */
const FIGURE = String.raw`(?!\S*\s?(?:tokens?|tok|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|gb|%|percent|dollars?|usd|eur|euros?)\b)(?:(?<![\w$€£/.,])\d[\d,.]*(?:\s?(?:k|m|thousand|million))?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\s-](?:hundred|thousand|million))*\b(?=\s(?:[a-z]+\s)?(?:a|an|per|people|users|staff|members|players|calls|requests|messages|queries|thousand|hundred|million)\b|[,.;]))`;

/** The writer does not know or has not decided: "not sure", "no idea yet", "not decided". */
const UNDECIDED =
  /\b(?:not sure|unsure|no idea|(?:don'?t|do not|doesn'?t|does not) know|can'?t tell|hard to say|(?:not|isn'?t) (?:yet )?(?:decided|settled|clear|known)|undecided|up in the air|(?:can'?t|cannot|couldn'?t) get (?:either|both|any) of them|no one (?:can|could|will) confirm)\b/;

/**
 * Counts offered as alternatives: "could be 20, could be 2,000", "might be ten, might be ten
 * thousand", "either 50 or 5,000" ("maybe 80 users ... maybe 25 a day" are estimates of two
 * things); said by two people ("the manager says 200 a second ... the lead thinks
 * it's 200 a day"); or said at two times ("in one meeting it was 50 people; in the next,
 * 200k players").
 */
const ALTERNATIVES = [
  new RegExp(
    String.raw`\b(could be|might be)\s(?:[a-z]+\s){0,3}?${FIGURE}[^.!?]{0,80}?\b\1\s(?:[a-z]+\s){0,3}?${FIGURE}`,
  ),
  new RegExp(
    String.raw`\beither\s(?:[a-z]+\s){0,3}?${FIGURE}[^.!?]{0,60}?\bor\s(?:[a-z]+\s){0,3}?${FIGURE}`,
  ),
  new RegExp(
    String.raw`\b(?:says?|said|thinks?|thought|reckons?|estimates?|claims?)\b[^.!?]{0,60}?${FIGURE}[^!?]{0,160}?\b(?:says?|said|thinks?|thought|reckons?|estimates?|claims?)\b[^.!?]{0,60}?${FIGURE}`,
  ),
  new RegExp(
    String.raw`\bin (?:one|the first) (?:meeting|call|version|draft|plan|conversation|email)\b[^!?]{0,160}?\bin the (?:next|other|second|following)(?: one)?\b`,
  ),
];

/** The sentences of `text`, split after ".", "!" or "?" before a space (not inside "1.5"). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/**
 * The question to ask when `text` says its scale is not settled and gives alternatives: the
 * sentence that says so and the two before it hold two or more different counts offered as
 * alternatives. Undefined otherwise.
 */
export function undecidedScaleQuestion(text: string): string | undefined {
  const parts = sentences(text.toLowerCase());
  for (let i = 0; i < parts.length; i++) {
    const own = parts[i];
    const window = parts.slice(Math.max(0, i - 2), i + 1).join(' ');
    // "could be 20, could be 2,000" says by itself that nothing is settled
    const undecided = UNDECIDED.test(own) || ALTERNATIVES[0].test(own);
    if (!undecided) continue;
    const alternatives = ALTERNATIVES.find(re => re.test(window));
    if (!alternatives) continue;
    const figures = [
      ...new Set(
        [
          ...window.matchAll(new RegExp(`${FIGURE}(?:\\s[a-z]+){0,2}`, 'g')),
        ].map(m => m[0].trim()),
      ),
    ];
    if (figures.length < 2) continue;
    return `The scale is not settled: ${figures
      .slice(0, 3)
      .map(f => `"${f}"`)
      .join(
        ', ',
      )} are given as alternatives. Which should the plan be sized for?`;
  }
  return undefined;
}
