// The data a repaired document carries: normalized text, blocks, sentences and the provenance
// map back to the raw file. Offsets are JavaScript string indices (UTF-16 code units) into
// `text` (normalized) or into the raw string as decoded from the file.

export const BLOCK_KINDS = [
  'heading',
  'paragraph',
  'list_item',
  'footnote',
  'caption',
  'table',
  'page_furniture',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * One run of the provenance map. A `copy` run maps normalized [start, end) one-to-one onto raw
 * [rawStart, rawStart + (end - start)); a `synthetic` run (a join that replaced a line break, a
 * removed hyphen, a block separator) maps the whole normalized range onto the raw range it replaces.
 */
export interface ProvenanceRun {
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
  kind: 'copy' | 'synthetic';
}

export interface DocumentFlag {
  kind: 'suspected_drop_cap';
  /** Range in the normalized text of the word that seems to have lost its first letter. */
  start: number;
  end: number;
  /** What the word probably was, for the reader's hint (never applied automatically). */
  hint?: string;
}

export interface RepairedBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** Smallest raw range covering every raw character this block was built from. */
  rawStart: number;
  rawEnd: number;
  /** Heading depth, 1 = chapter (`BAB IV`), 2 = section (`4.1 ...`), 3 = sub-section. */
  level?: number;
  /** For footnote blocks: the footnote's number as printed. */
  footnoteLabel?: string;
}

/** A footnote marker removed from the running text, attached at a normalized offset. */
export interface FootnoteRef {
  label: string;
  /** Normalized offset right after the word the marker followed. */
  offset: number;
  /** Index into `blocks` of the footnote body, when one was found. */
  footnoteBlock?: number;
  rawStart: number;
  rawEnd: number;
}

export interface RepairedSentence {
  /** Index into `blocks`. */
  block: number;
  start: number;
  end: number;
}

export interface RepairedDocument {
  title: string;
  text: string;
  blocks: RepairedBlock[];
  sentences: RepairedSentence[];
  provenance: ProvenanceRun[];
  footnoteRefs: FootnoteRef[];
  flags: DocumentFlag[];
}

/** How often each word form occurs in the corpus, unhyphenated and hyphenated, lower-cased. */
export interface WordFrequencies {
  count(word: string): number;
}

/** A block as stored: a repaired block with its database id and position. */
export interface StoredBlock {
  id: number;
  ord: number;
  kind: BlockKind;
  level: number | null;
  footnoteLabel: string | null;
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
}
