'use client';
// Links a span to the actor registry: search as you type (names, English names, aliases), pick,
// or create a new entry on the spot. For `attributed_to`, "the author" is a choice too.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_TYPES, type AttributeValue, type Entity } from '@/lib/annotations/types';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { createEntity, searchEntities } from './annotation-api';
import { optionName } from './label-text';

interface PickerProps {
  id: string;
  value: AttributeValue | undefined;
  allowAuthor: boolean;
  entities: Entity[];
  onEntityCreated: (entity: Entity) => void;
  onChange: (value: AttributeValue | undefined) => void;
}

function matchesLocally(entity: Entity, needle: string): boolean {
  return [entity.canonicalName, entity.englishName ?? '', ...entity.aliases].some((name) => name.toLowerCase().includes(needle));
}

export function EntityPicker({ id, value, allowAuthor, entities, onEntityCreated, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Entity[]>([]);
  const [creating, setCreating] = useState(false);
  const [type, setType] = useState<string>('ngo');
  const [englishName, setEnglishName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const current = typeof value === 'number' ? entities.find((e) => e.id === value) : undefined;

  useEffect(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return setResults([]);
    let live = true;
    const timer = setTimeout(async () => {
      const found = await searchEntities(needle);
      // Offline, the registry the page loaded is searched instead.
      if (live) setResults(found.ok ? found.data.entities : entities.filter((e) => matchesLocally(e, needle)).slice(0, 20));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, entities]);

  const pick = (entity: Entity) => {
    onEntityCreated(entity);
    onChange(entity.id);
    setQuery('');
    setResults([]);
  };

  const create = async () => {
    setError(null);
    const result = await createEntity({ canonicalName: query.trim(), type, ...(englishName.trim() && { englishName: englishName.trim() }) });
    if (!result.ok) return setError(result.error);
    setCreating(false);
    setEnglishName('');
    pick(result.data.entity);
  };

  const exact = results.some((e) => [e.canonicalName, ...e.aliases].some((n) => n.toLowerCase() === query.trim().toLowerCase()));
  return (
    <div className="entity-picker">
      <p className="entity-current">
        {value === 'author' ? t('annotate.entity.author') : current ? current.canonicalName : t('annotate.panel.unset')}
        {value !== undefined && value !== null && (
          <button type="button" className="link-button" onClick={() => onChange(undefined)}>
            {t('annotate.entity.clear')}
          </button>
        )}
        {allowAuthor && value !== 'author' && (
          <button type="button" className="link-button" onClick={() => onChange('author')}>
            {t('annotate.entity.chooseAuthor')}
          </button>
        )}
      </p>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={`${id}-results`}
        placeholder={t('annotate.entity.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {results.length > 0 && (
        <ul id={`${id}-results`} className="entity-results" role="listbox">
          {results.map((entity) => (
            <li key={entity.id} role="option" aria-selected={entity.id === value}>
              <button type="button" className="link-button" onClick={() => pick(entity)}>
                {entity.canonicalName}
                {entity.aliases.length > 0 && <span className="hint"> · {entity.aliases.slice(0, 3).join(', ')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() && !exact && !creating && (
        <button type="button" className="link-button" onClick={() => setCreating(true)}>
          {t('annotate.entity.create', { name: query.trim() })}
        </button>
      )}
      {creating && (
        <div className="stack entity-create">
          <label className="field">
            <span>{t('annotate.entity.type')}</span>
            <select value={type} onChange={(e) => setType(e.target.value)}>
              {ACTOR_TYPES.map((option) => (
                <option key={option} value={option}>
                  {optionName(t, option)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('annotate.entity.englishName')}</span>
            <input type="text" value={englishName} onChange={(e) => setEnglishName(e.target.value)} />
          </label>
          <button type="button" onClick={create}>
            {t('annotate.entity.save')}
          </button>
          <ErrorMessage error={error} />
        </div>
      )}
    </div>
  );
}
