// The English words of rendered statistics: what the seeds count (`anak` → children), qualifiers
// (`sekitar` → about), currencies, ranks and the small words between them. Data only; keys are
// lower-case Indonesian, multi-word keys separated by one space.

/** A countable English noun: singular after one, plural otherwise. Mass nouns repeat one form. */
export interface EnglishNoun {
  one: string;
  many: string;
}

function noun(one: string, many = `${one}s`): EnglishNoun {
  return { one, many };
}

/** What statistics count, as the seeds write it (one or two words; reduplicated plurals included). */
export const ENGLISH_UNIT_WORDS: ReadonlyMap<string, EnglishNoun> = new Map([
  // people
  ['anak', noun('child', 'children')], ['anak-anak', noun('child', 'children')],
  ['perempuan', noun('woman', 'women')], ['wanita', noun('woman', 'women')],
  ['laki-laki', noun('man', 'men')], ['pria', noun('man', 'men')],
  ['orang', noun('person', 'people')], ['orang-orang', noun('person', 'people')], ['jiwa', noun('person', 'people')],
  ['korban', noun('victim')], ['pelaku', noun('perpetrator')], ['tersangka', noun('suspect')],
  ['gadis', noun('girl')], ['bayi', noun('baby', 'babies')], ['balita', noun('toddler')],
  ['remaja', noun('adolescent')], ['pemuda', noun('young person', 'young people')],
  ['siswa', noun('student')], ['pelajar', noun('student')], ['mahasiswa', noun('university student')],
  ['peserta', noun('participant')], ['responden', noun('respondent')], ['informan', noun('informant')],
  ['anggota', noun('member')], ['pejabat', noun('official')], ['pekerja', noun('worker')],
  ['buruh', noun('laborer')], ['migran', noun('migrant')], ['warga', noun('resident')],
  ['penduduk', noun('inhabitant')], ['masyarakat', noun('community member')],
  ['relawan', noun('volunteer')], ['polisi', noun('police officer')], ['keluarga', noun('family', 'families')],
  ['wni', noun('Indonesian citizen')], ['tki', noun('Indonesian migrant worker')], ['pmi', noun('Indonesian migrant worker')],
  ['lsm', noun('NGO')], ['ngo', noun('NGO')],
  ['orang dewasa', noun('adult')], ['orang tua', noun('parent')], ['anak laki-laki', noun('boy')],
  ['anak perempuan', noun('girl')], ['pekerja migran', noun('migrant worker')], ['pekerja anak', noun('child laborer')],
  ['kepala keluarga', noun('head of household', 'heads of household')], ['kepala desa', noun('village head')],
  ['rekan pendukung', noun('supporting partner')],
  ['korban perdagangan orang', noun('trafficking victim')], ['korban perdagangan manusia', noun('trafficking victim')],
  // places and bodies
  ['negara', noun('country', 'countries')], ['provinsi', noun('province')], ['kabupaten', noun('regency', 'regencies')],
  ['kota', noun('city', 'cities')], ['desa', noun('village')], ['wilayah', noun('region')], ['daerah', noun('area')],
  ['pulau', noun('island')], ['sekolah', noun('school')], ['pemerintah', noun('government')],
  ['kelompok', noun('group')], ['organisasi', noun('organization')], ['lembaga', noun('institution')],
  ['perusahaan', noun('company', 'companies')], ['anak perusahaan', noun('subsidiary', 'subsidiaries')],
  ['rumah tangga', noun('household')], ['rumah bordil', noun('brothel')],
  // things and events
  ['kasus', noun('case')], ['laporan', noun('report')], ['buklet', noun('booklet')], ['forum', noun('forum')],
  ['forum karier', noun('career forum')], ['tanda tangan', noun('signature')], ['dokumen', noun('document')],
  ['pengaduan', noun('complaint')], ['putusan', noun('verdict')], ['eksploitasi', noun('exploitation', 'exploitation')],
  ['populasi', noun('population', 'population')], ['kapita', noun('capita', 'capita')],
  // time
  ['tahun', noun('year')], ['bulan', noun('month')], ['minggu', noun('week')], ['pekan', noun('week')],
  ['hari', noun('day')], ['jam', noun('hour')], ['menit', noun('minute')], ['dekade', noun('decade')],
  ['abad', noun('century', 'centuries')], ['kali', noun('time')], ['kali lipat', noun('time')],
]);

/** Qualifier phrases (the statistics parser's list) in English; the brief forms first. */
export const ENGLISH_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['sekitar', 'about'], ['kira-kira', 'about'], ['kurang lebih', 'about'], ['kurang-lebih', 'about'],
  ['lebih kurang', 'about'], ['sekira', 'about'],
  ['lebih dari', 'more than'], ['lebih daripada', 'more than'], ['melebihi', 'more than'],
  ['di atas', 'over'], ['diatas', 'over'],
  ['kurang dari', 'less than'], ['di bawah', 'under'], ['dibawah', 'under'],
  ['hampir', 'almost'], ['nyaris', 'nearly'],
  ['setidaknya', 'at least'], ['sedikitnya', 'at least'], ['paling tidak', 'at least'],
  ['sekurang-kurangnya', 'at least'], ['minimal', 'at least'], ['paling sedikit', 'at least'], ['paling singkat', 'at least'],
  ['paling banyak', 'at most'], ['paling lama', 'at most'], ['maksimal', 'at most'], ['sebanyak-banyaknya', 'at most'],
  ['selambat-lambatnya', 'at the latest'],
]);

/** Currency written before the amount; ISO codes stay, `Rp` becomes `IDR` (see renderStatisticEnglish). */
export const ENGLISH_CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['rp', 'IDR'], ['idr', 'IDR'], ['usd', 'USD'], ['eur', 'EUR'], ['sgd', 'SGD'], ['rm', 'MYR'],
]);

/** Currency written after the amount, as English names it. */
export const ENGLISH_CURRENCY_NAMES: ReadonlyMap<string, EnglishNoun> = new Map([
  ['dolar amerika serikat', noun('US dollar')], ['dolar amerika', noun('US dollar')], ['dolar as', noun('US dollar')],
  ['dolar us', noun('US dollar')], ['dolar singapura', noun('Singapore dollar')], ['dolar australia', noun('Australian dollar')],
  ['dolar', noun('dollar')], ['rupiah', noun('rupiah', 'rupiah')], ['euro', noun('euro')], ['riel', noun('riel')],
  ['baht', noun('baht', 'baht')], ['ringgit', noun('ringgit', 'ringgit')], ['peso', noun('peso')],
  ['yen', noun('yen', 'yen')], ['yuan', noun('yuan', 'yuan')],
]);

/** Scale words after a number. */
export const ENGLISH_SCALES: ReadonlyMap<string, string> = new Map([
  ['ribu', 'thousand'], ['rb', 'thousand'], ['juta', 'million'], ['jt', 'million'], ['miliar', 'billion'],
  ['milyar', 'billion'], ['triliun', 'trillion'], ['trilyun', 'trillion'],
]);

/** Orders of magnitude in words (`ratusan ribu` → `hundreds of thousands`). */
export const ENGLISH_MAGNITUDES: ReadonlyMap<string, string> = new Map([
  ['puluhan', 'dozens'], ['ratusan', 'hundreds'], ['ribuan', 'thousands'], ['jutaan', 'millions'], ['miliaran', 'billions'],
  ['ribu', 'thousands'], ['juta', 'millions'], ['miliar', 'billions'],
]);

/** Fractions as English says them without a number before (`setengah` → `half`). */
export const ENGLISH_FRACTIONS: ReadonlyMap<string, string> = new Map([
  ['setengah', 'half'], ['separuh', 'half'], ['sepertiga', 'a third'], ['seperempat', 'a quarter'],
]);

/** Ordinal words (`kedua` → `second`), for ranks. */
export const ENGLISH_ORDINALS: ReadonlyMap<string, string> = new Map([
  ['pertama', 'first'], ['kesatu', 'first'], ['kedua', 'second'], ['ketiga', 'third'], ['keempat', 'fourth'],
  ['kelima', 'fifth'], ['keenam', 'sixth'], ['ketujuh', 'seventh'], ['kedelapan', 'eighth'], ['kesembilan', 'ninth'],
  ['kesepuluh', 'tenth'], ['kesebelas', 'eleventh'],
]);

/** Superlatives, one word (`terbesar`) or with `paling` (`paling rendah`). */
export const ENGLISH_SUPERLATIVES: ReadonlyMap<string, string> = new Map([
  ['terbesar', 'largest'], ['tertinggi', 'highest'], ['terendah', 'lowest'], ['terburuk', 'worst'], ['terbaik', 'best'],
  ['terkorup', 'most corrupt'], ['terbanyak', 'most'], ['terkecil', 'smallest'], ['terpadat', 'most populous'],
  ['termiskin', 'poorest'], ['terkaya', 'richest'], ['terparah', 'worst'], ['terlama', 'longest'],
  ['paling besar', 'largest'], ['paling tinggi', 'highest'], ['paling rendah', 'lowest'], ['paling buruk', 'worst'],
  ['paling baik', 'best'], ['paling banyak', 'most'], ['paling sedikit', 'fewest'], ['paling kecil', 'smallest'],
]);

/** Everything else a statistic phrase holds: rank words, ranges, comparisons, time markers. */
export const ENGLISH_PHRASE_WORDS: ReadonlyMap<string, string> = new Map([
  ['peringkat', 'ranked'], ['urutan', 'ranked'], ['ranking', 'ranked'], ['rangking', 'ranked'], ['posisi', 'position'],
  ['nomor', 'number'], ['dari', 'of'], ['hingga', 'to'], ['sampai', 'to'], ['sampai dengan', 'to'], ['antara', 'between'],
  ['dan', 'and'], ['atau', 'or'], ['atau lebih', 'or more'], ['per', 'per'], ['setiap', 'every'], ['tiap', 'every'],
  ['persen', 'percent'], ['prosen', 'percent'], ['berturut-turut', 'in a row'],
  ['lebih tinggi', 'higher'], ['lebih rendah', 'lower'], ['lebih besar', 'larger'], ['lebih kecil', 'smaller'],
  ['lebih banyak', 'more'], ['lebih sedikit', 'fewer'], ['sebanyak', 'a total of'], ['mencapai', 'reaching'],
  ['sejak', 'since'], ['pada tahun', 'in'], ['di tahun', 'in'], ['pada', 'in'], ['dalam', 'in'],
  ['perdagangan orang', 'trafficking in persons'], ['perdagangan manusia', 'human trafficking'],
]);
