// Concordance lines: word contexts that stop at paragraph breaks, the KWIC sort keys, and lines
// built from the seed corpus with their English counterparts.
import { describe, expect, it } from 'vitest';
import { buildConcordanceLines } from '../../lib/research/concordance/build-concordance-lines';
import { leftSortKey, parseConcordanceSort, rightSortKey, sortConcordanceLines } from '../../lib/research/concordance/concordance-sort';
import { leftContext, rightContext } from '../../lib/research/concordance/cut-word-context';
import { caught } from '../helpers/caught-app-error';

// A real line of seed 001, and the paragraph before it.
const TEXT =
  'Kata Kunci: Pemerintah Indonesia, ECPAT, Perdagangan Anak\n\n' +
  'Pemerintah Indonesia telah bekerja sama dengan ECPAT sebagai organisasi yang menangani eksploitasi seksual komersial di Indonesia.';
const HIT = TEXT.indexOf('ECPAT sebagai');

describe('leftContext / rightContext', () => {
  it('takes a number of words on each side of the hit', () => {
    expect(leftContext(TEXT, HIT, 3)).toBe('bekerja sama dengan ');
    expect(rightContext(TEXT, HIT + 5, 3)).toBe(' sebagai organisasi yang');
  });

  it('stops at a paragraph break', () => {
    const start = TEXT.indexOf('Pemerintah Indonesia telah');
    expect(leftContext(TEXT, start, 8)).toBe('');
    const end = TEXT.indexOf('Anak') + 'Anak'.length;
    expect(rightContext(TEXT, end, 8)).toBe('');
    expect(leftContext(TEXT, TEXT.indexOf('Anak'), 8)).toBe('Kata Kunci: Pemerintah Indonesia, ECPAT, Perdagangan ');
  });

  it('keeps a piece of word glued to a hit that begins or ends inside a word', () => {
    const text = 'perlindungan anak-anak jalanan';
    const second = text.indexOf('anak', text.indexOf('anak') + 1);
    expect(leftContext(text, second, 2)).toBe('perlindungan anak-');
    expect(rightContext(text, text.indexOf('anak') + 4, 2)).toBe('-anak jalanan');
  });

  it('drops a word cut by the look-ahead window rather than show half of it', () => {
    const long = `${'kata '.repeat(200)}akhir`;
    const context = leftContext(long, long.length - 'akhir'.length, 100);
    expect(context.split(' ').every((word) => word === '' || word === 'kata')).toBe(true);
  });
});

describe('sort keys', () => {
  it('reads the left context backwards from the hit, folded', () => {
    expect(leftSortKey('Pemerintah Indonesia, bersama ')).toEqual(['bersama', 'indonesia', 'pemerintah']);
  });

  it('reads the right context forwards, folded, punctuation left out', () => {
    expect(rightSortKey(' Internasional. Lalu')).toEqual(['internasional', 'lalu']);
  });
});

describe('sortConcordanceLines', () => {
  const line = (left: string, hit: string, right: string, documentOrder: number, start: number) => ({ left, hit, right, documentOrder, start });
  const lines = [
    line('oleh ', 'ECPAT', ' Indonesia', 0, 50),
    line('bersama ', 'ECPAT', ' Kamboja', 0, 10),
    line('', 'ECPAT', ' adalah', 1, 5),
    line('laporan ', 'ECPAT', ' Indonesia', 1, 0),
  ];

  it('sorts by the right context word by word, ties in reading order', () => {
    expect(sortConcordanceLines(lines, 'right').map((l) => l.right)).toEqual([' adalah', ' Indonesia', ' Indonesia', ' Kamboja']);
    expect(sortConcordanceLines(lines, 'right').filter((l) => l.right === ' Indonesia').map((l) => l.documentOrder)).toEqual([0, 1]);
  });

  it('sorts by the word nearest the hit on the left, an empty context first', () => {
    expect(sortConcordanceLines(lines, 'left').map((l) => l.left)).toEqual(['', 'bersama ', 'laporan ', 'oleh ']);
  });

  it('keeps reading order for position', () => {
    expect(sortConcordanceLines(lines, 'position').map((l) => [l.documentOrder, l.start])).toEqual([[0, 10], [0, 50], [1, 0], [1, 5]]);
  });

  it('reads the sort parameter, refusing an unknown one', () => {
    expect(parseConcordanceSort(null)).toBe('position');
    expect(parseConcordanceSort('left')).toBe('left');
    expect(caught(() => parseConcordanceSort('random()')).code).toBe('search.invalidFilter');
  });
});

describe('buildConcordanceLines', () => {
  it('cuts the hit and its contexts from the document text and keeps the English beside it', () => {
    const [built] = buildConcordanceLines(
      [{ id: 7, slug: '001_x', title: 'Seed', text: TEXT }],
      [{ documentId: 7, start: HIT, end: HIT + 5, english: 'ECPAT', sentenceId: null, annotationId: 'a1', label: 'actor', layer: 'ani' }],
      2,
    );
    expect(built).toMatchObject({ left: 'sama dengan ', hit: 'ECPAT', right: ' sebagai organisasi', english: 'ECPAT', slug: '001_x', label: 'actor' });
  });

  it('leaves out spans outside their document', () => {
    const lines = buildConcordanceLines(
      [{ id: 7, slug: '001_x', title: 'Seed', text: 'pendek' }],
      [{ documentId: 7, start: 2, end: 50, english: null, sentenceId: null, annotationId: null, label: null, layer: null }],
    );
    expect(lines).toEqual([]);
  });
});
