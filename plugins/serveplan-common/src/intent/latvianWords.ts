import type { ForeignPhrase } from './otherLanguages';

/**
 * Latvian words of sizing a deployment, read in English by otherLanguages.ts, also as typed
 * without their diacritics ("lietotaju", "menesi"). Nouns are listed in the forms that follow a
 * count ("4000 lietotāju", "35 cilvēki"). Longer phrases come before the shorter ones they
 * contain. "ap" (about) is read only before a number in Latvian text (otherLanguages.ts); "logs"
 * (window) is left out: it is an English word.
 */
export const LATVIAN: ForeignPhrase[] = [
  {
    words: 'lietotāju|lietotāji|lietotājiem|lietotaju|lietotaji',
    english: 'users',
  },
  { words: 'cilvēki|cilvēku|cilveki|cilveku', english: 'people' },
  { words: 'darbinieku|darbinieki', english: 'employees' },
  { words: 'klientu|klienti', english: 'customers' },
  { words: 'izstrādātāju|izstrādātāji', english: 'developers' },
  { words: 'dispečeri|dispečeru', english: 'dispatchers' },
  { words: 'pieprasījumu|pieprasījumi', english: 'requests' },
  { words: 'ziņas|ziņu', english: 'messages' },
  { words: 'uzdevumu|uzdevumi', english: 'tasks' },
  { words: 'tokeniem|tokenu|tokeni', english: 'tokens' },
  { words: 'dienā|diennaktī|diena', english: 'per day' },
  { words: 'mēnesī|menesi', english: 'per month' },
  { words: 'gadā|gada', english: 'per year' },
  { words: 'stundā', english: 'per hour' },
  { words: 'minūtē', english: 'per minute' },
  { words: 'sekundē', english: 'per second' },
  { words: 'pīķa laikā|pīķī|pika laika', english: 'at peak' },
  { words: 'vienlaicīgi|vienlaikus', english: 'at the same time' },
  { words: 'apmēram|aptuveni', english: 'about' },
  { words: 'līdz', english: 'up to' },
  { words: 'vismaz', english: 'at least' },
  { words: 'zem', english: 'under' },
  { words: 'vidēji', english: 'on average' },
  { words: 'tikai', english: 'only' },
  { words: 'budžets|budžetu|budzets', english: 'budget' },
  {
    words: 'tulkošanas|tulkošana|tulkot|tulkojums|tulkojumu',
    english: 'translation',
  },
  { words: 'kopsavilkumu|kopsavilkums', english: 'summary' },
  { words: 'kvalitāte|kvalitate', english: 'quality' },
  { words: 'ātri', english: 'fast' },
  { words: 'lētāk|lēts|lēti', english: 'cheap' },
  { words: 'nav steidzama|nav steidzams', english: 'not urgent' },
  { words: 'nav problēma|nav problema', english: 'is not a problem' },
  { words: 'modeļiem|modeļi|modeli', english: 'models' },
  { words: 'ievade', english: 'input' },
  { words: 'izvade', english: 'output' },
  { words: 'stundas|stundām', english: 'hours' },
  { words: 'sekundēs|sekundes', english: 'seconds' },
  { words: 'vai', english: 'or' },
];
