'use client';
// Every change of the active unit (who changed what, when), each version restorable.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { fetchHistory, restoreVersion } from './translate-api';
import type { UnitView } from './use-translation-session';
import type { TranslationUnit, UnitHistoryEvent } from './workspace-data';

export function UnitHistory({ unit, canWrite, onRestored }: { unit: UnitView; canWrite: boolean; onRestored: (unit: TranslationUnit) => void }) {
  const { t } = useTranslation();
  const [events, setEvents] = useState<UnitHistoryEvent[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const revision = unit.translation?.revision ?? 0;
  useEffect(() => {
    let live = true;
    void fetchHistory(unit.sentenceId).then((result) => {
      if (!live) return;
      if (result.ok) setEvents(result.data.events);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [unit.sentenceId, revision]);
  const restore = async (event: UnitHistoryEvent) => {
    const result = await restoreVersion(unit.sentenceId, { revision, eventId: event.id });
    if (!result.ok) return setError(result.error);
    onRestored(result.data.unit);
  };
  return (
    <details className="unit-history">
      <summary>{t('translate.history.title')}</summary>
      <ErrorMessage error={error} />
      {events && events.length === 0 && <p className="hint">{t('translate.history.empty')}</p>}
      <ol reversed>
        {[...(events ?? [])].reverse().map((event) => (
          <li key={event.id}>
            <span className="hint">
              {t(`translate.history.actions.${event.action}`, { defaultValue: event.action })} · {event.user ?? '—'} ·{' '}
              {new Date(event.at).toLocaleString()}
            </span>
            <div lang="en">{event.text || t('translate.history.emptyText')}</div>
            {event.comment && <div className="review-comment">{event.comment}</div>}
            {canWrite && event.text !== unit.translation?.text && (
              <button type="button" className="link-button" onClick={() => restore(event)}>
                {t('translate.history.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
