// Export fixtures from the real seeds: a repaired seed as an ExportDocument, plus helpers to add
// annotations, English and alignments by quoting the text (so offsets are never typed by hand).

import { createHash } from 'node:crypto';
import { describeTextQuote } from '../../lib/annotations/anchoring/describe-text-quote';
import { suggestAnnotations } from '../../lib/annotations/suggest-annotations';
import type { Entity } from '../../lib/annotations/types';
import { buildWordFrequencies, repairDocument } from '../../lib/corpus';
import type { ExportAnnotation, ExportDocument } from '../../lib/export/export-document';
import type { UnitStatus } from '../../lib/translation/unit-status';
import { seed, seedDocuments } from '../corpus/seed-documents';

const CREATED = '2024-05-01T08:00:00.000Z';

/** An ExportDocument of `raw` (a seed file, possibly edited), repaired as the importer does. */
export function exportDocumentOfRaw(name: string, raw: string, id = 1): ExportDocument {
  const wordFrequencies = buildWordFrequencies(seedDocuments().map((candidate) => candidate.raw));
  const doc = repairDocument(raw, { wordFrequencies });
  return {
    id,
    slug: name.replace(/\.txt$/, ''),
    title: doc.title,
    sourcePath: `corpus/${name}`,
    version: 1,
    rawSha256: createHash('sha256').update(raw, 'utf8').digest('hex'),
    revision: 0,
    text: doc.text,
    rawText: raw,
    provenance: doc.provenance,
    blocks: doc.blocks.map((block, i) => ({ id: id * 10_000 + i + 1, kind: block.kind, start: block.start, end: block.end })),
    units: doc.sentences.map((sentence, i) => ({
      sentenceId: id * 10_000 + i + 1,
      ord: i,
      start: sentence.start,
      end: sentence.end,
      source: doc.text.slice(sentence.start, sentence.end),
      translation: null,
    })),
    annotations: [],
    alignments: [],
    entities: [],
  };
}

/** The seed whose file name starts with `prefix`, unannotated and untranslated. */
export function seedExportDocument(prefix: string, id = 1): ExportDocument {
  const found = seed(prefix);
  return exportDocumentOfRaw(found.name, found.raw, id);
}

/** Adds the statistic candidates the suggestion engine finds, as suggestions in layer `engine`. */
export function addSuggestedStatistics(doc: ExportDocument): void {
  suggestAnnotations({ text: doc.text, blocks: doc.blocks, entities: [] }).forEach((suggestion, i) => {
    doc.annotations.push(annotationAt(doc, { ...suggestion, id: `${doc.slug}-s${i}`, layer: 'engine', status: 'suggested', origin: 'suggestion' }));
  });
}

interface AnnotationSpec {
  id: string;
  label: string;
  start: number;
  end: number;
  attributes?: ExportAnnotation['attributes'];
  layer?: string;
  status?: ExportAnnotation['status'];
  origin?: ExportAnnotation['origin'];
}

function annotationAt(doc: ExportDocument, spec: AnnotationSpec): ExportAnnotation {
  return {
    id: spec.id,
    documentId: doc.id,
    layerUserId: spec.layer === 'budi' ? 3 : 2,
    label: spec.label,
    start: spec.start,
    end: spec.end,
    ...describeTextQuote(doc.text, spec.start, spec.end),
    attributes: spec.attributes ?? {},
    status: spec.status ?? 'accepted',
    anchor: 'anchored',
    origin: spec.origin ?? 'manual',
    revision: 1,
    createdAt: CREATED,
    updatedAt: CREATED,
    deletedAt: null,
    layer: spec.layer ?? 'sari',
    creator: spec.layer === 'budi' ? 'Budi Santoso' : spec.layer === 'engine' ? 'Suggestion engine' : 'Sari Wulandari',
  };
}

/** Annotates the first occurrence of `quote` at or after `from` (a UTF-16 offset). */
export function annotate(doc: ExportDocument, quote: string, from: number, spec: Omit<AnnotationSpec, 'start' | 'end'>): ExportAnnotation {
  const start = doc.text.indexOf(quote, from);
  if (start < 0) throw new Error(`${JSON.stringify(quote)} not found after ${from}`);
  const annotation = annotationAt(doc, { ...spec, start, end: start + quote.length });
  doc.annotations.push(annotation);
  return annotation;
}

/** The unit whose source starts with `prefix`. */
export function unitStartingWith(doc: ExportDocument, prefix: string): ExportDocument['units'][number] {
  const unit = doc.units.find((candidate) => candidate.source.startsWith(prefix));
  if (!unit) throw new Error(`no sentence starts with ${JSON.stringify(prefix)}`);
  return unit;
}

/** Gives the unit English text with a status. */
export function translate(doc: ExportDocument, unit: ExportDocument['units'][number], text: string, status: UnitStatus): void {
  unit.translation = { text, status, translator: 'Rina Hartono', updatedAt: '2024-05-02T09:30:00.000Z' };
}

/** Aligns `annotation` to the first occurrence of `quote` in the unit's English. */
export function align(doc: ExportDocument, annotation: ExportAnnotation, unit: ExportDocument['units'][number], quote: string): void {
  const english = unit.translation?.text ?? '';
  const start = english.indexOf(quote);
  if (start < 0) throw new Error(`${JSON.stringify(quote)} not in the English`);
  doc.alignments.push({
    id: `al-${annotation.id}`,
    annotationId: annotation.id,
    sentenceId: unit.sentenceId,
    start,
    end: start + quote.length,
    quote,
    state: 'aligned',
  });
}

export const UNICEF: Entity = { id: 7, canonicalName: 'UNICEF', englishName: 'UNICEF', type: 'igo', aliases: ['United Nations Children’s Fund'] };
export const INDONESIA: Entity = { id: 12, canonicalName: 'Indonesia', englishName: 'Indonesia', type: 'state', aliases: ['RI'] };

export const UNICEF_ENGLISH =
  'According to UNICEF data, 100,000 children and women are trafficked to Indonesia every year, about 30% of whom are women over 18.';

/**
 * Seed 001 with its UNICEF sentence annotated in two layers (claim, actors, statistics, one
 * rejected suggestion), translated (approved) and aligned; the next sentence translated as a draft.
 * `raw` replaces the seed's raw text (to test edited text such as a character outside the BMP).
 */
export function annotatedUnicefDocument(raw?: string, english = UNICEF_ENGLISH): ExportDocument {
  const found = seed('001');
  const doc = exportDocumentOfRaw(found.name, raw ?? found.raw, 1);
  const unit = doc.units.find((candidate) => candidate.source.includes('UNICEF, 100.000 anak-anak'));
  if (!unit) throw new Error('the UNICEF sentence is missing');
  const at = unit.start;
  const claim = annotate(doc, unit.source, at, { id: 'a-claim', label: 'claim', attributes: { kind: 'factual', attributed_to: UNICEF.id, citation: null } });
  const unicef = annotate(doc, 'UNICEF', at, { id: 'a-unicef', label: 'actor', attributes: { entity: UNICEF.id, actor_type: 'igo' } });
  const count = annotate(doc, '100.000 anak-anak', at, {
    id: 'a-count',
    label: 'statistic',
    attributes: { value: 100000, kind: 'count', unit: 'anak-anak' },
  });
  const indonesia = annotate(doc, 'Indonesia', at, { id: 'a-indonesia', label: 'actor', attributes: { entity: INDONESIA.id, actor_type: 'state' } });
  const percent = annotate(doc, 'sekitar 30%', at, {
    id: 'a-percent',
    label: 'statistic',
    attributes: { value: 30, kind: 'percent', qualifier: 'approximately' },
  });
  annotate(doc, 'UNICEF', at, { id: 'b-unicef', label: 'actor', layer: 'budi', attributes: { entity: UNICEF.id, actor_type: 'igo' } });
  annotate(doc, '18 tahun', at, { id: 'a-age', label: 'statistic', status: 'rejected', origin: 'suggestion', attributes: { value: 18 } });
  translate(doc, unit, english, 'approved');
  align(doc, unicef, unit, 'UNICEF');
  align(doc, count, unit, '100,000 children');
  align(doc, indonesia, unit, 'Indonesia');
  align(doc, percent, unit, 'about 30%');
  align(doc, claim, unit, english);
  const next = doc.units[doc.units.indexOf(unit) + 1];
  if (next) translate(doc, next, 'Furthermore, UNICEF estimates that about 40,000-70,000 Indonesian children are victims of sexual exploitation.', 'draft');
  doc.entities.push(UNICEF, INDONESIA);
  return doc;
}
