// A corpus worth restoring: the export bench (two layers, approved and draft English, an alignment,
// two versions of seed 001), plus a source correction in seed 004, an annotation in the current
// version of seed 001, and a third document with characters outside the BMP before an annotated,
// translated and aligned span; a `@gold` layer holds one annotation.
import { correctSourceText } from '../../lib/annotation-store/correct-source-text';
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import type { Annotation } from '../../lib/annotations/types';
import type { Db } from '../../lib/db/connection';
import { getDocumentBySlug } from '../../lib/db/queries/documents';
import { writeAlignedJson } from '../../lib/export/aligned-json';
import { loadExportDocuments } from '../../lib/export-store/load-export-documents';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import { addUser, newId, seedFile, spanOf } from '../annotation-store/fixtures';
import { as, translate } from '../translation-store/fixtures';
import { exportBench, type ExportBench } from './fixtures';

export const EXPORTED_AT = '2025-01-02T03:04:05.000Z';
export const BMP_FILE = 'astral-000.txt';
/** English of the astral document's annotated unit: an emoji before the aligned words. */
export const ASTRAL_ENGLISH_PREFIX = '😀 ';

export interface RestoreBench extends ExportBench {
  astralSlug: string;
  astralRaw: Buffer;
  astral: Annotation;
  gold: Annotation;
  otherAnnotation: Annotation;
}

/** Seed 000 with a mathematical letter (outside the BMP) before its first sentence's first word. */
export function astralFile(): { name: string; bytes: Buffer } {
  const raw = seedFile('000').bytes.toString('utf8');
  const lines = raw.split('\n');
  // The first long line is body text: put the astral letter before its first word.
  const at = lines.findIndex((line) => line.trim().split(/\s+/).length > 8);
  lines[at] = `𝔸 ${lines[at]}`;
  return { name: BMP_FILE, bytes: Buffer.from(lines.join('\n'), 'utf8') };
}

function textOf(db: Db, slug: string): string {
  const doc = getDocumentBySlug(db, slug);
  if (!doc) throw new Error(`no ${slug}`);
  return doc.text;
}

export function restoreBench(): RestoreBench {
  const bench = exportBench();
  const { db } = bench;
  // A source correction in seed 004: the text, offsets and revision move.
  const before = textOf(db, bench.slug);
  const word = 'penelitian ini';
  const at = before.indexOf(word);
  const doc = getDocumentBySlug(db, bench.slug);
  correctSourceText(db, bench.slug, bench.annotator, { baseRevision: doc?.revision ?? 1, start: at, end: at + word.length, before: word, after: 'penelitian ini sendiri' });

  const otherText = textOf(db, bench.otherSlug);
  const otherAnnotation = createAnnotation(db, bench.otherSlug, bench.annotator, {
    id: newId(), label: 'actor', attributes: { actor_type: 'igo' }, ...spanOf(otherText, 'UNICEF'),
  }).annotation;

  const file = astralFile();
  const [imported] = importCorpusFiles(db, [file], { importedBy: null });
  if (!imported) throw new Error('astral document not imported');
  const astralText = textOf(db, imported.slug);
  const first = astralText.indexOf('𝔸') + 3;
  const firstWord = astralText.slice(first).split(/[\s,.]/)[0] ?? '';
  const astral = createAnnotation(db, imported.slug, bench.annotator, {
    id: newId(), label: 'claim', attributes: { kind: 'factual' }, start: first, end: first + firstWord.length, quote: firstWord,
  }).annotation;
  const goldUser = addUser(db, '@gold', 'reviewer');
  const gold = createAnnotation(db, imported.slug, goldUser, {
    id: newId(), label: 'claim', attributes: { kind: 'causal' }, start: first, end: first + firstWord.length, quote: firstWord,
  }).annotation;
  const sentence = db.prepare('SELECT id FROM sentences WHERE document_id = ? AND start_offset <= ? AND end_offset > ?').get(astral.documentId, first, first) as { id: number };
  const english = `${ASTRAL_ENGLISH_PREFIX}${firstWord} in English 𝔹.`;
  translate(bench, sentence.id, english, 'translator', 'translated');
  const alignAt = english.indexOf(firstWord);
  alignAnnotation(db, sentence.id, { annotationId: astral.id, start: alignAt, end: alignAt + firstWord.length, quote: firstWord }, as(bench, 'translator'));
  return { ...bench, astralSlug: imported.slug, astralRaw: file.bytes, astral, gold, otherAnnotation };
}

/** The aligned JSON of every current document, unfiltered, as one string. */
export function exportAll(db: Db): string {
  return [...writeAlignedJson(loadExportDocuments(db, {}), { exportedAt: EXPORTED_AT, filters: {} })].join('');
}
