// Text compared the way a reader would: case and diacritics ignored, spaces collapsed.

/** `Anak-anak  Kamboja` → `anak-anak kamboja`; `é` → `e`. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
