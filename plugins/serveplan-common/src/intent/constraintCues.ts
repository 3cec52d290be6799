/**
 * The cue words of constraints, shared by the readers of model names, licences and origins: what
 * excludes ("no", "avoid", "steer clear of", "... is off the table"), what restricts ("only",
 * "must be", "nothing else") and what adds ("also"). Each reader finds its own names; these decide
 * what the clause does with them.
 */
import { negatedBefore } from './text';

/**
 * A verdict after a name that rules it out: "Qwen is not allowed", "Chinese models are off the
 * table", "MI300X hardware is out of the question", "B200s aren't available in our region"; or a request for it still unanswered or refused, so it is not had: "the B200 order is
 * still pending", "our MI300X reservation was denied", "the H200 quota request fell through"; or
 * hardware gone to other hands, or gone: "the A100s were reassigned to a different team", "the H100s are
 * gone", "the V100s were retired", or priced out ("the H200s are prohibitively expensive"), "our L40S nodes
 * got pulled for another workload", "the MI300X boxes were taken away", "the L4s were transferred
 * to the data team" (handed on to another team; "assigned to the team" alone may be ours). Moved
 * to a place ("moved to the new datacenter") is still had. Or the name put first as the object of a refusal that
 * ends the clause: "Qwen models we don't want", "H100s the client won't accept" (not "Llama we
 * don't want to lose", where the refusal goes on to something else).
 */
export const EXCLUDED_AFTER =
  /^\s*(?:models?|gpus?|cards?|family|series|weights|ones|licen[cs]es?|licen[cs]ed(?: models?)?|hardware|instances?|nodes?|chips?|accelerators?)?\s*(?:(?:is|are|r|'s|’s|was|were|has been|have been|got|gets|must be|should be|will be|would be|are to be|is to be|aren'?t|isn'?t|ain'?t)\s?)?\s*(?:not allowed|banned|booked(?:\s(?:solid|up|out))?|fully booked|sold out|excluded|out|off the table|not an option|forbidden|a no-go|not ok(?:ay)?|not acceptable|unacceptable|too expensive|not available|unavailable|blocked|ruled out|off[\s-]limits|out of bounds|(?:a\s)?non[\s-]?starters?|out of the question|(?:not|n't)\s(?:(?:yet|really|currently)\s)?(?:available|offered|on offer|possible|an option)|not permitted|prohibited|disallowed|barred|vetoed|rejected|blacklisted|blocklisted|embargoed|taboo|not approved|unapproved|not cleared|(?:(?:prohibitively|eye[\s-]?wateringly|insanely|ridiculously|absurdly|far too|way too)\s)expensive|(?:(?:all\s)?(?:gone|retired|decommissioned)|no longer (?:available|ours|here|an option))(?!\s(?:to|for|up|down|through|into|over|back|away|by)\b))\b|^\s*(?:models?|family|series|ones)?\s*(?:is|are|was|were|has been|have been|got|gets|must be|should be|will be|is to be|are to be|to be)\s(?:avoided|rejected)\b|^\s*(?:models?|gpus?|cards?|family|series|ones)?\s*(?:(?:is|are|was|were)\snot\sto|(?:must|may|should|can|shall|could)\s?not|can'?t|cannot|mustn'?t|shouldn'?t|won'?t)\s(?:be\s)?(?:used|considered|deployed|chosen|selected|picked|run)\b|^\s*(?:(?:gpus?|cards?|instances?|nodes?|capacity|quota)\s)?(?:requests?|reservations?|orders?|allocations?|applications?|tickets?|purchases?)\s(?:(?:is|are|was|were|has been|have been|got|'s)\s)?(?:still\s)?(?:pending|stuck|on hold|delayed|denied|rejected|declined|refused|cancell?ed|not (?:yet )?approved|unapproved|backordered|in limbo|in review|under review|waitlisted|fell through)\b|^\s*(?:(?:gpus?|cards?|instances?|nodes?|servers?|boxes)\s)?(?:(?:have|has|had|were|was|are|is|got|have been|has been)\s)?(?:went|gone|going|(?:re)?assigned|(?:re)?allocated|moved|given|handed|lent|loaned|taken|pulled|transferred|diverted|repurposed|claimed|sold|returned)\s(?:(?:over|back|away)\s)?(?:(?:to|for|by)\s(?:(?:an?|the|some)\s)?(?:another|other|different)\b|elsewhere\b)|^\s*(?:(?:gpus?|cards?|instances?|nodes?|servers?|boxes)\s)?(?:(?:have|has|had|were|was|are|is|got|have been|has been)\s)?(?:gone|went|given|taken|pulled|sold)\saway\b|^\s*(?:(?:gpus?|cards?|instances?|nodes?|servers?|boxes)\s)?(?:(?:have|has|had|were|was|are|is|got|have been|has been)\s)?(?:re(?:allocated|assigned|deployed|purposed)|moved|transferred|diverted|handed\sover|lent|loaned|pulled)\s(?:back\s)?to\s(?:the|another|their|a\sdifferent)\s(?:[\w-]+\s){0,2}?(?:team|group|department|dept|project|division|lab|org|squad|unit)s?\b|^\s*(?:models?|gpus?|cards?|family|series|ones|stuff)?\s*(?:we|i|they|(?:the|our|my)\s(?:[\w-]+\s)?[\w-]+)\s(?:(?:really|just|definitely|absolutely|simply|also)\s)?(?:don'?t|dont|do\snot|doesn'?t|doesnt|does\snot|won'?t|wont|will\snot|can'?t|cant|cannot|can\snot|never|wouldn'?t|wouldnt|would\snot)\s(?:(?:really|even|ever)\s)?(?:want|like|need|use|trust|allow|accept|touch|consider)(?:\s(?:them|it|at\sall|either|anymore|please|pls|plz|here))*\s*$/;

/**
 * Verbs of keeping away that text.ts's negation words do not cover: "keep away from DeepSeek",
 * "steer clear of Qwen", "stay off Korean models", "keep it off anything Mistral-based", "rule out
 * Llama", "legal has ruled out any Gemma model", "blacklist Mixtral". Read like a negation: within
 * the clause and a few words before the name.
 */
const AVOID_BEFORE =
  /\b(?:(?:keep|keeping|stay|staying|steer|steering)\s(?:away|clear)\s(?:from|of)|(?:keep|keeping|stay|staying)\s(?:(?:it|us|them|this|that|everything|things)\s)?off|rul(?:e|es|ed|ing)\sout|leav(?:e|es|ing)\sout|left\sout|prohibit(?:s|ed|ing)?|forbid(?:s|den|ding)?|disallow(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|blocklist(?:s|ed|ing)?|bar(?:s|red|ring)|outlaw(?:s|ed|ing)?|embargo(?:es|ed|ing)?(?:\s(?:on|against))?|no\sgo\sfor)\b(?:\s+[\w'-]+){0,4}\s*$/;

/**
 * A verb of prohibition anywhere earlier in the clause, however many words stand between it and
 * the name: "policy forbids running any model released by Mistral", "rules prohibit deploying an
 * LLM trained in China". A turn after it ("so we use Llama", "but Qwen is fine") ends its reach.
 */
const FORBIDDEN_EARLIER =
  /\b(?:prohibit(?:s|ed|ing)?|forbid(?:s|den|ding)?|disallow(?:s|ed|ing)?)\b(?![^]*\b(?:so|but|instead|prefer\w*|wants?|only|except|unless|allow\w*|permit\w*|fine|ok(?:ay)?)\b)[^]*$/;

/**
 * A dislike said as a feeling: "our CTO hates Llama", "the team can't stand Qwen", "legal is not
 * a fan of DeepSeek". Said of a name, it is a reason to leave it out, not a request for it. Only
 * a determiner may stand between, so "I'd hate to lose Llama" is no dislike of Llama.
 */
const DISLIKED_BEFORE =
  /\b(?:hates?|hated|hating|dislikes?|disliked|detests?|loathes?|(?:can'?t|can\s?not|could(?:n'?t| not))\sstand|(?:not|no)\s(?:a\s)?(?:big\s|huge\s)?fans?\sof|distrusts?|(?:doesn'?t|don'?t|does not|do not)\s(?:really\s)?trust)(?:\s(?:the|any|all|anything|everything))?\s*$/;

/**
 * A name taken back: "scratch the H100s", "scrap the A100 bit", "ditch Qwen", "forget the A100s", "strike MI300X". What
 * follows is no longer wanted. Only a determiner may stand between, and "don't forget the H100s"
 * keeps them. (text.ts reads "drop" and "skip".)
 */
const RETRACTED_BEFORE =
  /(?<!\b(?:don'?t|do not|never|not)\s)\b(?:scratch|scrap|ditch|nix|strike|forget(?:\sabout)?|cross\s(?:off|out))(?:\s(?:the|those|these|that|our|all|any))?(?:\s(?:of\s)?(?:the|those|these))?\s*$/;

/**
 * Something not had because it was lost or is still awaited: "we lost the H100 reservation",
 * "still waiting on the B200s", "we gave up our MI300X nodes". Only a determiner may stand between.
 */
const LOST_BEFORE =
  /\b(?:lost|losing|gave\sup|giving\sup|gave\sback|(?:still\s)?waiting\s(?:on|for))(?:\s(?:the|our|those|these|any|an?|all))?\s*$/;

/**
 * A use denied by a modal right before the name: "we must not use Llama-family models", "we
 * won't deploy Qwen", "we should not run on MI300X", "we'd rather not pick anything Qwen-based",
 * "we cannot consider anything from a Korean lab", "please not use Qwen" (a request without its
 * "do"); or before what is said of its maker: "we won't deploy any model built in Korea", "we
 * can't use anything released by Google". text.ts reads "must not" as a negation but then "use" after it as a positive turn ("no Llama, use Qwen"); here the verb is what is denied.
 */
const USE_DENIED =
  /\b(?:(?:must|may|shall|should|will|can|could)\s?not|(?:can|could)\sno\slonger|(?:are|is|am|'re)\sunable\sto|mustn'?t|shouldn'?t|won'?t|can'?t|cannot|let'?s\snot|let\sus\snot|rather\snot|better\snot|prefer\snot|rather\s(?:we|i|you|they|the\steam)\s(?:didn'?t|didnt|did\snot|don'?t|do\snot|wouldn'?t|would\snot)|(?:please|pls|plz|kindly)\s(?:do\s)?not)\s(?:(?:ever|really|be|able|to|allowed|permitted)\s){0,3}(?:use|deploy|run|ship|host|pick|choose|go with|rely on|touch|serve|consider)(?:\s(?:on|with|any|anything|the|a|an))*(?:\s(?:models?|llms?|weights|checkpoints?|anything|something)(?:\s(?:that|which)\s(?:is|was|were|are|has\sbeen))?(?:\s(?:made|developed|built|trained|released|published|created|coming|originating))?\s(?:from|by|in)(?:\s(?:a|an|the))?)?\s*$/;

/**
 * Hardware the work must not be placed on, said with the work (or its owners: "us", "me") as a
 * pronoun between the verb and "on": "don't put it on H200", "never run this on the L4s", "do
 * not host them on any A10G", "please don't put us on Gaudi".
 * Only a determiner may stand between "on" and the name, so "don't put it on more than 4 H100s" (a
 * count) and "don't run it on anything slower than an A100" (a size) exclude nothing.
 */
const PLACEMENT_DENIED =
  /\b(?:don'?t|do\snot|never|(?:please|pls|plz)\snot)\s(?:(?:ever|even)\s)?(?:put|place|run|host|deploy|serve|land|schedule)\s(?:it|this|that|them|these|those|us|me|the\s(?:model|service|bot|app|workload|thing))\s(?:on|onto)(?:\s(?:any|the|an?|our|those|these))?\s*$/;

/**
 * A name not to be put forward: "please don't suggest H200s", "do not recommend any Qwen model",
 * "never propose Mixtral", "no use of Phi-4", "do not suggest anything from Korea"; what the
 * writer asks to be left out of the answer.
 * Only a determiner may stand between, so "don't suggest anything bigger than an L40S" (a size
 * limit) and "no use of more than 4 H100s" (a count) exclude nothing.
 */
const NOT_PUT_FORWARD =
  /\b(?:(?:don'?t|do\snot|never)\s(?:(?:even|ever|bother\sto)\s)?(?:suggest|recommend|propose|offer|pitch|include)|no\s(?:use|usage|using)(?:\sof)?)(?:\s(?:any|the|us|me|a|an|anything|something))*(?:\s(?:from|by))?\s*$/;

/**
 * A wish refused right before the name, with at most "anything from" between: "the CTO does not
 * want anything from Meta", "she doesn't want any Qwen", "they didn't like Mixtral", "we would
 * not want to deploy any Qwen model" (a verb of using after the wish). text.ts reads
 * "want" after a plain "not" as a positive turn ("not Qwen, we want Llama"); with the auxiliary
 * the wish is what is denied. "doesn't want to lose Llama" is no refusal of Llama.
 */
const WISH_REFUSED =
  /\b(?:(?:do|does|did|would|will)\s?not|don'?t|doesn'?t|didn'?t|wouldn'?t|won'?t|never)\s(?:(?:really|even|ever)\s)?(?:want|like)\s(?:to\s(?:use|deploy|run|serve|host|touch|consider|go\swith|rely\son)\s)?(?:(?:any|anything|something|stuff|the|a|an)\s)?(?:(?:models?|llms?|ones?)\s)?(?:(?:made|built|developed|released|trained)\s)?(?:(?:from|by)\s)?(?:the\s)?$/;

/**
 * A maker or origin refused as a requirement, a modal denying the model comes from it: "it can't
 * be from a Korean lab", "the model must not come from Meta", "shouldn't be made by Google". A
 * plain "is not from" describes a model and is left alone.
 */
const ORIGIN_DENIED =
  /\b(?:(?:must|may|shall|should|will|can|could)\s?not|mustn'?t|shouldn'?t|won'?t|can'?t|cannot)\s(?:be|come|originate)\s(?:(?:made|developed|built|trained|released|published)\s)?(?:from|by|in)\s(?:(?:a|an|the|any)\s)?$/;

/**
 * The name itself denied as the choice, with a modal before "be": "it cannot be Llama", "the
 * model can't be a Qwen", "it won't be Mixtral". Only a determiner may stand between.
 */
const CHOICE_DENIED =
  /\b(?:can'?t|cannot|can\snot|mustn'?t|shouldn'?t|won'?t)\sbe\s(?:(?:a|an|any|another)\s)?$/;

/**
 * A permission refused right before the name: "the publisher won't allow Chinese models", "legal
 * doesn't permit Llama", "IT will never approve MI300X". text.ts reads "allow" after a plain "not"
 * as a positive turn ("not Qwen, Llama is allowed"); with the auxiliary the verb is what is denied.
 */
const PERMISSION_REFUSED =
  /\b(?:(?:do|does|did|will|would|can|could|may)\s?not|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|can'?t|cannot|never)\s(?:(?:ever|really|officially|currently|even)\s)?(?:allow|permit|accept|approve|tolerate|sign\soff\son|greenlight|let\sus\s(?:use|run|deploy))(?:\s(?:any|the|us\sto\suse|the\suse\sof|using|anything\sfrom))*(?:\s(?:models?|llms?|weights|anything|ones)(?:\s(?:that\s(?:is|are|was|were)\s)?(?:made|developed|built|trained|released|created|coming|originating))?\s(?:from|by|in)(?:\s(?:a|an|the))?)?\s*$/;

/**
 * A refusal said with a verb of refusing before the name: "the board refuses anything from Meta",
 * "legal rejected any Qwen model", "our CISO vetoed models made in China", "he refuses to use
 * Llama". Only determiners and a maker phrase may stand between, so "users rejected the answers
 * from Llama" refuses the answers, not the model.
 */
const REFUSAL_VERB_BEFORE =
  /\b(?:refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|veto(?:es|ed|ing)?)(?:\sto\s(?:use|deploy|run|touch|consider|accept))?(?:\s(?:any|all|every|each|the|anything|everything))?(?:\s(?:models?|llms?|weights|ones))?(?:\s(?:made|developed|built|trained|released))?(?:\s(?:from|by|in)(?:\s(?:a|an|the))?)?\s*$/;

/**
 * A refusal with its auxiliary left out, as a learner of English writes it: "we not want Llama
 * models", "we no want use model from China", "they not like Qwen". A subject pronoun then "not"
 * or "no" then a verb of wanting or using; "we no longer use Qwen" and "we not only want Llama"
 * say something else.
 */
const BARE_REFUSAL_BEFORE =
  /\b(?:we|i|they|he|she)\s(?:no|not)\s(?:(?:want|like|accept|allow)\s(?:to\s)?)?(?:use|using|deploy|run|want|like|accept|allow)?(?:\s(?:any|the|a|an|anything))?(?:\s(?:models?|llms?|ones?)(?:\s(?:made|developed|built|trained|released))?\s(?:from|by|in)(?:\s(?:a|an|the))?)?\s*$/;

/**
 * A negative experience with a name: "we had a bad experience with Mixtral", "the team got burned
 * by Qwen", "users were unhappy with Llama 3.1 8B", "a miserable time with MI300X drivers". Said of
 * a model or a GPU, it is a reason to leave it out, never a wish for it. So are money or time lost
 * on it ("we burned money on a Qwen fine-tune", "wasted weeks with L4s") and reservations about
 * it ("legal had concerns about the Llama models"; not "no concerns about").
 */
const BAD_EXPERIENCE =
  /\b(?:(?:bad|poor|terrible|awful|horrible|negative|rough|miserable|painful|frustrating|unpleasant|dreadful|nightmarish|hard|tough|difficult|bumpy|rocky)\s(?:experiences?|results?|luck|time|run|ride)\s(?:with|using|on)|burn(?:ed|t)\sby|disappointed\s(?:by|with|in)|(?:unhappy|not\shappy|dissatisfied)\swith|(?:burn(?:ed|t)|wasted|sank|sunk|blew|lost)\s(?:(?:a\slot\sof|lots\sof|good|real|serious|some)\s)?(?:money|cash|time|budget|effort|weeks|months)\s(?:on|with)|(?<!\b(?:no|any|without)\s)(?:concerns|worries|doubts|reservations|misgivings|complaints)\s(?:about|over|with|regarding))(?:\s(?:the|a|an|our|their))?\s*$/;

/**
 * An abbreviation that leaves out what follows: "excl. H100 PCIe", "w/o MI300X". (text.ts reads
 * "excluding" and "except"; a clause cut at the abbreviation's dot is joined again by
 * constraints.ts.)
 */
const EXCLUDING_ABBREVIATION =
  /(?:\bexcl\b\.?|\bexc\.|\bw\/o\b)(?:\s+[\w'-]+){0,4}\s*$/;

/**
 * Everything of a kind but the name: "any GPU but the L4", "anything but Gemma", "every card other
 * than MI250", "any model besides Qwen". One word may name the kind; only a determiner may stand
 * before the name. ("nothing but Llama" restricts instead: ONLY.)
 */
const ANY_BUT_BEFORE =
  /\b(?:any|anything|every|everything)(?:\s[\w-]+)?\s(?:but|other\sthan|besides|save)(?:\s(?:the|an?|our))?\s*$/;

/**
 * A name taken back by its writer right after saying it: "gpt-oss-120b probably... actually
 * scratch that, go with Kimi", "Llama 3.3 70B, no wait, forget that", "the H100s - never mind",
 * "prefer Phi-4. actually scrap that, ...".
 * Only a hedge ("probably", "maybe", "I guess") and punctuation may stand between, so "Qwen3 for
 * the chat, 40 users... scratch that, 30" takes back the number, not the name.
 */
const RETRACTED_AFTER =
  /^(?:\s?(?:probably|maybe|perhaps|i\sguess|i\sthink|i\ssuppose|ideally))?\s?(?:[,.;:…]+|\s[-–—]+)\s*(?:(?:hmm+|um+|uh+|well|oh|actually|wait|no)[,.]?\s)*(?:(?:scratch|scrap|ditch|forget|ignore|disregard|strike)\s(?:that|it)|never\s?mind)\b/;

/**
 * An intention said as given up, with the name its object and a contrast after it: "I was going to
 * ask for Llama 3.1 405B but its context is too short", "we had planned on Mixtral, but ...",
 * "originally we wanted Gemma 3 27B; however ...". The name is neither wanted nor ruled out. Without
 * the contrast ("I was going to ask for Qwen3-32B and still am") the intention stands.
 */
const ABANDONED_BEFORE =
  /\b(?:(?:was|were|had\sbeen)\s(?:going|planning|hoping|about|meaning)\sto\s(?:ask\sfor|use|go\swith|pick|choose|request|suggest|propose|run|try)|(?:had|'d)\s(?:planned|hoped|intended|meant)\s(?:to\s(?:use|ask\sfor|go\swith|run|pick|try)|on)|originally\s(?:(?:we|i)\s)?(?:wanted|planned\son|picked|chose))(?:\s(?:the|a|an|using))?\s*$/;
const CONTRAST_AFTER =
  /^[^.;!?]{0,40}?(?:,\s?|\s)(?:but|however|though|except)\b/;

/** "I was going to ask for Llama 3.1 405B but ...": see ABANDONED_BEFORE. */
export function abandonedIntent(before: string, after: string): boolean {
  return (
    ABANDONED_BEFORE.test(before.slice(-80)) &&
    CONTRAST_AFTER.test(after.slice(0, 60))
  );
}

/** "gpt-oss-120b probably... actually scratch that": see RETRACTED_AFTER. */
export function retractedAfter(textAfter: string): boolean {
  return RETRACTED_AFTER.test(textAfter.slice(0, 80));
}

/**
 * "any GPU but the L4": see ANY_BUT_BEFORE. Read on the whole text before the name, as clauses
 * are cut at "but". Denied, it restricts instead: "we can't use anything but Phi-4" (ONLY).
 */
export function anyButBefore(textBefore: string): boolean {
  const near = textBefore.slice(-80);
  const match = ANY_BUT_BEFORE.exec(near);
  if (!match) return false;
  return !/\b(?:no|not|never|cannot|can'?t|won'?t|don'?t|doesn'?t|mustn'?t|shouldn'?t)\s(?:[\w'-]+\s){0,3}$/.test(
    near.slice(0, match.index),
  );
}

/**
 * A name kept or left out, the verb before it and "out" after: "keep Google's models out of it",
 * "leave Mixtral out", "please keep the B200s out of the plan". Only a determiner may stand
 * between the verb and the name; "keep the Llama deployment out of the DMZ" (a word between the
 * name and "out") and "kept Qwen out front" are not read.
 */
const KEPT_OUT_BEFORE =
  /\b(?:keep|keeps|kept|keeping|leave|leaves|leaving|left)(?:\s(?:the|any|all|those|these))?\s*$/;
const KEPT_OUT_AFTER =
  /^(?:'s|’s)?(?:\s(?:models?|family|series|llms?|gpus?|cards?|ones|stuff))?\s+out\b(?!\s(?:front|there|loud)\b)/;

/** "keep Google's models out of it": see KEPT_OUT_BEFORE. */
export function keptOut(before: string, after: string): boolean {
  return KEPT_OUT_BEFORE.test(before) && KEPT_OUT_AFTER.test(after);
}

/** A count with "more than" / "over" right before a name: a limit said with a negation. */
const CAPPED_COUNT =
  /\b(?:more|over|beyond|above|upwards of)\s(?:than\s)?(?:\d[\d,.]*|[a-z]+)\s?(?:x\s?)?$/;

/**
 * Hardware one does not have: "we don't have B200s", "we do not have any MI300X", "we have no
 * access to H200", "we don't have budget for H100/H200", "they won't give us H200 quota", and
 * will not have: "we won't get H100s this year", "we're not going to get any B200s". Only a determiner may stand between, so "we don't have more than 8 H100s" (a
 * count of H100s) and "don't have enough A100s" are not exclusions.
 */
const NOT_OWNED =
  /\b(?:(?:don'?t|dont|do not|doesn'?t|does not|no longer|won'?t|wont|will\snot|(?:are|is|am|'re|'m)\snot\sgoing\sto|aren'?t\sgoing\sto)\s(?:have|own|get|receive|be\sgetting|be\sreceiving)(?:\saccess\sto|\s(?:the\s|a\s)?(?:budget|money|funds?|cash)\sfor)?|(?:have|has|got)\sno\s(?:budget|money|funds?|cash)\sfor|(?:won'?t|will\snot|wouldn'?t|would\snot|can'?t|cannot|didn'?t|did\snot|refuse(?:s|d)?\sto)\s(?:give|grant|sell|offer|allocate|rent)\s(?:us|me|them|the\steam)(?:\sany)?|(?:have|has|got)\sno(?:\saccess\sto)?|(?:can'?t|can\s?not)\s(?:get|access|buy|procure|obtain|afford))(?:\s(?:any|the|those|these|our))?\s*$/;

/**
 * A negation (text.ts), a verb of keeping away or of prohibition, a use, permission, wish or
 * origin denied, a name not to be put forward, a bad experience or a dislike, a name taken back, an abbreviation of "excluding", or hardware not
 * owned or lost before `rel` in the clause.
 */
export function excludedBefore(
  clause: string,
  rel: number,
  window = 40,
): boolean {
  // a maker's possessive before the name is part of it: "rather not use Meta's Llama models"
  const before = clause
    .slice(Math.max(0, rel - 40), rel)
    .replace(/\s[a-z]+'s\s$/, ' ');
  // "we can't use more than 16 H100s", "we do not have over 8 A100s": a cap on a count, not an
  // exclusion (the count is read by gpuCount.ts)
  if (CAPPED_COUNT.test(before)) return false;
  return (
    negatedBefore(clause, rel, window) ||
    // "Qwen2.5-7B pref, zero Llama": none of it
    /(?:\bzero|(?<![\d.,])0)\s$/.test(before) ||
    AVOID_BEFORE.test(before) ||
    USE_DENIED.test(before) ||
    PLACEMENT_DENIED.test(before) ||
    NOT_PUT_FORWARD.test(before) ||
    PERMISSION_REFUSED.test(before) ||
    REFUSAL_VERB_BEFORE.test(before) ||
    BARE_REFUSAL_BEFORE.test(before) ||
    WISH_REFUSED.test(before) ||
    ORIGIN_DENIED.test(before) ||
    CHOICE_DENIED.test(before) ||
    BAD_EXPERIENCE.test(before) ||
    DISLIKED_BEFORE.test(before) ||
    RETRACTED_BEFORE.test(before) ||
    EXCLUDING_ABBREVIATION.test(before) ||
    NOT_OWNED.test(before) ||
    LOST_BEFORE.test(before) ||
    FORBIDDEN_EARLIER.test(clause.slice(0, rel))
  );
}

/** "nothing" before a name, or of hardware "nothing (runs) on", perhaps with a vendor word. */
const NOTHING_BEFORE_NAME =
  /\bnothing\s+(?:(?:(?:(?:may|can|should|will|must)\s)?(?:runs?|goes|go)\s)?on\s(?:(?:the|any|an?)\s)?(?:(?:amd|nvidia|intel|google)\s)?|(?:built|based|trained|fine-?tuned)\s(?:on|off)\s|derived\sfrom\s)?$/;

/**
 * "nothing Llama-based please", "nothing Qwen": "nothing" right before a name rules the name out,
 * unless the name is the subject of a verb after it ("there is nothing Qwen can't do", "nothing
 * Gemma offers beats it"). "nothing but Llama" restricts instead (ONLY), and has a word between.
 * Of hardware, "on" may come between, with a vendor: "8 A100s, and nothing on AMD MI325X",
 * "nothing runs on L4s".
 */
export function nothingOfName(before: string, after: string): boolean {
  return (
    NOTHING_BEFORE_NAME.test(before) &&
    !/^[\w-]*\s+(?:can|can'?t|cannot|could|couldn'?t|does|doesn'?t|did|didn'?t|is|isn'?t|was|has|had|will|would|offers?|gives?|does|beats?|comes?\sclose)\b/.test(
      after,
    )
  );
}

/**
 * Everything else ruled out: "we can't use anything else", "no other models are allowed",
 * "anything else is off the table", "nothing else will be considered", and "no other model" said
 * bare to end a clause, or "nothing else" as a clause of its own ("Phi-4 or Gemma 3, nothing else"). Said next to a name it makes that name the only choice; said
 * on its own, of the names just before it (constraints.ts).
 */
export const NOTHING_ELSE =
  /\b(?:(?:must|may|can|could|will|should)\s?not|mustn'?t|can'?t|cannot|won'?t|shouldn'?t|don'?t|do\snot|(?:(?:are|is)(?:n'?t|\snot)|not)\s(?:allowed|permitted)\sto)\s(?:(?:really|even|officially)\s)?(?:use|run|deploy|pick|choose|consider|touch|go\swith)\s(?:anything\selse|any\sother\s(?:models?|llms?|ones?|options?)|other\s(?:models|llms|ones|options))\b|\bno\sother\s(?:models?|llms?|options?)\s(?:are|is|will\sbe|would\sbe)\s(?:allowed|approved|permitted|acceptable|an\soption|ok(?:ay)?)\b|\bno\sother\s(?:models?|llms?|ones?)(?:\s(?:please|pls|at\sall|whatsoever))?\s*$|\banything\selse\s(?:is|would\sbe|will\sbe)\s(?:out|off\sthe\stable|not\sallowed|forbidden|banned|not\san\soption|a\sno-go)\b|\bnothing\selse\s(?:will|would|can|could|may|shall|is\sgoing\sto)\sbe\s(?:considered|used|allowed|approved|accepted|deployed|looked\sat)\b|^\s*(?:and\s|but\s)?nothing\selse(?:\s(?:please|pls|at\sall|whatsoever|for\snow))?\s*$/;

/**
 * A restriction to a name said before it by a pronoun: "only that one", "it must be that model
 * only", "just this version", "that checkpoint and nothing else", and of several: "only these
 * two", "just those", "only the 3 models". Said in a clause that names nothing itself, it makes the last name before it the only choice (nameReferences.ts). "not just
 * that one" widens instead, and "only that it is fast" names no model.
 */
export const ONLY_REFERENCE =
  /(?<!\bnot\s)\b(?:only|just|exclusively|solely)\s(?:(?:that|this)\s(?:one|model|version|variant|checkpoint)\b|(?:that|this|it)\s*$|(?:these|those|the)\s(?:\d{1,2}|both)(?:\s(?:ones|models|of\s(?:them|those|these)))?\s*$|(?:these|those|them)\s*$)|\b(?:that|this)\s(?:one|model|version|variant|checkpoint)\s(?:only|exclusively|alone|and\snothing\selse)\b/;

/**
 * A dislike of what a pronoun stands for, not itself denied: "we tried Phi-4 and hated it", "the
 * team disliked them", "we didn't like that one" (but not "we didn't hate it").
 */
const DISLIKED_REFERENCE = String.raw`(?<!\b(?:didn'?t|did\snot|don'?t|do\snot|never|not)\s)(?:(?:really|absolutely|quickly|soon)\s)?(?:hat(?:e|es|ed)|dislik(?:e|es|ed)|detest(?:s|ed)?|loath(?:e|es|ed)|regret(?:s|ted)?|(?:didn'?t|did\snot|don'?t|do\snot)\s(?:really\s)?like|(?:can'?t|couldn'?t)\sstand)`;

/**
 * A clause that refuses a name said before it by a pronoun, the pronoun ending the clause: "so
 * let's not use that", "we don't want it anymore", "avoid those", "not that one". The verbs are
 * those of choosing and allowing, and of dislike ("... and hated it"), so "we can't launch without
 * it" refers to nothing refused; a phrasal verb may close round the pronoun ("Phi-4 is too small,
 * rule it out", "leave those out", "count that one out"). A clause that is only "I'd rather not" refuses the name before it
 * too ("someone suggested Mistral 7B; I'd rather not").
 */
export const REFUSED_REFERENCE = new RegExp(
  String.raw`\b(?:(?:(?:must|may|shall|should|will|can|could|do|does|did)\s?not|mustn'?t|shouldn'?t|won'?t|can'?t|cannot|don'?t|doesn'?t|let'?s\snot|let\sus\snot|rather\snot|better\snot|prefer\snot|never)\s(?:(?:ever|really|even|want|to|be|able|allowed|permitted)\s){0,3}(?:use|deploy|run|pick|choose|go\swith|touch|want|consider|allow|permit|approve|trust)|avoid|skip|drop|exclude|rule\sout|leave\sout|(?:rule|leave|cross|strike|count|keep)(?=\s(?:that|it|them|those|these|this)(?:\s(?:one|1|ones|models?))?\sout\b)|steer\sclear\sof|stay\saway\sfrom|keep\saway\sfrom|not|${DISLIKED_REFERENCE})\s(?<pronoun>that|it|them|those|these|this|either|any)(?:\s(?:one|1|ones|models?|family|gpus?|cards?|of\s(?:them|those|these)))?(?:(?<=\b(?:rule|leave|cross|strike|count|keep)\s(?:that|it|them|those|these|this)(?:\s(?:one|1|ones|models?))?)\sout)?(?:\s(?:either|again|anymore|any\smore|at\sall|please|then|for\snow|here))?\s*$|^\s*(?:but\s|though\s)?(?:i|we)(?:'d|\swould)\s(?:really\s)?rather\snot\s*$`,
);

/**
 * A requirement on the model said with "require that" and a subjunctive: "procurement requires
 * that the model come from a French developer", "policy mandates that models be Apache-licensed".
 * Its subject is the model (or its maker), so "we require that latency be low" restricts nothing.
 */
const REQUIRED_THAT =
  '\\b(?:require[sd]?|requiring|mandate[sd]?|insists?|insisted|stipulate[sd]?)\\s(?:that\\s)?(?:(?:the|our|any|all|every|each)\\s)?(?:models?|llms?|weights|vendors?|providers?|developers?)\\s(?:(?:must|should|shall)\\s)?(?:be|come|originate)\\b';

/** Words that make what the clause names the only acceptable choice. */
export const ONLY = new RegExp(
  `${REQUIRED_THAT}|\\bonly\\b|\\bstick(?:ing)? (?:to|with)\\b|\\bnothing other than\\b|\\bexclusively\\b|\\bmust (?:be|use|run(?: on)?|come from)\\b|\\bhas to (?:be|use|run|come from)\\b|\\bhave to (?:use|run|come from)\\b|\\bnothing (?:else|but)\\b|\\band nothing else\\b|\\brestricted to\\b|\\blimited to\\b|${NOTHING_ELSE.source}`,
);

/** Words that join the names of one list: ",", "or", "and", "nor", "/". */
export const LIST_JOIN =
  /^\s*(?:,|\/|\+|&|\bor\b|\band\b|\bnor\b|,\s*(?:or|and|nor)\b)\s*$/;

/** Words that add to a list stated before rather than replace it. */
export const ADD =
  /\b(?:also|too|as well|additionally|plus|add|in addition|and also)\b/;

/**
 * "nothing with a non-commercial licence", "nothing under the Llama terms": "nothing" with a
 * preposition of having, a few words before what it rules out (text.ts covers "nothing from").
 */
export const NOTHING_WITH =
  /\bnothing (?:with|under|using|licen[cs]ed|that(?:'s| is| has| comes?)|made|developed|built|trained|released|coming|originating)\b(?:\s+[\w-]+){0,4}\s*$|\bnothing\s+$/;

/**
 * A permission denied further back in the clause: "we are not allowed to deploy anything ...",
 * "we may not ship anything ...". text.ts reads "allowed" after "not" as a positive turn, which
 * is right for "not X but Y is allowed" and wrong here, where "allowed to" carries the negation.
 */
const PERMISSION_DENIED =
  /\b(?:(?:not|never)\s(?:allowed|permitted)\sto|(?:may|must)\snot|mustn't|can(?:'t|\s?not))\s(?:use|deploy|run|ship|host|have|take|touch|go with|pick|choose)\b/;

/**
 * Whether the clause rules out what stands at `rel`: a negation or a verb of keeping away just
 * before it, "nothing with ..." before it, or a verdict after it. A negation further back in the
 * clause ("we can't use anything that comes from China") counts too, unless the clause also
 * restricts ("no GPUs beyond L40S and Apache only"), where the negation belongs to something else.
 */
export function ruledOut(clause: string, rel: number, length: number): boolean {
  const before = clause.slice(0, rel);
  if (
    excludedBefore(clause, rel) ||
    NOTHING_WITH.test(before.slice(-60)) ||
    EXCLUDED_AFTER.test(clause.slice(rel + length))
  )
    return true;
  return (
    !ONLY.test(clause) &&
    (excludedBefore(clause, rel, rel) || PERMISSION_DENIED.test(before))
  );
}

/**
 * Words that lift a restriction stated before: "drop the China restriction", "lift the ban on
 * Llama", "forget the Blackwell exclusion". What the clause names is allowed again, neither
 * excluded nor preferred.
 */
export const LIFT =
  /\b(?:drop(?:ping)?|remov(?:e|ing)|lift(?:ing)?|forget(?:ting)?(?:\sabout)?|scrap(?:ping)?|ignor(?:e|ing)|undo(?:ing)?|get\srid\sof|no\slonger\s(?:need|want|have))\s(?:(?:the|that|this|our|any|all)\s)?(?:[\w-]+\s){0,3}?(?:restrictions?|constraints?|exclusions?|bans?|rules?|requirements?|limits?|filters?|blocks?)\b/;

/**
 * Words that widen a list of models to others: "not just Gemma", "let's also consider other
 * models", "other models are fine too". The list stays as the preference; it stops being the
 * only choice.
 */
export const WIDEN =
  /\bnot\s(?:just|only|exclusively|limited\sto)\b|\b(?:consider(?:ing)?|look(?:ing)?\sat|try(?:ing)?|includ(?:e|ing)|evaluat(?:e|ing)|compar(?:e|ing)|allow(?:ing)?|open\sto|fine\swith|ok(?:ay)?\swith|also)\s(?:\w+\s)?(?:other|more|different|alternative|additional)\s(?:models|options|families|llms|ones)\b|\b(?:other|different)\smodels\s(?:too|as\swell|are\s(?:fine|ok(?:ay)?|welcome))\b/;

/** A refusal just before a widening, which then keeps the list the only choice: "we won't consider other models". */
export const REFUSED_BEFORE =
  /\b(?:not|no|never|won'?t|don'?t|do\snot|can'?t|can\s?not|shouldn'?t)\b(?:\s+[\w'-]+){0,2}\s*$/;
