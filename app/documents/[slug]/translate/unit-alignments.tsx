'use client';
// The active unit's annotations and their English counterparts: aligned ones show the English
// words, broken ones say so (never moved silently), unaligned ones wait for a selection.
import { useTranslation } from 'react-i18next';
import { labelName } from '../annotate/label-text';
import type { UnitView } from './use-translation-session';
import type { UnitAnnotation } from './workspace-data';

interface AlignmentsProps {
  unit: UnitView;
  annotations: UnitAnnotation[];
  colors: Map<string, string>;
  canWrite: boolean;
  onAlign: (n: number) => void;
  onRemove: (alignmentId: string) => void;
  /** Confirms a moved alignment where it now stands. */
  onConfirm: (annotationId: string, alignment: { start: number; end: number; quote: string }) => void;
}

export function UnitAlignments({ unit, annotations, colors, canWrite, onAlign, onRemove, onConfirm }: AlignmentsProps) {
  const { t } = useTranslation();
  if (annotations.length === 0) return <p className="hint">{t('translate.align.none')}</p>;
  return (
    <ol className="unit-alignments">
      {annotations.map((annotation, i) => {
        const alignment = unit.alignments.find((a) => a.annotationId === annotation.id);
        return (
          <li key={annotation.id} data-alignment-for={annotation.id} style={{ '--ann-color': colors.get(annotation.label) } as React.CSSProperties}>
            <span className="ann-number">{i + 1}</span> <strong>{labelName(t, annotation.label)}</strong>{' '}
            <q lang="id">{annotation.quote}</q>
            {alignment ? (
              <div className={`alignment alignment-${alignment.state}`}>
                → <q lang="en">{alignment.quote}</q>
                {alignment.state === 'broken' && <span className="error"> {t('translate.align.broken')}</span>}
                {alignment.state === 'moved' && <span className="hint"> {t('translate.align.moved')}</span>}
                {canWrite && alignment.state === 'moved' && (
                  <button type="button" className="link-button" onClick={() => onConfirm(annotation.id, alignment)}>
                    {t('translate.align.confirm')}
                  </button>
                )}
                {canWrite && (
                  <button type="button" className="link-button" onClick={() => onRemove(alignment.id)}>
                    {t('translate.align.remove')}
                  </button>
                )}
              </div>
            ) : (
              <div className="alignment alignment-missing">
                <span className="hint">{t('translate.align.missing')}</span>{' '}
                {canWrite && (
                  <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={() => onAlign(i + 1)}>
                    {t('translate.align.useSelection', { n: i + 1 })}
                  </button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
