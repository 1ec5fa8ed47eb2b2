'use client';
// A unit's Indonesian text with its annotations underlined in their label colors and numbered, so
// the translator can align each one by its number.
import { memo } from 'react';
import type { UnitAnnotation } from './workspace-data';

interface AnnotatedSourceProps {
  source: string;
  /** Document offset of the unit's first character. */
  offset: number;
  /** The unit's annotations in text order; their index + 1 is their number. */
  annotations: UnitAnnotation[];
  colors: Map<string, string>;
  alignedIds: Set<string>;
}

interface Segment {
  from: number;
  to: number;
  covering: UnitAnnotation[];
}

function segmentsOf(source: string, offset: number, annotations: UnitAnnotation[]): Segment[] {
  const cuts = new Set([0, source.length]);
  for (const a of annotations) {
    cuts.add(Math.max(0, (a.start ?? 0) - offset));
    cuts.add(Math.min(source.length, (a.end ?? 0) - offset));
  }
  const points = [...cuts].sort((x, y) => x - y);
  return points.slice(1).map((to, i) => {
    const from = points[i] ?? 0;
    const covering = annotations
      .filter((a) => (a.start ?? 0) - offset < to && (a.end ?? 0) - offset > from)
      .sort((x, y) => (x.end ?? 0) - (x.start ?? 0) - ((y.end ?? 0) - (y.start ?? 0)));
    return { from, to, covering };
  });
}

export const AnnotatedSource = memo(function AnnotatedSource({ source, offset, annotations, colors, alignedIds }: AnnotatedSourceProps) {
  const numbers = new Map(annotations.map((a, i) => [a.id, i + 1]));
  return (
    <p className="unit-source" lang="id">
      {segmentsOf(source, offset, annotations).map(({ from, to, covering }) => {
        const starting = annotations.filter((a) => Math.max(0, (a.start ?? 0) - offset) === from);
        const inner = covering[0];
        return (
          <span key={from}>
            {starting.map((a) => (
              <sup key={a.id} className={`ann-number${alignedIds.has(a.id) ? ' aligned' : ''}`} style={{ '--ann-color': colors.get(a.label) } as React.CSSProperties}>
                {numbers.get(a.id)}
              </sup>
            ))}
            {inner ? (
              <span
                className="src-ann"
                data-annotation-ids={covering.map((a) => a.id).join(' ')}
                style={{ '--ann-color': colors.get(inner.label), '--depth': covering.length } as React.CSSProperties}
              >
                {source.slice(from, to)}
              </span>
            ) : (
              source.slice(from, to)
            )}
          </span>
        );
      })}
    </p>
  );
});
