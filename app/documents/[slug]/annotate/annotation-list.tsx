'use client';
// The document's annotations, filterable by label, status and text. A click shows the span in the
// editor; suggestions can be accepted or rejected in bulk; orphans are listed apart for review.
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ANNOTATION_STATUSES, type Annotation, type AnnotationStatus, type LabelDefinition } from '@/lib/annotations/types';
import { labelName } from './label-text';

interface ListProps {
  annotations: Annotation[];
  labels: LabelDefinition[];
  selectedId: string | null;
  onReveal: (id: string) => void;
  onReview: (ids: string[], status: AnnotationStatus) => void;
}

/** Rendering thousands of rows would slow every keystroke; the filters narrow the rest down. */
const MAX_ROWS = 300;

const Row = memo(function Row({ annotation: a, selected, color, t, onReveal }: {
  annotation: Annotation;
  selected: boolean;
  color: string;
  t: TFunction;
  onReveal: (id: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`annotation-row${selected ? ' selected' : ''}`}
        style={{ '--ann-color': color } as React.CSSProperties}
        aria-current={selected}
        data-annotation-row={a.id}
        onClick={() => onReveal(a.id)}
      >
        <span className="row-label">{labelName(t, a.label)}</span>
        <span className="row-quote">{a.quote}</span>
        {a.status !== 'accepted' && <span className={`badge badge-${a.status}`}>{t(`annotate.status.${a.status}`)}</span>}
        {a.anchor !== 'anchored' && <span className={`badge badge-${a.anchor}`}>{t(`annotate.anchor.${a.anchor}`)}</span>}
      </button>
    </li>
  );
});

/**
 * Memoized, with memoized rows, and fed a deferred copy of the annotations: a new span is drawn in
 * the editor in the keypress's own frame, and the list (filtering thousands of records) follows in
 * a render React may interrupt. Only rows whose record or selection changed render again.
 */
export const AnnotationList = memo(function AnnotationList({ annotations: current, labels, selectedId, onReveal, onReview }: ListProps) {
  const { t } = useTranslation();
  const annotations = useDeferredValue(current);
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const colors = useMemo(() => new Map(labels.map((l) => [l.name, l.color])), [labels]);
  // One pass over the layer (thousands of records, again after every new span): the filters, then
  // placed or orphaned, and the suggestions among the placed.
  const { shown, placed, orphans, suggestedIds } = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const lists = { shown: 0, placed: [] as Annotation[], orphans: [] as Annotation[], suggestedIds: [] as string[] };
    for (const a of annotations) {
      if ((label && a.label !== label) || (status && a.status !== status) || (needle && !a.quote.toLowerCase().includes(needle))) continue;
      lists.shown++;
      if (a.anchor === 'orphaned') lists.orphans.push(a);
      else {
        lists.placed.push(a);
        if (a.status === 'suggested') lists.suggestedIds.push(a.id);
      }
    }
    return lists;
  }, [annotations, label, status, query]);

  const row = (a: Annotation) => (
    <Row key={a.id} annotation={a} selected={a.id === selectedId} color={colors.get(a.label) ?? '#868e96'} t={t} onReveal={onReveal} />
  );

  return (
    <section className="annotation-list" aria-label={t('annotate.list.title')}>
      <h2>{t('annotate.list.title')}</h2>
      <div className="list-filters">
        <label className="field">
          <span>{t('annotate.list.label')}</span>
          <select value={label} onChange={(e) => setLabel(e.target.value)}>
            <option value="">{t('annotate.list.all')}</option>
            {labels.map((l) => (
              <option key={l.name} value={l.name}>
                {labelName(t, l.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('annotate.list.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('annotate.list.all')}</option>
            {ANNOTATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`annotate.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('annotate.list.search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      <p className="hint">{t('annotate.list.count', { shown, total: annotations.length })}</p>
      {suggestedIds.length > 0 && (
        <div className="bulk-review">
          <button type="button" onClick={() => onReview(suggestedIds, 'accepted')}>
            {t('annotate.list.acceptAll', { count: suggestedIds.length })}
          </button>
          <button type="button" className="secondary" onClick={() => onReview(suggestedIds, 'rejected')}>
            {t('annotate.list.rejectAll', { count: suggestedIds.length })}
          </button>
        </div>
      )}
      <ul className="rows">{placed.slice(0, MAX_ROWS).map(row)}</ul>
      {placed.length > MAX_ROWS && <p className="hint">{t('annotate.list.more', { count: placed.length - MAX_ROWS })}</p>}
      {orphans.length > 0 && (
        <>
          <h3>{t('annotate.list.orphans')}</h3>
          <p className="hint">{t('annotate.list.orphansHint')}</p>
          <ul className="rows orphans">{orphans.map(row)}</ul>
        </>
      )}
    </section>
  );
});
