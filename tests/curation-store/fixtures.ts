// A document annotated by two annotators (ani, budi) who are assigned to it, and a reviewer (rina).
import { createAnnotation } from '../../lib/annotation-store/create-annotation';
import { assignDocument, setAssignmentFinished } from '../../lib/assignment-store/manage-assignments';
import type { Annotation, AnnotationAttributes } from '../../lib/annotations/types';
import { addUser, newId, workbench, type Workbench } from '../annotation-store/fixtures';

export interface CurationBench extends Workbench {
  admin: number;
  reviewer: number;
  /** Assignment ids of ani and budi. */
  assignments: { annotator: number; other: number };
}

export function curationBench(): CurationBench {
  const bench = workbench();
  const admin = addUser(bench.db, 'ayu', 'admin');
  const reviewer = addUser(bench.db, 'rina', 'reviewer');
  const annotator = assignDocument(bench.db, { slug: bench.slug, userId: bench.annotator, task: 'annotate' }, admin).id;
  const other = assignDocument(bench.db, { slug: bench.slug, userId: bench.other, task: 'annotate' }, admin).id;
  return { ...bench, admin, reviewer, assignments: { annotator, other } };
}

/** The `n`-th word of at least five letters in the text (0-based), as a span. */
export function word(text: string, n: number): { start: number; end: number; quote: string } {
  const matches = [...text.matchAll(/\p{L}{5,}/gu)];
  const match = matches[n];
  if (!match || match.index === undefined) throw new Error(`fewer than ${n + 1} long words`);
  return { start: match.index, end: match.index + match[0].length, quote: match[0] };
}

export function mark(bench: CurationBench, layer: number, label: string, span: { start: number; end: number; quote: string }, attributes: AnnotationAttributes = {}): Annotation {
  return createAnnotation(bench.db, bench.slug, layer, { id: newId(), label, attributes, ...span }).annotation;
}

export function finish(bench: CurationBench, who: 'annotator' | 'other'): void {
  setAssignmentFinished(bench.db, bench.assignments[who], bench[who], true);
}
