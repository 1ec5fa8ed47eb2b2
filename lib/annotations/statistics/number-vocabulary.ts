// The words the statistics parser knows: Indonesian and English number words, scales, ordinals,
// qualifiers, currencies and months. Data only; the readers decide what the words mean in context.

import type { StatisticQualifier } from './parsed-statistic';

/** Digits and teens that add to the number being read (`dua`, `sebelas`, `twenty`). */
export const ADDITIVE_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5], ['enam', 6], ['tujuh', 7],
  ['delapan', 8], ['sembilan', 9], ['sepuluh', 10], ['sebelas', 11],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply the digit before them inside the hundreds (`tiga puluh`, `dua ratus`); `seratus` is read apart. */
export const SMALL_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['belas', 10], ['puluh', 10], ['ratus', 100], ['hundred', 100],
]);

/** Scale words, also after digits (`1,2 juta`, `5 jt`, `1.2 million`). `seribu` and `sejuta` carry their one. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['ribu', 1e3], ['rb', 1e3], ['seribu', 1e3], ['juta', 1e6], ['jt', 1e6], ['sejuta', 1e6],
  ['miliar', 1e9], ['milyar', 1e9], ['triliun', 1e12], ['trilyun', 1e12],
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Plural number words that give an order of magnitude, not a number (`ratusan ribu`, `ribuan`). */
export const APPROXIMATE_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['puluhan', 10], ['ratusan', 100], ['ribuan', 1e3], ['jutaan', 1e6], ['miliaran', 1e9],
  ['dozens', 12], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6],
]);

/** Fractions read as a share of a whole (`kurang dari setengah`). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['setengah', 0.5], ['separuh', 0.5], ['sepertiga', 1 / 3], ['seperempat', 0.25], ['half', 0.5],
]);

/** Ordinal words; only meaningful after a rank word (`peringkat kedua`, `terbesar ketiga`). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['pertama', 1], ['kesatu', 1], ['kedua', 2], ['ketiga', 3], ['keempat', 4], ['kelima', 5],
  ['keenam', 6], ['ketujuh', 7], ['kedelapan', 8], ['kesembilan', 9], ['kesepuluh', 10],
  ['kesebelas', 11], ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5],
]);

/** Qualifiers written before a number, longest first where one is a prefix of another. */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, StatisticQualifier]> = [
  ['kurang lebih', 'approximately'], ['lebih kurang', 'approximately'], ['sekitar', 'approximately'],
  ['kira-kira', 'approximately'], ['sekira', 'approximately'], ['kurang-lebih', 'approximately'],
  ['lebih dari', 'more_than'], ['lebih daripada', 'more_than'], ['melebihi', 'more_than'],
  ['di atas', 'more_than'], ['diatas', 'more_than'], ['kurang dari', 'less_than'],
  ['di bawah', 'less_than'], ['dibawah', 'less_than'], ['hampir', 'almost'], ['nyaris', 'almost'],
  ['setidaknya', 'at_least'], ['sedikitnya', 'at_least'], ['paling tidak', 'at_least'],
  ['sekurang-kurangnya', 'at_least'], ['minimal', 'at_least'], ['paling sedikit', 'at_least'],
  ['paling singkat', 'at_least'], ['paling banyak', 'at_most'], ['paling lama', 'at_most'], ['maksimal', 'at_most'],
  ['sebanyak-banyaknya', 'at_most'], ['selambat-lambatnya', 'at_most'],
];

/** English qualifiers, used only where the sentence is English (`over`, `about` are common words). */
export const ENGLISH_QUALIFIER_PHRASES: ReadonlyArray<readonly [string, StatisticQualifier]> = [
  ['more than', 'more_than'], ['over', 'more_than'], ['upwards of', 'more_than'], ['above', 'more_than'],
  ['less than', 'less_than'], ['fewer than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
  ['about', 'approximately'], ['around', 'approximately'], ['approximately', 'approximately'],
  ['roughly', 'approximately'], ['some', 'approximately'], ['nearly', 'almost'], ['almost', 'almost'],
  ['at least', 'at_least'], ['up to', 'at_most'], ['at most', 'at_most'],
];

/** Currency written before the amount (`$7`, `Rp 5 juta`, `USD 20`). */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['rp', 'IDR'], ['idr', 'IDR'], ['€', 'EUR'],
  ['eur', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['rm', 'MYR'], ['s$', 'SGD'], ['sgd', 'SGD'],
]);

/** Currency written after the amount; `dolar` may be followed by `AS` / `Amerika (Serikat)`. */
export const CURRENCY_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['usd', 'USD'], ['dolar', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'],
  ['rupiah', 'IDR'], ['idr', 'IDR'], ['euro', 'EUR'], ['eur', 'EUR'], ['riel', 'KHR'],
  ['baht', 'THB'], ['ringgit', 'MYR'], ['peso', 'PHP'], ['yen', 'JPY'], ['yuan', 'CNY'],
]);

/** Words that may follow `dolar` as part of the currency name. */
export const CURRENCY_COUNTRY_WORDS: ReadonlySet<string> = new Set(['as', 'amerika', 'serikat', 'us', 'singapura', 'australia']);

export const MONTHS: ReadonlySet<string> = new Set([
  'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september',
  'oktober', 'november', 'nopember', 'desember', 'january', 'february', 'march', 'may', 'june', 'july',
  'august', 'october', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'aug', 'sep',
  'sept', 'okt', 'oct', 'nov', 'des', 'dec',
]);

/** Words after which a number is an identifier, a page, a time or a calendar year, never a statistic. */
export const IDENTIFIER_LABELS: ReadonlySet<string> = new Set([
  'pasal', 'ayat', 'bab', 'no', 'nomor', 'nomer', 'uu', 'perpres', 'permen', 'perda', 'keppres',
  'inpres', 'pp', 'p', 'hlm', 'hal', 'halaman', 'tabel', 'table', 'gambar', 'grafik', 'diagram',
  'bagan', 'figure', 'fig', 'lampiran', 'edisi', 'vol', 'volume', 'jilid', 'seri', 'versi', 'article',
  'section', 'chapter', 'page', 'pages', 'tanggal', 'tgl', 'jam', 'pukul', 'tahun', 'year', 'konvensi',
  'resolusi', 'resolution', 'protokol', 'kode', 'sila', 'poin', 'butir', 'huruf', 'level', 'tier',
]);
