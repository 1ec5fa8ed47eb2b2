// The aligned corpus file (format "selaras-aligned-corpus", version 1) as a zod schema, for reading
// a file back: the same shape as lib/export/schema/aligned-corpus.schema.json, offsets still in
// code points. Unknown fields are dropped, so a file from a newer minor writer still reads; the
// fields a restore needs besides what researchers read are optional (older files lack them).
import { z } from 'zod';
import { ACTOR_TYPES, ANCHOR_STATES, ANNOTATION_STATUSES } from '../annotations/types';
import { BLOCK_KINDS } from '../corpus/types';
import { UNIT_STATUSES } from '../translation/unit-status';

const offset = z.number().int().min(0);
const nullableOffset = offset.nullable();
const timestamp = z.string().min(1);

const person = z.object({ username: z.string().min(1), name: z.string() }).nullable();

const filters = z.object({
  documents: z.array(z.string()).optional(),
  labels: z.array(z.string()).optional(),
  annotationStatuses: z.array(z.enum(ANNOTATION_STATUSES)).optional(),
  layers: z.array(z.string()).optional(),
  translationStatuses: z.array(z.enum(UNIT_STATUSES)).optional(),
  layerChoice: z.enum(['goldWherePresent', 'allLayers']).optional(),
});

const provenanceRun = z.tuple([offset, offset, offset, offset, z.enum(['copy', 'synthetic'])]);

const block = z.object({
  id: z.number().int(),
  kind: z.enum(BLOCK_KINDS),
  start: offset,
  end: offset,
  rawStart: offset,
  rawEnd: offset,
  level: z.number().int().min(1).nullable().optional(),
  footnoteLabel: z.string().nullable().optional(),
});

const english = z.object({
  text: z.string(),
  status: z.enum(UNIT_STATUSES),
  translator: z.string().nullable(),
  updatedAt: timestamp,
  revision: z.number().int().min(1).optional(),
  comment: z.string().nullable().optional(),
  createdBy: person.optional(),
  createdAt: timestamp.optional(),
  updatedBy: person.optional(),
  statusChangedBy: person.optional(),
  statusChangedAt: timestamp.optional(),
});

const sentence = z.object({
  id: z.number().int(),
  ord: z.number().int().min(0),
  block: z.number().int().nullable(),
  start: offset,
  end: offset,
  rawStart: offset,
  rawEnd: offset,
  text: z.string(),
  english: english.nullable(),
});

const alignment = z.object({
  id: z.string().min(1).max(64),
  sentence: z.number().int(),
  start: nullableOffset,
  end: nullableOffset,
  quote: z.string(),
  state: z.enum(['aligned', 'moved', 'broken']),
});

const annotation = z.object({
  id: z.string().min(1).max(64),
  label: z.string().min(1),
  layer: z.string().min(1),
  creator: z.string(),
  status: z.enum(ANNOTATION_STATUSES),
  anchor: z.enum(ANCHOR_STATES),
  origin: z.enum(['manual', 'suggestion']),
  start: nullableOffset,
  end: nullableOffset,
  rawStart: nullableOffset,
  rawEnd: nullableOffset,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  revision: z.number().int().min(0),
  createdAt: timestamp,
  updatedAt: timestamp,
  createdBy: person.optional(),
  updatedBy: person.optional(),
  previousId: z.string().min(1).nullable().optional(),
  alignments: z.array(alignment),
});

const entity = z.object({
  id: z.number().int(),
  canonicalName: z.string().min(1),
  englishName: z.string().nullable(),
  type: z.enum(ACTOR_TYPES),
  aliases: z.array(z.string()),
});

const flag = z.object({ kind: z.literal('suspected_drop_cap'), start: offset, end: offset, hint: z.string().optional() });

const footnoteRef = z.object({
  label: z.string(),
  offset,
  footnoteBlock: z.number().int().nullable(),
  rawStart: offset,
  rawEnd: offset,
});

export const alignedDocumentSchema = z.object({
  id: z.number().int(),
  slug: z.string().min(1),
  title: z.string(),
  sourcePath: z.string(),
  version: z.number().int().min(1),
  revision: z.number().int().min(0),
  rawSha256: z.string().regex(/^[0-9a-f]{64}$/),
  length: offset,
  rawLength: offset,
  importedAt: timestamp.optional(),
  flags: z.array(flag).optional(),
  text: z.string(),
  rawText: z.string(),
  provenance: z.array(provenanceRun),
  blocks: z.array(block),
  footnoteRefs: z.array(footnoteRef).optional(),
  sentences: z.array(sentence),
  annotations: z.array(annotation),
  entities: z.array(entity),
});

export type AlignedDocumentRecord = z.infer<typeof alignedDocumentSchema>;

/** The header fields checked before anything else, so a wrong file gets a plain answer. */
export const alignedHeaderSchema = z.object({
  format: z.literal('selaras-aligned-corpus'),
  version: z.literal(1),
  offsets: z.literal('unicode-codepoints'),
});

export const alignedCorpusSchema = z.object({
  format: z.literal('selaras-aligned-corpus'),
  version: z.literal(1),
  offsets: z.literal('unicode-codepoints'),
  sourceLanguage: z.literal('id'),
  targetLanguage: z.literal('en'),
  exportedAt: timestamp,
  filters,
  documents: z.array(alignedDocumentSchema),
});
