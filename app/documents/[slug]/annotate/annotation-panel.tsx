'use client';
// The selected annotation: its words, status (accept/reject a suggestion), the label's attributes
// as a form, the other annotations under the same click, its history (restore an earlier state),
// and delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationAttributes, AnnotationStatus, Entity, LabelDefinition } from '@/lib/annotations/types';
import { AnnotationHistory } from './annotation-history';
import { AttributeField } from './attribute-field';
import { labelName } from './label-text';

interface PanelProps {
  annotation: Annotation;
  labels: LabelDefinition[];
  entities: Entity[];
  /** Annotations under the last click, innermost first. */
  stack: string[];
  annotations: Annotation[];
  onEntityCreated: (entity: Entity) => void;
  onSelect: (id: string) => void;
  onChange: (changes: { attributes?: AnnotationAttributes; status?: AnnotationStatus }) => void;
  onDelete: () => void;
  /** Puts an orphan on the words selected in the editor; false when nothing is selected. */
  onPlace: () => boolean;
  /** The annotation as the server stored it after an earlier revision was restored. */
  onRestored: (annotation: Annotation) => void;
}

export function AnnotationPanel(props: PanelProps) {
  const { annotation, labels, entities, stack, annotations, onEntityCreated, onSelect, onChange, onDelete, onPlace, onRestored } = props;
  const [placeHint, setPlaceHint] = useState(false);
  const { t } = useTranslation();
  const definition = labels.find((label) => label.name === annotation.label);
  const others = stack.filter((id) => id !== annotation.id).flatMap((id) => annotations.filter((a) => a.id === id));
  const setAttribute = (name: string, value: AnnotationAttributes[string] | undefined) => {
    const attributes = { ...annotation.attributes };
    if (value === undefined || value === '' || value === null) delete attributes[name];
    else attributes[name] = value;
    // Linking an actor to a registry entry also gives it the entry's type (unless one was chosen).
    const entity = name === 'entity' && typeof value === 'number' ? entities.find((e) => e.id === value) : undefined;
    if (entity && attributes.actor_type === undefined && definition?.attributes.some((a) => a.name === 'actor_type')) {
      attributes.actor_type = entity.type;
    }
    onChange({ attributes });
  };

  return (
    <section className="annotation-panel" aria-label={t('annotate.panel.title')} data-annotation-panel={annotation.id}>
      <h2 style={{ '--ann-color': definition?.color } as React.CSSProperties} className="panel-label">
        {labelName(t, annotation.label)}
      </h2>
      <blockquote className="panel-quote" lang="id">
        {annotation.quote}
      </blockquote>
      {annotation.anchor === 'orphaned' && (
        <div className="orphan-review">
          <p className="error">{t('annotate.panel.orphaned')}</p>
          <p className="hint" lang="id">
            …{annotation.prefix}
            <mark>{annotation.quote}</mark>
            {annotation.suffix}…
          </p>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setPlaceHint(!onPlace())}>
            {t('annotate.panel.place')}
          </button>
          {placeHint && <p className="hint">{t('annotate.toolbar.selectFirst')}</p>}
        </div>
      )}
      {annotation.anchor === 'fuzzy' && <p className="hint">{t('annotate.panel.fuzzy')}</p>}
      {annotation.status === 'suggested' && (
        <div className="review-buttons">
          <span className="badge badge-suggested">{t('annotate.status.suggested')}</span>
          <button type="button" onClick={() => onChange({ status: 'accepted' })}>
            {t('annotate.panel.accept')}
          </button>
          <button type="button" className="secondary" onClick={() => onChange({ status: 'rejected' })}>
            {t('annotate.panel.reject')}
          </button>
        </div>
      )}
      {annotation.status === 'rejected' && (
        <p className="hint">
          {t('annotate.status.rejected')}{' '}
          <button type="button" className="link-button" onClick={() => onChange({ status: 'accepted' })}>
            {t('annotate.panel.accept')}
          </button>
        </p>
      )}
      <div className="stack attribute-form" key={`${annotation.id}:${annotation.revision}`}>
        {definition?.attributes.map((attribute) => (
          <AttributeField
            key={attribute.name}
            definition={attribute}
            value={annotation.attributes[attribute.name]}
            entities={entities}
            onEntityCreated={onEntityCreated}
            onChange={(value) => setAttribute(attribute.name, value)}
          />
        ))}
      </div>
      {others.length > 0 && (
        <div className="also-here">
          <h3>{t('annotate.panel.alsoHere')}</h3>
          {others.map((other) => (
            <button key={other.id} type="button" className="link-button" onClick={() => onSelect(other.id)}>
              {labelName(t, other.label)}: {other.quote.length > 60 ? `${other.quote.slice(0, 60)}…` : other.quote}
            </button>
          ))}
        </div>
      )}
      <AnnotationHistory annotation={annotation} onRestored={onRestored} />
      <button type="button" className="danger" onClick={onDelete}>
        {t('annotate.panel.delete')}
      </button>
    </section>
  );
}
