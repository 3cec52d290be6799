/**
 * Work the writer's side already finished, told with when it happened ("we localized the site
 * into 9 languages last spring", "we migrated to the cloud two years ago, which took 8 months"),
 * is history, not what the model is wanted for. The sentences that tell it are blanked before the
 * use case is read; the caller falls back on the whole text when the rest names no use case.
 */

/** A count of weeks, months or years, in digits or words. */
const SPAN_COUNT =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/**
 * A time in the past: "last spring", "3 years ago", "which took 11 months", "back in 2021", "ages
 * ago".
 */
const PAST_TIME = new RegExp(
  `\\blast (?:spring|summer|autumn|fall|winter|year|month|quarter|week)\\b(?!'s)|\\b(?:${SPAN_COUNT}|a|a few|a couple of|several) (?:years?|months?|weeks?) ago\\b|\\b(?:which|that|it) took (?:us )?(?:about |around |roughly |nearly |almost |over |more than )?${SPAN_COUNT} (?:weeks|months|years)\\b|\\bback in (?:19|20)\\d\\d\\b|\\b(?:ages|long|a while|a long time) ago\\b`,
);

/**
 * The writer's side as the subject of a verb in the past tense: "we localized", "our team built",
 * "my cousin built", "our old vendor wrote".
 */
const PAST_DEED =
  /\b(?:we|i|our team|the team|(?:my|our)\s(?:[a-z]+\s)?[a-z]+)\s(?:(?:already|just|recently|finally|also|successfully|once)\s)?(?:(?!(?:need|embed|feed|speed|proceed|succeed|exceed)\b)[a-z]{2,}ed|(?:re)?(?:built|made|wrote|ran|did)|shipped|launched|rolled out|went|spent|took)\b/;

/** A sentence of the request, up to and including its closing mark ("2.5" and "e.g" stay inside). */
const SENTENCE = /(?:[^.!?;\n]|[.!?;](?!\s|$))+(?:[.!?;]+|\n|$)/g;

/** `text` (lower case) with every sentence of finished past work blanked (same length). */
export function withoutPastWork(text: string): string {
  return text.replace(SENTENCE, sentence =>
    PAST_TIME.test(sentence) && PAST_DEED.test(sentence)
      ? ' '.repeat(sentence.length)
      : sentence,
  );
}
