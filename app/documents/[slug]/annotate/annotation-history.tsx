'use client';
// The selected annotation's revisions (newest first, with what each changed), and "restore this
// state" for an earlier one: a new revision through the normal revision check (409 when stale).
import { useCallback, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AnnotationRevision } from '@/lib/annotation-store/annotation-revisions';
import type { Annotation } from '@/lib/annotations/types';
import { formatStateValue, type StateChange } from '@/lib/audit/diff-states';
import { ErrorMessage } from '../../../_components/error-message';
import { postJson, sendJson, type ApiError } from '../../../_components/post-json';

interface HistoryProps {
  annotation: Annotation;
  onRestored: (annotation: Annotation) => void;
}

/** A changed field's name as the annotator knows it: the attribute's caption, not its key. */
function fieldName(path: string, t: TFunction): string {
  const attribute = /^attributes\.(.+)$/u.exec(path)?.[1];
  if (attribute !== undefined) return t(`annotate.attributes.${attribute}`, { defaultValue: attribute });
  return t(`annotate.history.fields.${path}`, { defaultValue: path });
}

function fieldValue(path: string, value: unknown, t: TFunction): string {
  if (value === undefined) return '—';
  if (path === 'deletedAt') return t(value === null ? 'annotate.history.no' : 'annotate.history.yes');
  if (path === 'status' && typeof value === 'string') return t(`annotate.status.${value}`, { defaultValue: value });
  return formatStateValue(value);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The revisions' date format, made once per language: making one costs more than rendering the
 * rest of the panel, which is made anew for every new span.
 */
function revisionTimeFormat(language: string): Intl.DateTimeFormat {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' });
    timeFormats.set(language, format);
  }
  return format;
}

/** A field that was empty on both sides (a creation's `deletedAt: null` or `attributes: {}`) says nothing. */
function isNews(change: StateChange): boolean {
  const empty = (value: unknown) =>
    value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
  return !(empty(change.before) && empty(change.after));
}

export function AnnotationHistory({ annotation, onRestored }: HistoryProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [revisions, setRevisions] = useState<AnnotationRevision[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const url = `/api/annotations/${encodeURIComponent(annotation.id)}/history`;

  const load = useCallback(async () => {
    const result = await sendJson<{ revisions: AnnotationRevision[] }>('GET', url);
    if (result.ok) {
      setRevisions(result.data.revisions);
      setError(null);
    } else setError(result.error);
  }, [url]);

  // Reloaded when the annotation changes while the history is open.
  useEffect(() => {
    if (open) void load();
  }, [open, load, annotation.revision]);

  const restore = async (restoreRevision: number) => {
    setBusy(true);
    const result = await postJson<{ annotation: Annotation }>(`${url}/restore`, { revision: annotation.revision, restoreRevision });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onRestored(result.data.annotation);
  };

  const time = revisionTimeFormat(i18n.language);
  return (
    <details className="annotation-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('annotate.history.title')}</summary>
      <ErrorMessage error={error} />
      {open && revisions === null && !error && <p className="hint">{t('annotate.history.loading')}</p>}
      {revisions && (
        <ol className="revision-list">
          {revisions.map((revision) => (
            <li key={revision.revision} data-revision={revision.revision}>
              <p>
                <strong>{t('annotate.history.revision', { revision: revision.revision })}</strong> · {t(`annotate.history.actions.${revision.action}`)} ·{' '}
                {revision.userName ?? revision.actor} · <time dateTime={revision.at}>{time.format(new Date(revision.at))}</time>
              </p>
              <ul className="revision-changes">
                {revision.changes.filter(isNews).map((change) => (
                  <li key={change.path} data-field={change.path}>
                    {fieldName(change.path, t)}: {fieldValue(change.path, change.before, t)} → {fieldValue(change.path, change.after, t)}
                  </li>
                ))}
              </ul>
              {revision.revision === annotation.revision ? (
                <span className="badge">{t('annotate.history.current')}</span>
              ) : (
                <button type="button" className="secondary" disabled={busy} onClick={() => void restore(revision.revision)}>
                  {t('annotate.history.restore')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
