// Hand-built ExportDocuments for the research view tests: real lines of the seeds (001 and 003),
// annotations placed on their words by quote, one sentence per unit.
import type { AnnotationAttributes, AnnotationStatus, Entity } from '../../lib/annotations/types';
import type { ExportAlignment, ExportAnnotation, ExportDocument, ExportUnit } from '../../lib/export/export-document';

/** Seed 001 (Indonesia), two sentences. */
export const TEXT_001 =
  'Dari data UNICEF, 100.000 anak-anak dan perempuan diperdagangkan ke Indonesia setiap tahun, yang sekitar 30% adalah perempuan berusia di atas 18 tahun. ' +
  'Lebih jauh, UNICEF memperkirakan ada sekitar 40.000-70.000 anak Indonesia yang menjadi korban eksploitasi seksual.';

/** Seed 003 (Cambodia), two sentences. */
export const TEXT_003 = 'Diperkirakan 1,2 juta anak diperdagangkan setiap tahunnya. 22% dari korban perdagangan manusia diperdagangkan untuk eksploitasi seksual.';

export const UNICEF: Entity = { id: 7, canonicalName: 'UNICEF', englishName: 'UNICEF', type: 'igo', aliases: ["United Nations Children's Fund"] };
export const ECPAT: Entity = { id: 9, canonicalName: 'ECPAT', englishName: 'ECPAT', type: 'ngo', aliases: [] };

let counter = 0;

export interface AnnotationSpec {
  label: string;
  quote: string;
  occurrence?: number;
  attributes?: AnnotationAttributes;
  status?: AnnotationStatus;
  layer?: { id: number; name: string };
  id?: string;
}

export const ANI = { id: 1, name: 'ani' };
export const BUDI = { id: 2, name: 'budi' };

function spanOf(text: string, quote: string, occurrence = 0): number {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`${JSON.stringify(quote)} is not in the text ${occurrence + 1} times`);
  }
  return start;
}

export function annotation(text: string, spec: AnnotationSpec): ExportAnnotation {
  const start = spanOf(text, spec.quote, spec.occurrence);
  const layer = spec.layer ?? ANI;
  counter++;
  return {
    id: spec.id ?? `a${counter}`,
    documentId: 1,
    layerUserId: layer.id,
    label: spec.label,
    start,
    end: start + spec.quote.length,
    quote: spec.quote,
    prefix: '',
    suffix: '',
    attributes: spec.attributes ?? {},
    status: spec.status ?? 'accepted',
    anchor: 'anchored',
    origin: 'manual',
    revision: 1,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    deletedAt: null,
    layer: layer.name,
    creator: layer.name,
  };
}

/** Units split after each `. ` (the fixtures' sentences end that way). */
function unitsOf(text: string, statuses: Array<ExportUnit['translation']>): ExportUnit[] {
  const units: ExportUnit[] = [];
  let start = 0;
  let ord = 0;
  while (start < text.length) {
    const stop = text.indexOf('. ', start);
    const end = stop === -1 ? text.length : stop + 1;
    units.push({ sentenceId: 100 + ord, ord, start, end, source: text.slice(start, end), translation: statuses[ord] ?? null });
    ord++;
    start = stop === -1 ? text.length : stop + 2;
  }
  return units;
}

export function exportDocument(options: {
  slug: string;
  title: string;
  text: string;
  annotations: AnnotationSpec[];
  entities?: Entity[];
  translations?: Array<ExportUnit['translation']>;
  alignments?: Array<Omit<ExportAlignment, 'id' | 'sentenceId'> & { sentenceId?: number }>;
}): ExportDocument {
  const annotations = options.annotations.map((spec) => annotation(options.text, spec));
  return {
    id: 1,
    slug: options.slug,
    title: options.title,
    sourcePath: `${options.slug}.txt`,
    version: 1,
    rawSha256: '0'.repeat(64),
    revision: 1,
    text: options.text,
    rawText: options.text,
    provenance: [],
    blocks: [{ id: 1, kind: 'paragraph', start: 0, end: options.text.length }],
    units: unitsOf(options.text, options.translations ?? []),
    annotations,
    alignments: (options.alignments ?? []).map((a, i) => ({ id: `al${i}`, sentenceId: a.sentenceId ?? 100, ...a })),
    entities: options.entities ?? [],
  };
}
