import type { ForeignPhrase } from './otherLanguages';

/**
 * Danish (and the Norwegian Bokmål spelled the same) words of sizing a deployment, read in
 * English by otherLanguages.ts, also as typed without "å", "æ", "ø" ("maaned", "aar"). Longer
 * phrases come before the shorter ones they contain. "ca." before a number is read as "about" for
 * every language (ruleBasedIntent.ts), so it is not here: "CA" alone is California. Words Swedish
 * spells the same ("brugere", "kunder", "om dagen", "sekunder") are in its table. Words English
 * also has ("timer", the hours; "resumé", a CV; "kun", a name) are read only in their frame
 * (otherLanguages.ts).
 */
export const DANISH: ForeignPhrase[] = [
  { words: 'aktive brugere', english: 'active users' },
  { words: 'brugerne', english: 'users' },
  { words: 'medarbejdere|medarbejderne', english: 'employees' },
  { words: 'kunderne', english: 'customers' },
  { words: 'rådgivere|rådgiverne|raadgivere', english: 'advisers' },
  { words: 'sagsbehandlere|sagsbehandlerne', english: 'caseworkers' },
  { words: 'porteføljeanalytikere|analytikere', english: 'analysts' },
  { words: 'udviklere|udviklerne', english: 'developers' },
  { words: 'mennesker', english: 'people' },
  { words: 'hver af dem', english: 'each of them' },
  { words: 'hvoraf', english: 'of whom' },
  { words: 'på samme tid|paa samme tid', english: 'at the same time' },
  {
    words: 'i spidsbelastning|spidsbelastningen|spidsbelastning',
    english: 'at peak',
  },
  { words: 'på en given dag|på en almindelig dag', english: 'on a given day' },
  {
    words: 'bruger værktøjet|bruger systemet|bruger det',
    english: 'use it',
  },
  { words: 'pr\\. dag|per dag|dagligt', english: 'per day' },
  {
    words: 'om måneden|om maaneden|pr\\. måned|per måned|månedligt',
    english: 'per month',
  },
  { words: 'om aaret|pr\\. år|årligt', english: 'per year' },
  { words: 'i timen|pr\\. time', english: 'per hour' },
  { words: 'i minuttet|pr\\. minut', english: 'per minute' },
  { words: 'et budget på|budgettet er|budget på', english: 'a budget of' },
  { words: 'omkring|omtrent', english: 'about' },
  { words: 'mindst', english: 'at least' },
  { words: 'højst|maksimalt', english: 'at most' },
  { words: 'inden for|indenfor', english: 'within' },
  { words: 'over natten|i løbet af natten', english: 'overnight' },
  { words: 'færdigt|færdig', english: 'done' },
  { words: 'sekunter|sekund', english: 'seconds' },
  { words: 'minutter', english: 'minutes' },
  { words: 'dage|døgn', english: 'days' },
  {
    words: 'oversættelse|oversætte|oversat|oversaettelse',
    english: 'translation',
  },
  { words: 'resuméer|opsummering', english: 'summary' },
  { words: 'breve|brevene|brev', english: 'letters' },
  { words: 'forespørgsel|forespørgsler', english: 'requests' },
  { words: 'svarene|svar', english: 'answers' },
  {
    words: 'svartiden er vigtig|svartid er vigtig',
    english: 'response time is important',
  },
  { words: 'svartiden|svartid', english: 'response time' },
  { words: 'første token', english: 'first token' },
  { words: 'hastighed|hastigheden', english: 'speed' },
  { words: 'vigtig|vigtigt|vigtigst', english: 'important' },
  { words: 'billigere|billgt', english: 'cheap' },
  { words: 'kommerciel brug|kommerciel anvendelse', english: 'commercial use' },
  { words: 'kinesiske modeller', english: 'models from china' },
  { words: 'vi har', english: 'we have' },
  { words: 'stk\\.?', english: 'units' },
  { words: 'ikke', english: 'not' },
  { words: 'eller', english: 'or' },
  { words: 'hver', english: 'each' },
];
