// Raw-file offsets of normalized ranges, in Unicode code points of the raw text: the provenance
// map (lib/corpus/provenance) gives UTF-16 raw ranges, converted here as every export needs them.

import { rawRangeOf } from '../corpus/provenance';
import type { ProvenanceRun } from '../corpus/types';
import { createCodePointIndex } from './code-points';

/** Maps normalized UTF-16 ranges of one document to raw ranges in code points. */
export type RawCodePointRange = (start: number, end: number) => { start: number; end: number };

/**
 * Builds the mapper for one document. A range inside a synthetic run (a join, a removed hyphen)
 * maps to the raw characters it replaced, so a span always covers every raw character it came from.
 */
export function createRawCodePointRange(provenance: readonly ProvenanceRun[], rawText: string): RawCodePointRange {
  const raw = createCodePointIndex(rawText);
  return (start, end) => {
    // An empty document has no runs; its only range is the empty one at 0.
    if (provenance.length === 0 && start === 0 && end === 0) return { start: 0, end: 0 };
    const range = rawRangeOf(provenance, start, end);
    return { start: raw.toCodePoint(range.start), end: raw.toCodePoint(range.end) };
  };
}
