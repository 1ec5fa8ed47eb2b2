'use client';
// When the sentence splitter was wrong: merge the unit with the next one, or split it before a
// chosen word (the English text splits at the cursor). Annotations and alignments follow.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { mergeWithNext, splitUnit } from './translate-api';
import type { UnitView } from './use-translation-session';
import type { TranslationWorkspaceData } from './workspace-data';

interface StructureProps {
  unit: UnitView;
  hasNextInBlock: boolean;
  /** Where the English cursor was last (the split point of the English text). */
  targetCursor: () => number | undefined;
  /** Waits for the unit's unsaved English to be stored; false when it could not be. */
  beforeChange: () => Promise<boolean>;
  onChanged: (workspace: TranslationWorkspaceData) => void;
}

export function UnitStructure({ unit, hasNextInBlock, targetCursor, beforeChange, onChanged }: StructureProps) {
  const { t } = useTranslation();
  const [splitting, setSplitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const words = [...unit.source.matchAll(/\S+/g)].slice(1);
  const done = (result: Awaited<ReturnType<typeof mergeWithNext>>) => {
    if (!result.ok) return setError(result.error);
    setError(null);
    setSplitting(false);
    onChanged(result.data.workspace);
  };
  return (
    <div className="unit-structure">
      {hasNextInBlock && (
        <button type="button" className="secondary" onClick={async () => (await beforeChange()) && done(await mergeWithNext(unit.sentenceId))}>
          {t('translate.structure.merge')}
        </button>
      )}
      {words.length > 0 && (
        <button type="button" className="secondary" aria-expanded={splitting} onClick={() => setSplitting(!splitting)}>
          {t('translate.structure.split')}
        </button>
      )}
      {splitting && (
        <div className="split-words" role="group" aria-label={t('translate.structure.splitBefore')}>
          <p className="hint">{t('translate.structure.splitHint')}</p>
          {words.map((word) => (
            <button
              key={word.index}
              type="button"
              className="link-button"
              onClick={async () => {
                const targetOffset = targetCursor();
                if (await beforeChange()) done(await splitUnit(unit.sentenceId, { sourceOffset: unit.start + (word.index ?? 0), targetOffset }));
              }}
            >
              {word[0]}
            </button>
          ))}
        </div>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
