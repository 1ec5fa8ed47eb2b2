'use client';
// Says whether the server has every change ("saved" only once it confirmed them all), why writes
// wait, and what the server refused. Shared by the annotate and translate pages' write queues.
import { useTranslation } from 'react-i18next';

/** The part of a write queue's status the bar shows. */
export interface QueueStatus {
  state: 'saved' | 'saving' | 'offline' | 'conflict';
  pending?: number;
  reason?: { code: string; message: string };
}

interface StatusBarProps {
  status: QueueStatus;
  error: { code: string; message: string } | null;
  onRetry: () => void;
  onDismiss: () => void;
}

export function SyncStatusBar({ status, error, onRetry, onDismiss }: StatusBarProps) {
  const { t } = useTranslation();
  const text =
    status.state === 'saved'
      ? t('annotate.sync.saved')
      : status.state === 'saving'
        ? t('annotate.sync.saving', { count: status.pending })
        : status.state === 'offline'
          ? t('annotate.sync.offline', { count: status.pending })
          : t('annotate.sync.conflict');
  return (
    <footer className={`sync-status sync-${status.state}`}>
      <span role="status" data-sync-state={status.state}>
        {text}
      </span>
      {status.reason && (
        <span className="error">
          {t(`errors.${status.reason.code}`, { defaultValue: status.reason.message })}{' '}
          {status.reason.code.startsWith('auth.') && (
            <a href="/login" target="_blank" rel="noopener">
              {t('annotate.sync.signIn')}
            </a>
          )}
        </span>
      )}
      {status.state === 'offline' && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('annotate.sync.retry')}
        </button>
      )}
      {error && (
        <span className="error" role="alert">
          {t(`errors.${error.code}`, { defaultValue: error.message })}{' '}
          <button type="button" className="link-button" onClick={onDismiss}>
            {t('annotate.sync.dismiss')}
          </button>
        </span>
      )}
    </footer>
  );
}
