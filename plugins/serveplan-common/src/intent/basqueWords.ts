import type { ForeignPhrase } from './otherLanguages';

/**
 * Basque words of sizing a deployment, read in English by otherLanguages.ts. Nouns are listed in
 * the forms that follow a count ("300 langile", "450 teknikari"). Longer phrases come before the
 * shorter ones they contain. Basque puts "only" after what it restricts ("L40S bakarrik"), as
 * English may ("L40S only"), so the word is read in place.
 */
export const BASQUE: ForeignPhrase[] = [
  {
    words: 'erabiltzaile aktibo|erabiltzale aktibo',
    english: 'active users',
  },
  { words: 'erabiltzaileak|erabiltzaile|erabiltzale', english: 'users' },
  { words: 'langileak|langile', english: 'employees' },
  { words: 'teknikariak|teknikari', english: 'technicians' },
  { words: 'bezeroak|bezero', english: 'customers' },
  { words: 'pertsonak|pertsona', english: 'people' },
  { words: 'txosten', english: 'reports' },
  { words: 'horietatik herena', english: 'a third of them' },
  { words: 'horietatik erdia', english: 'half of them' },
  { words: 'egunero|eguneko', english: 'per day' },
  { words: 'hilean|hileko', english: 'per month' },
  { words: 'urtean|urteko', english: 'per year' },
  { words: 'orduko|orduan', english: 'per hour' },
  { words: 'segundoko', english: 'per second' },
  { words: 'gauero', english: 'every night' },
  { words: 'gutxi gorabehera', english: 'about' },
  { words: 'gehienez', english: 'at most' },
  { words: 'gutxienez', english: 'at least' },
  { words: 'bakarrik', english: 'only' },
  { words: 'aurrekontua|aurrekontu', english: 'budget' },
  { words: 'itzulpena|itzulpen|itzultzea', english: 'translation' },
  { words: 'laburpena|laburpen|laburtzea', english: 'summary' },
  { words: 'kalitatea', english: 'quality' },
  { words: 'azkar', english: 'fast' },
  { words: 'merkea|merke', english: 'cheap' },
  { words: 'garestiegiak|garestiegia', english: 'too expensive' },
  { words: 'lizentzia', english: 'licence' },
  { words: 'erantzunak', english: 'answers' },
  { words: 'edo', english: 'or' },
];
