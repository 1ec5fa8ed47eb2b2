import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { decodeCorpusFile, findInvalidUtf8 } from '../../lib/import/decode-corpus-file';

const encode = (text: string) => new TextEncoder().encode(text);

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('decodeCorpusFile', () => {
  it('decodes a seed line with its em dash and curly quotes intact', () => {
    const line = 'perdagangan orang\u2014sebagai korban\u2014maupun \u201cpeniruan\u201d\n';
    expect(decodeCorpusFile('a.txt', encode(line))).toBe(line);
  });

  it('rejects an empty file and a file of blank lines', () => {
    expect(errorOf(() => decodeCorpusFile('a.txt', new Uint8Array())).code).toBe('import.empty');
    expect(errorOf(() => decodeCorpusFile('a.txt', encode(' \n\n \n'))).code).toBe('import.empty');
  });

  it('names the line and byte of a NUL byte', () => {
    const error = errorOf(() => decodeCorpusFile('a.txt', encode('BAB IV\n\nPENUTUP\u0000')));
    expect(error.code).toBe('import.nulByte');
    expect(error.params).toMatchObject({ file: 'a.txt', line: 3, byte: 15 });
  });

  it('names the line and byte of invalid UTF-8', () => {
    const bytes = new Uint8Array([...encode('Abstrak\nalam setiap '), 0xe9, ...encode('tahunnya\n')]);
    const error = errorOf(() => decodeCorpusFile('b.txt', bytes));
    expect(error.code).toBe('import.invalidUtf8');
    expect(error.params).toMatchObject({ file: 'b.txt', line: 2, byte: 20, value: '0xE9' });
  });

  it('rejects a file over the size limit', () => {
    const error = errorOf(() => decodeCorpusFile('c.txt', encode('x'.repeat(101)), 100));
    expect(error.code).toBe('import.tooLarge');
    expect(error.status).toBe(413);
  });
});

describe('findInvalidUtf8', () => {
  it('accepts characters of every length, including outside the BMP', () => {
    expect(findInvalidUtf8(encode('a é \u2014 \u{1F600}'))).toBe(-1);
  });

  it('rejects overlong forms, surrogates and truncated sequences', () => {
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x80]))).toBe(2);
  });
});
