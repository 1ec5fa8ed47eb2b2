// Checks the bytes of a file offered for import and decodes them, so that nothing malformed
// reaches the repair step: empty, too large, NUL bytes, or invalid UTF-8 (with line and byte).
import { AppError } from '../errors';

export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Byte offset of the first malformed UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes a corpus file's bytes to text, or throws an AppError that names the file and the fault. */
export function decodeCorpusFile(name: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_IMPORT_BYTES): string {
  if (bytes.length === 0) throw new AppError('import.empty', { file: name });
  if (bytes.length > maxBytes) throw new AppError('import.tooLarge', { file: name, size: bytes.length, limit: maxBytes });
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new AppError('import.nulByte', { file: name, line: lineOfByte(bytes, nul), byte: nul });
  const bad = findInvalidUtf8(bytes);
  if (bad !== -1) {
    const value = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new AppError('import.invalidUtf8', { file: name, line: lineOfByte(bytes, bad), byte: bad, value: `0x${value}` });
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  if (text.trim() === '') throw new AppError('import.empty', { file: name });
  return text;
}
