// Public API of the corpus repair: what the importer and the exporters may call.

export type {
  BlockKind,
  DocumentFlag,
  FootnoteRef,
  ProvenanceRun,
  RepairedBlock,
  RepairedDocument,
  RepairedSentence,
  WordFrequencies,
} from './types';
export { BLOCK_KINDS } from './types';
export { repairDocument, type RepairOptions } from './repair-document';
export { buildWordFrequencies, MapWordFrequencies, tokenizeWords } from './word-frequencies';
export { splitSentences } from './split-sentences';
export { ProvenanceBuilder, findProvenanceViolation, rawOffsetOf, rawRangeOf } from './provenance';
export { keepsEndOfLineHyphen } from './decide-line-join';
