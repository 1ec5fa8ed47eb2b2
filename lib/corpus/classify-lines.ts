// Line-level predicates that recognise what a line starts: a heading, a list item, a bullet, a
// caption, a table. They look at one line; the block builder weighs them against the neighbours.

/** Private-use symbol-font bullets (U+F0B7 and friends) and the common Unicode bullets. */
const BULLET = /^[\uF020-\uF0FF•▪●◦‣∙■□➢➤►✓✔]/u;
const LIST_LABEL = /^(\d{1,2}|[a-hA-H])\.\s+(?=\S)/;
const CAPTION = /^(?:Tabel|Table|Gambar|Figure|Grafik|Diagram|Bagan|Skema|Chart)\s+\d+(?:\.\d+)*\.(?=\s|$)|^(?:Tabel|Table|Gambar|Figure|Grafik|Diagram|Bagan|Skema|Chart)\s+\d+\.\d+(?=\s|$)/i;
const CHAPTER = /^BAB\s+(?:[IVXLC]+|\d+)\b\.?/i;
const ROMAN_SECTION = /^(?:[IVX]{1,4})\.\s+(?=\S)/;
const NUMBERED_SECTION = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\S)/;
const TERMINAL = /[.!?:;,]["'”’)\]]*$/;
const SENTENCE_END = /[.!?:]["'”’)\]]*$/;

const KNOWN_SECTIONS = new Set([
  'abstract', 'abstrak', 'abstraksi', 'pendahuluan', 'latar belakang', 'metode penelitian',
  'metodologi', 'metodologi penelitian', 'metode', 'hasil dan pembahasan', 'hasil dan diskusi',
  'pembahasan', 'kesimpulan', 'simpulan', 'kesimpulan dan saran', 'saran', 'penutup',
  'daftar pustaka', 'referensi', 'kerangka teori', 'landasan teori', 'kerangka konseptual',
  'landasan konseptual dan teori', 'tinjauan pustaka', 'isi', 'introduction', 'conclusion',
  'conclusions', 'methods', 'methodology', 'discussion', 'results', 'references', 'bibliography',
]);

// Words a title leaves in lower case; they neither make nor break title case.
const TITLE_STOPWORDS = new Set([
  'dan', 'di', 'ke', 'dari', 'dalam', 'yang', 'untuk', 'dengan', 'pada', 'atau', 'serta', 'sebagai',
  'terhadap', 'oleh', 'kepada', 'antara', 'bagi', 'tentang', 'of', 'and', 'the', 'for', 'in', 'on',
  'to', 'a', 'an', 'at', 'by', 'vs',
]);

/** Length of the bullet glyph a line starts with (0 when none). */
export function bulletLength(content: string): number {
  const match = BULLET.exec(content);
  return match ? match[0].length : 0;
}

/** The `1.` / `a.` / `A.` label a line starts with, and where its text begins. */
export function listLabelOf(content: string): { label: string; textStart: number } | null {
  const match = LIST_LABEL.exec(content);
  const label = match?.[1];
  return match && label ? { label, textStart: match[0].length } : null;
}

/** The label that would come right before `label` in its sequence (`b` → `a`, `3` → `2`). */
export function previousListLabel(label: string): string | null {
  if (/^\d+$/.test(label)) return Number(label) > 1 ? String(Number(label) - 1) : null;
  const code = label.charCodeAt(0);
  return label === 'a' || label === 'A' ? null : String.fromCharCode(code - 1);
}

/** True for `Tabel 1. ...`, `Grafik 1.2 ...`, `Gambar 2. ...` (not `Tabel 1 memperlihatkan`). */
export function isCaptionStart(content: string): boolean {
  return CAPTION.test(content);
}

/** True for `BAB IV`. */
export function isChapterHeading(content: string): boolean {
  return CHAPTER.test(content) && content.length <= 60 && !SENTENCE_END.test(content);
}

/** True when a line ends a sentence (`.`, `!`, `?`, `:` with closing quotes or brackets). */
export function endsSentence(content: string): boolean {
  return SENTENCE_END.test(content);
}

/** True when a line ends with any clause punctuation, which a heading never does. */
export function endsWithPunctuation(content: string): boolean {
  return TERMINAL.test(content);
}

/** A known section title (`Pendahuluan`, `Metode Penelitian`, `Abstract`), case-insensitive. */
export function isKnownSectionTitle(text: string): boolean {
  return KNOWN_SECTIONS.has(text.replace(/[\s:.]+$/, '').replace(/\s+/g, ' ').toLowerCase());
}

/** Share of a line's content words that are capitalised (acronyms and numbers count as such). */
export function titleCaseRatio(text: string): number {
  let content = 0;
  let capitalised = 0;
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[("'“‘[]+|[)"'”’\],;:]+$/g, '');
    if (word === '' || TITLE_STOPWORDS.has(word.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalised++;
  }
  return content === 0 ? 0 : capitalised / content;
}

/** True when the last word is one a title never ends on (`dalam`, `dan`, `Of`), so it wraps on. */
export function endsWithFunctionWord(text: string): boolean {
  const last = text.trim().split(/\s+/).pop() ?? '';
  return TITLE_STOPWORDS.has(last.toLowerCase()) || /^(?:melalui|mengenai|menurut|yang|di)$/i.test(last);
}

/** Section numbering at the start of a heading line: `4.1`, `1.`, `II.`; null when none. */
export function sectionNumberOf(content: string): { depth: number; textStart: number; roman: boolean } | null {
  const roman = ROMAN_SECTION.exec(content);
  if (roman) return { depth: 1, textStart: roman[0].length, roman: true };
  const numbered = NUMBERED_SECTION.exec(content);
  const digits = numbered?.[1];
  if (!numbered || !digits) return null;
  // `4.1 Kesimpulan` needs no trailing dot, a bare `1 Africa 15` (a table row) is not a section.
  if (!digits.includes('.') && !/^\d{1,2}\./.test(content)) return null;
  return { depth: digits.split('.').length, textStart: numbered[0].length, roman: false };
}

/** True when a line opens a small table (`No  Continent Countries`). */
export function isTableHeader(content: string): boolean {
  return /^No\.?\s{2,}\S+(?:\s+\S+){1,5}$/.test(content) || /^No\.?\s+\p{Lu}\w*(?:\s+\p{Lu}\w*){1,5}$/u.test(content);
}

/** True when a line looks like a row of the table opened by `isTableHeader`. */
export function isTableRow(content: string): boolean {
  return /^\d{1,3}\s+\p{Lu}/u.test(content) && content.length <= 60;
}
