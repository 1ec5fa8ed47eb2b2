'use client';
// Edit a span before accepting it into gold: its label, its offsets (the quote follows the text)
// and its attributes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationAttributes, Entity, LabelDefinition } from '@/lib/annotations/types';
import { AttributeField } from '../annotate/attribute-field';
import { labelName } from '../annotate/label-text';

export interface EditedSpan {
  label: string;
  start: number;
  end: number;
  quote: string;
  attributes: AnnotationAttributes;
}

interface EditProps {
  span: Annotation;
  text: string;
  labels: LabelDefinition[];
  entities: Entity[];
  onEntityCreated: (entity: Entity) => void;
  onAccept: (edited: EditedSpan) => void;
  onCancel: () => void;
  /** A gold annotation keeps its label (delete it and accept another span to change it). */
  lockLabel?: boolean;
  submitLabel?: string;
}

export function SpanEditForm({ span, text, labels, entities, onEntityCreated, onAccept, onCancel, lockLabel = false, submitLabel }: EditProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(span.label);
  const [start, setStart] = useState(span.start ?? 0);
  const [end, setEnd] = useState(span.end ?? 0);
  const [attributes, setAttributes] = useState<AnnotationAttributes>(span.attributes);
  const definition = labels.find((l) => l.name === label);
  const quote = text.slice(start, end);
  const offset = (raw: string) => Math.max(0, Math.min(text.length, Math.trunc(Number(raw)) || 0));
  return (
    <form
      className="span-edit-form"
      aria-label={t('curate.edit.title')}
      onSubmit={(e) => {
        e.preventDefault();
        // Attributes of another label do not carry over when the label changes.
        const names = new Set(definition?.attributes.map((a) => a.name) ?? []);
        onAccept({ label, start, end, quote, attributes: Object.fromEntries(Object.entries(attributes).filter(([name]) => names.has(name))) });
      }}
    >
      <label className="field">
        <span>{t('curate.edit.label')}</span>
        <select value={label} disabled={lockLabel} onChange={(e) => setLabel(e.target.value)}>
          {labels.map((l) => (
            <option key={l.name} value={l.name}>
              {labelName(t, l.name)}
            </option>
          ))}
        </select>
      </label>
      <div className="span-offsets">
        <label className="field">
          <span>{t('curate.edit.start')}</span>
          <input type="number" min={0} max={text.length} value={start} onChange={(e) => setStart(offset(e.target.value))} />
        </label>
        <label className="field">
          <span>{t('curate.edit.end')}</span>
          <input type="number" min={0} max={text.length} value={end} onChange={(e) => setEnd(offset(e.target.value))} />
        </label>
      </div>
      <p className="span-quote" data-testid="edit-quote">
        {quote}
      </p>
      {definition?.attributes.map((attribute) => (
        <AttributeField
          key={attribute.name}
          definition={attribute}
          value={attributes[attribute.name]}
          entities={entities}
          onEntityCreated={onEntityCreated}
          onChange={(value) =>
            setAttributes((current) => {
              const next = { ...current };
              if (value === undefined) delete next[attribute.name];
              else next[attribute.name] = value;
              return next;
            })
          }
        />
      ))}
      <div className="form-actions">
        <button type="submit" disabled={end <= start}>
          {submitLabel ?? t('curate.edit.accept')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('curate.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
