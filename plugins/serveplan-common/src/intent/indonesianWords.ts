import type { ForeignPhrase } from './otherLanguages';
import { nounKind } from './numberAttachment';
import { PERCENT_WORDS } from './shares';

/** A word for percent (shares.ts' list): no noun counted. */
const PERCENT_WORD = new RegExp(`^(?:${PERCENT_WORDS})$`);

/**
 * Indonesian words of sizing a deployment, as written at work (with the chat shorthand "yg",
 * "bgt", "jgn", "utk", "org"), read in English by otherLanguages.ts. Longer phrases come before
 * the shorter ones they contain. Words English also has ("dan", "ada", "hrs", "jam", "hari",
 * "unit", "org", "rb") are read only in their frame, in Indonesian text (otherLanguages.ts).
 */
export const INDONESIAN: ForeignPhrase[] = [
  { words: 'pengguna aktif harian', english: 'daily active users' },
  { words: 'pengguna aktif bulanan', english: 'monthly active users' },
  { words: 'pengguna aktif', english: 'active users' },
  { words: 'pengguna terdaftar', english: 'registered users' },
  { words: 'penggunanya|pengguna|pemakai', english: 'users' },
  { words: 'karyawan|pegawai|staf', english: 'employees' },
  { words: 'pelanggan', english: 'customers' },
  { words: 'pengembang', english: 'developers' },
  { words: 'pertanyaannya|pertanyaan', english: 'questions' },
  { words: 'permintaan', english: 'requests' },
  { words: 'deskripsi produk', english: 'product descriptions' },
  { words: 'deskripsi', english: 'descriptions' },
  { words: 'artikel', english: 'articles' },
  { words: 'tiket', english: 'tickets' },
  { words: 'kurirnya|kurir', english: 'couriers' },
  { words: 'pesan', english: 'messages' },
  { words: 'produk', english: 'products' },
  { words: 'orang', english: 'people' },
  { words: 'dokumen', english: 'documents' },
  {
    words: 'secara bersamaan|bersamaan|sekaligus|dalam waktu yang sama',
    english: 'at the same time',
  },
  { words: 'jam sibuk|saat puncak|waktu puncak', english: 'at peak' },
  {
    words: 'pakai barengan|pakai bareng|barengan',
    english: 'at the same time',
  },
  { words: 'aktif harian', english: 'daily active' },
  { words: 'aktif bulanan', english: 'monthly active' },
  { words: 'aktif', english: 'active' },
  {
    words: 'per harinya|per hari|setiap hari|tiap hari|harian',
    english: 'per day',
  },
  { words: 'sehari', english: 'a day' },
  { words: 'tiap malam|setiap malam|tiap malem', english: 'every night' },
  { words: 'malam|malem', english: 'night' },
  { words: 'per minggu|mingguan', english: 'per week' },
  { words: 'seminggu', english: 'a week' },
  { words: 'per bulan|per bln|bulanan', english: 'per month' },
  { words: 'sebulan', english: 'a month' },
  { words: 'per tahun|per thn|tahunan', english: 'per year' },
  { words: 'setahun', english: 'a year' },
  { words: 'per menit|tiap menit', english: 'per minute' },
  { words: 'per detik', english: 'per second' },
  // singular, so "req/detik" is "req/second"; "3 detik" reads as 3 seconds all the same
  { words: 'detik', english: 'second' },
  { words: 'menit', english: 'minute' },
  { words: 'ribu', english: 'thousand' },
  { words: 'juta', english: 'million' },
  { words: 'miliar', english: 'billion' },
  {
    words:
      'kurang lebih|lebih kurang|kira-kira|kira2|sekitaran|sekitar|sekitr|sktr|kisaran',
    english: 'about',
  },
  { words: 'rata-rata|rata2|rerata', english: 'on average' },
  { words: 'biasanya', english: 'usually' },
  { words: 'paling panjang|terpanjang', english: 'longest' },
  {
    words:
      'jangan lebih dari|tidak lebih dari|nggak lebih dari|gak lebih dari|paling banyak|maksimal|maksimum|maks',
    english: 'at most',
  },
  { words: 'kurang dari|di bawah|dibawah', english: 'under' },
  { words: 's/d|sampai dengan', english: 'to' },
  { words: 'antara', english: 'between' },
  { words: 'bisa sampai|sampai|hingga', english: 'up to' },
  {
    words:
      'jangan pakai|jangan pake|jangn pake|jangan gunakan|jgn pakai|jgn pake|tidak boleh pakai',
    english: 'do not use',
  },
  { words: 'jgn yg lain|jangan yang lain', english: 'nothing else' },
  {
    words: 'jangan|jgn|tidak boleh|nggak boleh|gak boleh',
    english: 'must not',
  },
  { words: 'hanya|cuma|saja|aja|doang', english: 'only' },
  { words: 'pakai|pake|gunakan|menggunakan|memakai', english: 'use' },
  {
    words:
      'tidak terlalu penting|nggak terlalu penting|gak terlalu penting|ga terlalu penting|kurang penting|tidak penting',
    english: 'not important',
  },
  {
    words:
      'lebih penting (?:daripada|dari|drpd)|lbh pe?nting (?:dari|dr|drpd)|lebih penting',
    english: 'more important than',
  },
  {
    words: 'penting banget|penting bgt|sangat penting|penting sekali',
    english: 'very important',
  },
  { words: 'yang penting|yg penting', english: 'what matters is' },
  {
    words: 'nomor satu|nomer satu|prioritas utama|paling utama',
    english: 'is the top priority',
  },
  { words: 'penting', english: 'important' },
  {
    words:
      'nggak harus sempurna|tidak harus sempurna|gak harus sempurna|ga harus sempurna',
    english: 'need not be perfect',
  },
  { words: 'harus bagus banget|harus bagus', english: 'must be very good' },
  {
    words:
      'ga harus|gak harus|nggak harus|tidak harus|tidak perlu|ga perlu|gak perlu|nggak perlu',
    english: 'does not need to be',
  },
  {
    words:
      'gak ada yg nunggu|ga ada yg nunggu|gak ada yang nunggu|tidak ada yang menunggu|nggak ada yang nungguin|nggak ada yang nunggu',
    english: 'nobody waits on each',
  },
  { words: 'lemot|lambat', english: 'slow' },
  { words: 'harus|wajib', english: 'must' },
  { words: 'akurat', english: 'accurate' },
  {
    words: 'kurang lebih sama panjangnya|sama panjangnya|kurang lebih sama',
    english: 'about the same length',
  },
  { words: 'ringkasannya', english: 'the summary' },
  {
    words: 'seluruh jawaban|semua jawaban|jawaban lengkap|jawaban penuh',
    english: 'the whole answer',
  },
  {
    words: 'nunggu hasilnya|menunggu hasilnya|nungguin hasilnya',
    english: 'waits for the result',
  },
  { words: 'jg|juga', english: 'also' },
  { words: 'murah', english: 'cheap' },
  { words: 'hemat', english: 'cheap' },
  { words: 'kualitas|mutu', english: 'quality' },
  { words: 'latensi', english: 'latency' },
  { words: 'biaya', english: 'cost' },
  { words: 'rendah banget|rendah bgt|sangat rendah', english: 'very low' },
  { words: 'kecepatan', english: 'speed' },
  { words: 'cepat|cepet', english: 'fast' },
  { words: 'waktu ke token pertama', english: 'time to first token' },
  { words: 'token pertama', english: 'first token' },
  { words: 'konteks', english: 'context' },
  {
    words:
      'terjemahan|terjemahannya|terjemahkan|diterjemahkan|menerjemahkan|penerjemahan',
    english: 'translation',
  },
  {
    words: 'ringkasan|rangkuman|meringkas|merangkum|diringkas',
    english: 'summary',
  },
  { words: 'menulis|tulis', english: 'write' },
  { words: 'bertanya|tanya', english: 'asks' },
  { words: 'lisensi', english: 'licence' },
  { words: 'penggunaan komersial', english: 'commercial use' },
  {
    words: 'boleh dipakai komersial|bisa dipakai komersial|dipakai komersial',
    english: 'allow commercial use',
  },
  { words: 'berlisensi', english: 'licensed under' },
  { words: 'lisensinya', english: 'the licence is' },
  { words: 'mengizinkan|membolehkan', english: 'allow' },
  { words: 'anggarannya|anggaran|budgetnya', english: 'budget' },
  { words: 'dolar', english: 'dollars' },
  { words: 'tiap|setiap|masing-masing|masing2', english: 'each' },
  { words: 'untuk|utk|buat', english: 'for' },
  { words: 'atau', english: 'or' },
  { words: 'bukan', english: 'not' },
  { words: 'koreksi|revisi|ralat|eh salah|maaf salah', english: 'correction' },
  { words: 'lagi penuh|sedang penuh|penuh', english: 'fully booked' },
  { words: 'totalnya', english: 'in total' },
  { words: 'kartu', english: 'cards' },
  {
    words:
      'kelar dalam|selesai dalam|beres dalam|slesai dlm|selesai dlm|beres dlm',
    english: 'finished within',
  },
];

/** Shorthand that follows a number in Indonesian text: "20rb", "1,5 jt", "6 jam", "3 hari", "6 unit". */
export const INDONESIAN_AFTER_NUMBER: Array<{
  words: string;
  english: string;
}> = [
  { words: 'rb', english: 'thousand' },
  { words: 'jt', english: 'million' },
  { words: 'jam', english: 'hours' },
  { words: 'hari', english: 'days' },
  { words: 'bulan', english: 'months' },
  { words: 'org', english: 'people' },
  { words: 'unit|biji|buah', english: 'cards' },
  // "300an developer": some three hundred
  { words: '-?an', english: '' },
  { words: 'kali', english: 'times' },
];

/**
 * Indonesian puts no plural on a noun after a count ("5rb seller", "8 listing"): read in English,
 * a known noun of people or work after a count takes its plural ("5 thousand sellers"), so the
 * count readers find what it counts.
 */
export function pluralizeCountedNouns(text: string): string {
  return text.replace(
    /(\d(?:[\d.,]*\d)?(?:\s?(?:thousand|million))?\s)([a-z]{3,}[^s\W])\b/g,
    (whole: string, count: string, noun: string) => {
      const kind = nounKind(`${noun}s`);
      return (kind === 'person' || kind === 'work') && !PERCENT_WORD.test(noun)
        ? `${count}${noun}s`
        : whole;
    },
  );
}
