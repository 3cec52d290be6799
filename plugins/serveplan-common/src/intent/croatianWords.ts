import type { ForeignPhrase } from './otherLanguages';

/**
 * Croatian (and the Bosnian and Serbian written the same in Latin letters) words of sizing a
 * deployment, also as typed without their diacritics ("mjesecno", "budzet"), read in English by
 * otherLanguages.ts. Nouns are listed in the forms that follow a count ("120 tisuća korisnika",
 * "40 developera", "600 zaposlenika"). Longer phrases come before the shorter ones they contain.
 * Words English also has ("do" before a number) are read only in their frame (otherLanguages.ts).
 */
export const CROATIAN: ForeignPhrase[] = [
  { words: 'od toga', english: 'of them' },
  { words: 'aktivnih korisnika', english: 'active users' },
  {
    words: 'korisnika|korisnici|korisnike|korisnicima',
    english: 'users',
  },
  {
    words: 'zaposlenika|zaposlenici|zaposlenike|zaposlenih',
    english: 'employees',
  },
  { words: 'klijenata|klijenti|klijente|klijentima', english: 'clients' },
  {
    words: 'developera|developeri|programera|programeri',
    english: 'developers',
  },
  { words: 'agenata|agenti|agente', english: 'agents' },
  { words: 'ljudi|osoba', english: 'people' },
  { words: 'poruke|poruka|poruku', english: 'messages' },
  { words: 'zahtjeva|zahtjevi|zahtjeve', english: 'requests' },
  { words: 'dokumenata|dokumenti|dokumente', english: 'documents' },
  { words: 'tokena|tokeni', english: 'tokens' },
  { words: 'prvog tokena|prvi token', english: 'first token' },
  { words: 'puta dnevno|puta na dan', english: 'times a day' },
  { words: 'aktivno dnevno', english: 'active daily' },
  { words: 'dnevno|na dan|svaki dan', english: 'per day' },
  { words: 'mjesečno|mjesecno|na mjesec', english: 'per month' },
  {
    words: 'godišnji budžet|godisnji budzet|godišnji budzet',
    english: 'yearly budget',
  },
  { words: 'godišnje|godisnje|na godinu', english: 'per year' },
  { words: 'na sat|po satu', english: 'per hour' },
  { words: 'u minuti|po minuti', english: 'per minute' },
  { words: 'u prosjeku|prosječno|prosjecno', english: 'on average' },
  {
    words: 'vršno opterećenje|vrsno opterecenje|u piku|u vršnim satima',
    english: 'at peak',
  },
  { words: 'ukupno', english: 'in total' },
  { words: 'istovremeno|u isto vrijeme', english: 'at the same time' },
  { words: 'budžet|budžeta|budzet|budzeta', english: 'budget' },
  { words: 'tisuća|tisuca|tisuće|tisuce', english: 'thousand' },
  { words: 'milijuna|milijun', english: 'million' },
  { words: 'oko|otprilike|približno|priblizno|nekih', english: 'about' },
  { words: 'aktivni|aktivan|aktivnih', english: 'active' },
  { words: 'samo|isključivo|iskljucivo', english: 'only' },
  {
    words: 'ne dolazi u obzir|ne dolaze u obzir',
    english: 'is not an option',
  },
  { words: 'ništa drugo|nista drugo', english: 'nothing else' },
  { words: 'svaki|svaka|svako', english: 'each' },
  { words: 'pošalje|šalje|posalje|salje', english: 'sends' },
  { words: 'koristio|koristi|koristiti', english: 'use' },
  {
    words: 'prijevod|prijevoda|prevođenje|prevodjenje|prevesti',
    english: 'translation',
  },
  { words: 'sažetak|sažetka|sažeci|sazetak', english: 'summary' },
  { words: 'moraju biti|mora biti', english: 'must be' },
  { words: 'točni|točan|točne|točno|tocni|tocan', english: 'accurate' },
  {
    words: 'nije kritična|nije kritično|nije kriticna',
    english: 'is not critical',
  },
  { words: 'latencija|latenciju', english: 'latency' },
  { words: 'prihvatljivo|prihvatljiva', english: 'acceptable' },
  { words: 'jeftinije|jeftino|jeftin', english: 'cheap' },
  { words: 'sekunde|sekundi|sekundu', english: 'seconds' },
  { words: 'pola sekunde', english: 'half a second' },
  { words: 'sati|sata', english: 'hours' },
  { words: 'minuta', english: 'minutes' },
  {
    words: 'komercijalnu upotrebu|komercijalnu uporabu',
    english: 'commercial use',
  },
  { words: 'kontekst|konteksta', english: 'context' },
  { words: 'zapravo', english: 'actually' },
  { words: 'ispod', english: 'under' },
  { words: 'imamo', english: 'we have' },
  { words: 'bez', english: 'no' },
  { words: 'ili', english: 'or' },
];
