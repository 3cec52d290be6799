import type { ForeignPhrase } from './otherLanguages';

/** A Turkish stem and any suffixes after it ("kullanıcılarımız", "temsilcimiz"). */
const SUFFIXED = '\\p{L}*';

/**
 * Turkish words of sizing a deployment, also as typed without its letters ("yazilim", "ayni
 * anda"), read in English by otherLanguages.ts. Turkish adds suffixes to a stem, so most entries
 * are stems with any suffix. Longer phrases come before the shorter ones they contain. Words
 * English also has ("bin", "ay", "ve") are read only in their frame (otherLanguages.ts), and the
 * postpositions that follow what they govern ("150 ms altı") are put before it
 * (readTurkishPostpositions).
 */
export const TURKISH: ForeignPhrase[] = [
  {
    words: `yaz[ıi]l[ıi]m geli[şs]tirici${SUFFIXED}`,
    english: 'software developers',
  },
  { words: `geli[şs]tirici${SUFFIXED}`, english: 'developers' },
  {
    words: `m[üu][şs]teri temsilci${SUFFIXED}|temsilci${SUFFIXED}`,
    english: 'representatives',
  },
  { words: `kullan[ıi]c[ıi]${SUFFIXED}`, english: 'users' },
  { words: `[çc]al[ıi][şs]an(?:lar|lar[ıi]m[ıi]z)?`, english: 'employees' },
  { words: `ki[şs]i(?:lik)?`, english: 'people' },
  { words: `[öo][ğg]renci${SUFFIXED}`, english: 'students' },
  { words: `m[üu][şs]teri${SUFFIXED}`, english: 'customers' },
  { words: 'ayn[ıi] anda|e[şs] zamanl[ıi]', english: 'at the same time' },
  { words: 'g[üu]nde|g[üu]nl[üu]k', english: 'per day' },
  { words: 'haftada|haftal[ıi]k', english: 'per week' },
  { words: 'ayda|ayl[ıi]k', english: 'per month' },
  { words: 'y[ıi]lda|y[ıi]ll[ıi]k|senelik', english: 'per year' },
  { words: 'saatte', english: 'per hour' },
  { words: 'dakikada', english: 'per minute' },
  { words: 'saniyede', english: 'per second' },
  { words: `saniye${SUFFIXED}`, english: 'seconds' },
  { words: `dakika${SUFFIXED}`, english: 'minutes' },
  { words: 'milyon', english: 'million' },
  { words: 'en fazla|maksimum|azami', english: 'at most' },
  { words: 'yakla[şs][ıi]k|civar[ıi]nda', english: 'about' },
  { words: `b[üu]t[çc]e${SUFFIXED}`, english: 'budget' },
  { words: 'dolar(?:l[ıi]k)?', english: 'dollars' },
  { words: 'en [öo]nemli', english: 'most important' },
  { words: '[öo]nemli de[ğg]il', english: 'not important' },
  { words: 'ikinci planda', english: 'secondary' },
  { words: '[çc]ok [öo]nemli', english: 'very important' },
  { words: `kalite${SUFFIXED}`, english: 'quality' },
  { words: 'h[ıi]z', english: 'speed' },
  { words: `maliyet${SUFFIXED}`, english: 'cost' },
  { words: 'ucuz', english: 'cheap' },
  { words: `gecikme${SUFFIXED}`, english: 'latency' },
  { words: `ticari kullan[ıi]m${SUFFIXED}`, english: 'commercial use' },
  { words: `a[çc][ıi]k kaynak${SUFFIXED}`, english: 'open source' },
  { words: `lisans${SUFFIXED}`, english: 'licence' },
  { words: 'kod tamamlama', english: 'code completion' },
  {
    words: `[çc]eviri${SUFFIXED}|terc[üu]me${SUFFIXED}`,
    english: 'translation',
  },
  { words: `[öo]zet${SUFFIXED}`, english: 'summary' },
  { words: 'ilk token', english: 'first token' },
  { words: 'ger[çc]ek zamanl[ıi]', english: 'realtime' },
  { words: 'her gece', english: 'every night' },
  { words: 'gece', english: 'nightly' },
  { words: 'pencere', english: 'window' },
  { words: 'kay[ıi]t say[ıi]s[ıi]', english: 'the record count is' },
  { words: `kay[ıi]t${SUFFIXED}|kayd[ıi]${SUFFIXED}`, english: 'records' },
  { words: 'pardon', english: 'sorry' },
  {
    words: 'tercih ediyoruz|tercih ederiz|tercih ederim|tercihimiz',
    english: 'we prefer',
  },
  { words: 'sadece|yaln[ıi]zca', english: 'only' },
  { words: 'hari[çc]', english: 'except' },
  { words: 'veya|ya da', english: 'or' },
];

/** Counters and units after a number in Turkish text: "150 bin", "2 adet", "6 tane", "3 gün". */
export const TURKISH_AFTER_NUMBER: Array<{ words: string; english: string }> = [
  { words: 'bin', english: 'thousand' },
  { words: 'adet|tane', english: '' },
  { words: 'g[üu]n', english: 'days' },
  { words: 'saat', english: 'hours' },
  { words: 'sn', english: 's' },
];

/**
 * Turkish puts "under" and "not" after what they govern: "150ms altı" and "3 saniyenin altında"
 * are under 150 ms and under 3 seconds; "gece batch değil" is not a nightly batch; "20 bin değil
 * 35 bin" is 35 thousand, not 20 thousand. Each is put before it, so the rules read it as English.
 */
export function readTurkishPostpositions(text: string): string {
  return (
    text
      // "20 bin değil 35 bin": 35 thousand, not 20 thousand
      .replace(
        /(\d[\d.,]*(?:\s(?:thousand|million))?)\s(?:de[ğg]il),?\s(\d[\d.,]*(?:\s(?:thousand|million))?)/gu,
        '$2, not $1',
      )
      .replace(
        /(\d[\d.,]*\s?(?:ms|s|sn|seconds?|minutes?)\p{L}*)\s(?:alt[ıi]nda|alt[ıi])(?![\p{L}])/gu,
        'under $1',
      )
      .replace(
        /(?<=^|[\s(,;:])((?:[\p{L}-]+\s){0,1}[\p{L}-]+)\sde[ğg]il(?![\p{L}])/gu,
        'not $1',
      )
  );
}
