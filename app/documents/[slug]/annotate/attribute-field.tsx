'use client';
// One attribute of the selected annotation, edited by its type: a choice, a number, text, or a
// link to the actor registry (`attributed_to` may also be the author).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeDefinition, AttributeValue, Entity } from '@/lib/annotations/types';
import { EntityPicker } from './entity-picker';
import { attributeName, optionName } from './label-text';

interface FieldProps {
  definition: AttributeDefinition;
  value: AttributeValue | undefined;
  entities: Entity[];
  onEntityCreated: (entity: Entity) => void;
  onChange: (value: AttributeValue | undefined) => void;
}

/** Numbers are typed the Indonesian way or the English way: `1,2` and `1.2` both mean 1.2. */
function parseNumberInput(raw: string): number | undefined | 'invalid' {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const normalized = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(',', '.');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : 'invalid';
}

function TextInput({ id, value, numeric, onCommit }: { id: string; value: string; numeric: boolean; onCommit: (raw: string) => boolean }) {
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    if (draft === value) return;
    setInvalid(!onCommit(draft));
  };
  return (
    <input
      type="text"
      id={id}
      inputMode={numeric ? 'decimal' : undefined}
      aria-invalid={invalid}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

export function AttributeField({ definition, value, entities, onEntityCreated, onChange }: FieldProps) {
  const { t } = useTranslation();
  const label = attributeName(t, definition.name);
  const id = `attr-${definition.name}`;
  let control: React.ReactNode;
  switch (definition.type) {
    case 'enum':
      control = (
        <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">{t('annotate.panel.unset')}</option>
          {(definition.options ?? []).map((option) => (
            <option key={option} value={option}>
              {optionName(t, option)}
            </option>
          ))}
        </select>
      );
      break;
    case 'number':
    case 'text':
      control = (
        <TextInput
          id={id}
          numeric={definition.type === 'number'}
          value={value === undefined || value === null ? '' : String(value)}
          onCommit={(raw) => {
            if (definition.type === 'text') {
              onChange(raw.trim() || undefined);
              return true;
            }
            const parsed = parseNumberInput(raw);
            if (parsed === 'invalid') return false;
            onChange(parsed);
            return true;
          }}
        />
      );
      break;
    case 'entity':
    case 'entity_or_author':
      control = (
        <EntityPicker
          id={id}
          value={value}
          allowAuthor={definition.type === 'entity_or_author'}
          entities={entities}
          onEntityCreated={onEntityCreated}
          onChange={onChange}
        />
      );
      break;
  }
  return (
    <div className="field" data-attribute={definition.name}>
      <label htmlFor={id}>{label}</label>
      {control}
    </div>
  );
}
