import type { ForeignPhrase } from './otherLanguages';

/**
 * Finnish words of sizing a deployment, read in English by otherLanguages.ts, also as typed
 * without "ä" and "ö" ("kayttajaa", "paivassa"). Nouns are listed in the forms that follow a count
 * ("1 200 käyttäjää", "18 devaajalle", "45 000 työraporttia"). Longer phrases come before the
 * shorter ones they contain. "vain" (only) is left out: it is an English word; short words English
 * also has or may ("ei", "ja", "tai", "alle", "n.") are read only in Finnish text
 * (otherLanguages.ts). Lengths and money ("300 tokenia", "1 800 dollaria") are read by
 * loanwordInflections.ts.
 */
export const FINNISH: ForeignPhrase[] = [
  {
    words: 'aktiivista käyttäjää|aktiivisia käyttäjiä',
    english: 'active users',
  },
  {
    words:
      'käyttäjää|käyttäjiä|käyttäjät|käyttäjälle|käyttäjille|kayttajaa|kayttajia',
    english: 'users',
  },
  {
    words:
      'kehittäjää|kehittäjälle|kehittäjille|kehittäjiä|devaajaa|devaajalle|devaajille',
    english: 'developers',
  },
  { words: 'työntekijää|työntekijöitä|työntekijälle', english: 'employees' },
  { words: 'asiakasta|asiakkaita|asiakkaat', english: 'customers' },
  { words: 'henkilöä|ihmistä|ihmisiä', english: 'people' },
  { words: 'pyyntöä|pyyntöjä|kyselyä|kyselyjä', english: 'requests' },
  { words: 'raporttia|raportteja|työraporttia', english: 'reports' },
  { words: 'joista|niistä', english: 'of them' },
  { words: 'viidesosa', english: 'a fifth' },
  { words: 'neljäsosa|neljännes', english: 'a quarter' },
  { words: 'kolmasosa', english: 'a third' },
  { words: 'käyttää päivittäin|käyttävät päivittäin', english: 'use it daily' },
  { words: 'päivässä|päivittäin|paivassa|päivää kohden', english: 'per day' },
  { words: 'kuukaudessa|kuussa|kuukausittain', english: 'per month' },
  { words: 'vuodessa|vuosittain|vuoden', english: 'per year' },
  { words: 'tunnissa', english: 'per hour' },
  { words: 'minuutissa', english: 'per minute' },
  { words: 'sekunnissa', english: 'per second' },
  { words: 'sekunnin sisällä', english: 'within a second' },
  { words: 'minuutin sisällä', english: 'within a minute' },
  { words: 'yöajo|yöajona', english: 'nightly job' },
  { words: 'yössä|yöllä|öisin', english: 'nightly' },
  {
    words: 'ruuhkahuipussa|huippukuormassa|ruuhka-aikana|ruuhkassa|huipussa',
    english: 'at peak',
  },
  { words: 'samanaikaisesti|yhtä aikaa|kerralla', english: 'at the same time' },
  { words: 'noin|suunnilleen|arviolta', english: 'about' },
  { words: 'enintään|maksimissaan|korkeintaan', english: 'at most' },
  { words: 'vähintään', english: 'at least' },
  { words: 'tuhatta', english: 'thousand' },
  { words: 'miljoonaa', english: 'million' },
  { words: 'budjetti on|budjetti|budjettia', english: 'budget' },
  { words: 'ainoastaan', english: 'only' },
  { words: 'malleja|mallia|mallit', english: 'models' },
  {
    words: 'kääntää|käännös|käännökset|kääntäminen|käännöksiä',
    english: 'translation',
  },
  {
    words: 'tiivistelmä|tiivistelmät|tiivistelmiä|yhteenveto|yhteenvedot',
    english: 'summary',
  },
  { words: 'tärkeämpi kuin|tärkeämpi ku', english: 'more important than' },
  { words: 'tärkeintä|tärkein|tärkeää|tärkeä', english: 'important' },
  { words: 'laatu|laadun|laatua', english: 'quality' },
  { words: 'nopeus|nopeutta', english: 'speed' },
  { words: 'hinta|kustannukset|kustannuksista', english: 'cost' },
  { words: 'halpa|edullinen|halvempi', english: 'cheap' },
  { words: 'nopea|nopeasti', english: 'fast' },
  { words: 'sisään', english: 'in' },
  { words: 'ulos', english: 'out' },
  { words: 'ikkuna', english: 'window' },
  { words: 'tuntia', english: 'hours' },
  { words: 'kpl', english: 'units' },
  { words: 'jokainen|kukin', english: 'each' },
  { words: 'korjaus', english: 'correction' },
];
