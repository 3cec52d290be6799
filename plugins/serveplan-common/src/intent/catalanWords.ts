import type { ForeignPhrase } from './otherLanguages';

/**
 * Catalan words of sizing a deployment, read in English by otherLanguages.ts. Words Spanish
 * spells the same are in its table. Nouns are listed in the forms that follow a count ("350
 * periodistes", "12 persones"). Longer phrases come before the shorter ones they contain. Words
 * English also has ("per", "cost") are left as they are: they mean the same.
 */
export const CATALAN: ForeignPhrase[] = [
  { words: 'usuaris actius', english: 'active users' },
  { words: 'usuaris|usuàries|usuaries', english: 'users' },
  { words: 'periodistes', english: 'journalists' },
  { words: 'persones', english: 'people' },
  { words: 'treballadors|empleats', english: 'employees' },
  { words: 'desenvolupadors', english: 'developers' },
  { words: 'advocats', english: 'lawyers' },
  { words: 'consultes', english: 'queries' },
  { words: 'preguntes', english: 'questions' },
  { words: 'peticions', english: 'requests' },
  { words: 'teletips', english: 'wire items' },
  { words: "en hora punta|a l'hora punta", english: 'at peak' },
  { words: 'al dia|per dia|diàriament|cada dia', english: 'per day' },
  { words: 'al mes|per mes|mensuals|mensualment', english: 'per month' },
  { words: "a l'any|l'any|per any|anuals", english: 'per year' },
  { words: 'per hora|cada hora|/hora', english: 'per hour' },
  {
    words: 'alhora|al mateix temps|simultàniament',
    english: 'at the same time',
  },
  { words: 'aproximadament|al voltant de', english: 'about' },
  { words: 'com a màxim|com a maxim', english: 'at most' },
  { words: 'com a mínim|almenys', english: 'at least' },
  { words: 'només|nomes', english: 'only' },
  { words: 'pressupost', english: 'budget' },
  { words: 'res de', english: 'no' },
  { words: 'cadascú|cadascun|cadascuna', english: 'each' },
  {
    words: 'traducció|traduccions|traduir|traducció automàtica',
    english: 'translation',
  },
  { words: 'resums|resum|resumir', english: 'summary' },
  { words: 'qualitat', english: 'quality' },
  { words: 'velocitat', english: 'speed' },
  { words: 'barat|econòmic', english: 'cheap' },
  { words: 'ràpid|ràpida', english: 'fast' },
  {
    words: 'el més important és|el més important',
    english: 'what matters most is',
  },
  { words: "m'importa", english: 'matters to me' },
  { words: 'no passa res si triga', english: 'it is fine if it takes a while' },
  { words: 'fragments recuperats', english: 'retrieved chunks' },
  { words: 'transcripcions|transcripció', english: 'transcripts' },
  { words: 'tenim', english: 'we have' },
  { words: 'segons', english: 'seconds' },
  { words: 'minuts', english: 'minutes' },
  { words: 'hores', english: 'hours' },
  { words: 'llicència', english: 'licence' },
];
