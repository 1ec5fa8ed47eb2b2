// Reads what a number counts — the noun right after it (`195 korban`, `1,2 juta anak`), a fixed
// compound (`tanda tangan`, `anak perusahaan`), or two groups of people (`perempuan dan anak`) —
// and tells the nouns that count parts of the paper (`dua teori`, `tiga tahap`) from the rest.

import { ADDITIVE_NUMBER_WORDS, APPROXIMATE_NUMBER_WORDS, MONTHS, ORDINAL_WORDS, SCALE_WORDS } from './number-vocabulary';
import { isAcronym, type Token } from './tokenize-text';

/** The unit words `first..last` (inclusive) and their text as written. */
export interface UnitReading {
  unit: string;
  first: number;
  last: number;
  /** `satu jam setengah`: a half added to the number before the unit. */
  addedHalf: boolean;
}

const INDONESIAN_FUNCTION_WORDS = new Set(
  ('yang dan atau di ke dari pada dalam untuk dengan oleh adalah ialah merupakan ini itu tersebut juga ' +
    'akan telah sudah sebagai bagi karena hingga sampai sejak tentang terhadap antara per lebih kurang ' +
    'saja pun lagi sekali lalu kemudian serta namun tetapi jika bahwa seperti yakni yaitu sekitar hanya ' +
    'masih sebanyak sebesar mencapai setiap tiap jumlah total mereka kami kita dia ia sendiri saat ketika ' +
    'selama sebelum sesudah setelah menurut atas bawah lainnya pula tidak belum bukan yg dll dsb sejumlah ' +
    'seluruh semua sebagian secara sehingga sedangkan sesuai sama lain kali besar persen diantaranya ' +
    'antaranya tadi nya lalu hampir sekitarnya saja terakhir berikutnya')
    .split(' '),
);
const ENGLISH_FUNCTION_WORDS = new Set(
  ('the of in and to a an is are was were be been for with by as at on or that which who from per than ' +
    'into over under about this these those its their his her has have had not more less times percent')
    .split(' '),
);
/** Nouns that count parts of the paper, a theory or a law: borderline, left out (GUIDELINES). */
const PAPER_PART_NOUNS = new Set(
  ('teori tahap tahapan konsep faktor bab bagian pasal ayat poin butir cara langkah aspek komponen ' +
    'pertanyaan permasalahan masalah rumusan variabel indikator hipotesis metode peran fungsi dimensi ' +
    'kategori jenis tipe bentuk prinsip pilar elemen unsur kriteria bidang pendekatan asumsi karakteristik ' +
    'tingkatan fase subbab halaman paragraf kalimat kata sumber teknik tujuan sasaran hal')
    .split(' '),
);
/** Groups of people that may be counted together (`perempuan dan anak`). */
const PEOPLE_NOUNS = new Set(
  ('anak anak-anak perempuan laki-laki pria wanita remaja orang orang-orang gadis bayi balita korban ' +
    'pekerja buruh migran pemuda pemudi siswa mahasiswa pelajar warga penduduk pelaku children women men ' +
    'girls boys people victims')
    .split(' '),
);
const TIME_UNITS = new Set(
  'tahun bulan minggu pekan hari jam menit detik dekade abad windu year years month months week weeks day days hour hours decade decades'.split(' '),
);
/** Two-word units that mean something other than their first word. */
const COMPOUND_UNITS = new Set([
  'tanda tangan', 'anak perusahaan', 'orang dewasa', 'orang tua', 'anak laki-laki', 'anak perempuan',
  'rumah tangga', 'kepala keluarga', 'pekerja migran', 'pekerja anak', 'rumah bordil', 'kepala desa',
]);
// Words that look like verbs by their prefix but are nouns that can be counted.
const PREFIXED_NOUNS = new Set(
  'dinas direktur distrik diplomat menteri media meter menit meja merek mesin medali berita beras terdakwa tersangka terpidana'.split(' '),
);
const VERB_PREFIX = /^(di|me|ber|ter)\p{L}{3,}$/u;

/** `tahun`, `bulan`, `dekade`, ...: the unit of a duration or an age. */
export function isTimeUnit(unit: string): boolean {
  return TIME_UNITS.has(unit.toLowerCase());
}

/** The unit counts parts of the paper, a theory or a law (`teori`, `tahap`, `pasal`). */
export function isPaperPartNoun(unit: string): boolean {
  return PAPER_PART_NOUNS.has(unit.toLowerCase().split(' ')[0] ?? '');
}

/** A single word that can name what is counted. */
function isUnitWord(token: Token | undefined, english: boolean, allowAcronym: boolean): token is Token {
  if (!token || token.type !== 'word' || !token.spaceBefore) return false;
  const word = token.lower;
  if (isAcronym(token)) return allowAcronym;
  if (token.text[0] !== word[0]) return false; // capitalized: a name, not a unit
  if (INDONESIAN_FUNCTION_WORDS.has(word) || (english && ENGLISH_FUNCTION_WORDS.has(word))) return false;
  if (MONTHS.has(word) || SCALE_WORDS.has(word) || ADDITIVE_NUMBER_WORDS.has(word) || ORDINAL_WORDS.has(word)) return false;
  if (APPROXIMATE_NUMBER_WORDS.has(word)) return false;
  return !VERB_PREFIX.test(word) || PREFIXED_NOUNS.has(word);
}

/** The unit starting at `tokens[index]`, or null when the next word does not name what is counted. */
export function readUnitAt(tokens: Token[], index: number, options: { english: boolean; allowAcronym: boolean }): UnitReading | null {
  const head = tokens[index];
  if (!isUnitWord(head, options.english, options.allowAcronym)) return null;
  let last = index;
  const second = tokens[index + 1];
  if (second?.type === 'word' && COMPOUND_UNITS.has(`${head.lower} ${second.lower}`)) last = index + 1;
  let unitLast = last; // `berturut-turut` and `setengah` belong to the span, not to the unit
  let addedHalf = false;
  const after = tokens[last + 1];
  if (TIME_UNITS.has(head.lower) && after?.type === 'word') {
    if (after.lower === 'berturut-turut') last += 1;
    else if (after.lower === 'setengah') {
      last += 1;
      addedHalf = true;
    }
  } else if (PEOPLE_NOUNS.has(head.lower) && after && ['dan', 'atau', 'and', 'or'].includes(after.lower)) {
    const other = tokens[last + 2];
    if (other?.type === 'word' && PEOPLE_NOUNS.has(other.lower) && isUnitWord(other, options.english, false)) {
      const otherSecond = tokens[last + 3];
      last += otherSecond?.type === 'word' && COMPOUND_UNITS.has(`${other.lower} ${otherSecond.lower}`) ? 3 : 2;
      unitLast = last;
    }
  }
  const unit = tokens.slice(index, unitLast + 1).map((token) => token.text).join(' ');
  return { unit, first: index, last, addedHalf };
}
