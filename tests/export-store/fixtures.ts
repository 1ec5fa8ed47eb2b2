// An annotated, partly translated corpus for the export store tests: seeds 004 and 001 imported
// as the app imports them, annotations in two layers, units translated and approved through the
// store functions, an alignment, and a superseded older version of seed 001.
import { getEntityById } from '../../lib/db/queries/entities';
import { importCorpusFiles } from '../../lib/import/import-corpus-files';
import { changeTranslationStatus } from '../../lib/translation-store/change-translation-status';
import { alignAnnotation } from '../../lib/translation-store/manage-alignments';
import type { Annotation } from '../../lib/annotations/types';
import { seedFile } from '../annotation-store/fixtures';
import { annotate, as, translate, translationBench, unitWith, type TranslationBench } from '../translation-store/fixtures';

export const SOURCE = 'Data dari International Organization for Migration (IOM)';
export const ENGLISH =
  'Data from the International Organization for Migration (IOM) show that Laos ranks second in Southeast Asia with a total of 195 victims of human trafficking in 2011.';
export const DRAFT_SOURCE = 'Penulis menyadari bahwa penelitian ini masih jauh dari kata sempurna.';

export interface ExportBench extends TranslationBench {
  /** Slug of seed 001's current version and of the version it superseded. */
  otherSlug: string;
  oldOtherSlug: string;
  approvedSentenceId: number;
  draftSentenceId: number;
  iomEntityId: number;
  annotations: { iom: Annotation; statistic: Annotation; suggested: Annotation; othersClaim: Annotation };
}

function entityIdByName(bench: TranslationBench, name: string): number {
  const row = bench.db.prepare('SELECT id FROM entities WHERE canonical_name = ?').get(name) as { id: number } | undefined;
  if (!row || !getEntityById(bench.db, row.id)) throw new Error(`no entity ${name}`);
  return row.id;
}

/** The bench described above; the annotator is `ani`, the other layer `budi`, the translator `tari`. */
export function exportBench(): ExportBench {
  const bench = translationBench();
  const iomEntityId = entityIdByName(bench, 'IOM');
  const iom = annotate(bench, 'IOM', { label: 'actor', attributes: { entity: iomEntityId, actor_type: 'igo' } });
  const statistic = annotate(bench, '195 korban', { label: 'statistic', attributes: { value: 195, kind: 'count' } });
  const suggested = annotate(bench, 'Laos', { label: 'actor', status: 'suggested' });
  const othersClaim = annotate(bench, DRAFT_SOURCE, { label: 'claim', layer: bench.other });

  const approved = unitWith(bench, SOURCE);
  translate(bench, approved.sentenceId, ENGLISH, 'translator', 'translated');
  const start = ENGLISH.indexOf('195 victims');
  alignAnnotation(bench.db, approved.sentenceId, { annotationId: statistic.id, start, end: start + '195 victims'.length, quote: '195 victims' }, as(bench, 'translator'));
  changeTranslationStatus(bench.db, approved.sentenceId, { revision: 1, status: 'approved' }, as(bench, 'reviewer'));
  const draft = unitWith(bench, DRAFT_SOURCE);
  translate(bench, draft.sentenceId, 'The author realises this research is far from perfect.');

  const first = seedFile('001');
  const [old] = importCorpusFiles(bench.db, [first], { importedBy: null });
  const changed = { name: first.name, bytes: Buffer.concat([first.bytes, Buffer.from('\n\nKalimat tambahan di akhir dokumen.\n')]) };
  const [current] = importCorpusFiles(bench.db, [changed], { importedBy: null });
  if (!old || !current) throw new Error('seed 001 not imported');
  return {
    ...bench,
    otherSlug: current.slug,
    oldOtherSlug: old.slug,
    approvedSentenceId: approved.sentenceId,
    draftSentenceId: draft.sentenceId,
    iomEntityId,
    annotations: { iom, statistic, suggested, othersClaim },
  };
}
