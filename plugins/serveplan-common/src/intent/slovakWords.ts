import type { ForeignPhrase } from './otherLanguages';

/**
 * Slovak words of sizing a deployment, read in English by otherLanguages.ts, also as typed
 * without their diacritics ("pouzivatelov", "mesacne"). Words Czech spells the same ("rozpočet",
 * "cca", "každý", "do") are in its table. Nouns are listed in the forms that follow a count ("120
 * používateľov", "5 právnikov", "30 tisíc faktúr"). Longer phrases come before the shorter ones
 * they contain.
 */
export const SLOVAK: ForeignPhrase[] = [
  { words: 'aktívnych používateľov', english: 'active users' },
  {
    words:
      'používateľov|používatelia|používateľa|užívateľov|pouzivatelov|pouzivatelia',
    english: 'users',
  },
  { words: 'vývojárov|vývojári|vyvojarov', english: 'developers' },
  { words: 'zamestnancov|zamestnanci', english: 'employees' },
  { words: 'zákazníkov|zakaznikov', english: 'customers' },
  { words: 'právnikov|pravnikov', english: 'lawyers' },
  { words: 'študentov', english: 'students' },
  { words: 'ľudí|osôb|ludi', english: 'people' },
  { words: 'faktúr|faktúry', english: 'invoices' },
  { words: 'zmlúv|zmluvy|zmluvu', english: 'contracts' },
  { words: 'vlákien|vlákna', english: 'threads' },
  { words: 'strán|strany', english: 'pages' },
  { words: 'požiadaviek|požiadavky|poziadaviek', english: 'requests' },
  { words: 'otázok|otázky', english: 'questions' },
  { words: 'každú noc|každý večer', english: 'every night' },
  { words: 'v noci|cez noc', english: 'overnight' },
  { words: 'denne|za deň|na deň', english: 'per day' },
  { words: 'mesačne|za mesiac|na mesiac|mesacne', english: 'per month' },
  { words: 'ročne|za rok|ročný|rocne', english: 'per year' },
  { words: 'za hodinu', english: 'per hour' },
  { words: 'za minútu', english: 'per minute' },
  { words: 'v špičke|v špičkách|v spicke', english: 'at peak' },
  { words: 'naraz|súčasne|v rovnakom čase', english: 'at the same time' },
  { words: 'približne|zhruba|okolo', english: 'about' },
  { words: 'maximálne|najviac', english: 'at most' },
  { words: 'aspoň|minimálne', english: 'at least' },
  { words: 'najdlhšie', english: 'the longest' },
  { words: 'iba|jedine|výlučne', english: 'only' },
  { words: 'žiadne|žiadny|žiadna|ziadne', english: 'no' },
  { words: 'nie je to', english: 'it is not' },
  {
    words: 'preklad|prekladať|preklady|prekladu|preložiť',
    english: 'translation',
  },
  { words: 'zhrnutie|zhrnutia', english: 'summary' },
  { words: 'kvalita|kvality|kvalitu', english: 'quality' },
  { words: 'rýchlosť|rýchlost', english: 'speed' },
  { words: 'náklady|cena', english: 'cost' },
  { words: 'lacné|lacný|lacnejšie', english: 'cheap' },
  { words: 'rýchle|rýchly', english: 'fast' },
  {
    words:
      'najdôležitejšia|najdôležitejšie|najdôležitejší|dôležitá|dôležité|dôležitý',
    english: 'important',
  },
  { words: 'druhoradá|druhoradé|druhoradý', english: 'secondary' },
  { words: 'nie je kritická|nie je kritické', english: 'is not critical' },
  { words: 'licencia|licenciou', english: 'licence' },
  { words: 'každý z nich|každá z nich', english: 'each of them' },
  { words: 'hodín|hodiny', english: 'hours' },
  { words: 'sekúnd|sekundy', english: 'seconds' },
  { words: 'okno', english: 'window' },
  { words: 'alebo', english: 'or' },
];
