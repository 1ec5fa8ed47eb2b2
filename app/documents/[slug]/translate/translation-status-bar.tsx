'use client';
// "Saved" only once the server has every English text; offline texts wait in the browser; a text
// changed elsewhere meanwhile asks which version to keep.
import { useTranslation } from 'react-i18next';
import type { UnitSaveStatus } from '@/lib/editor/unit-save-queue';
import type { UnitView } from './use-translation-session';
import type { TranslationUnit } from './workspace-data';

interface StatusBarProps {
  status: UnitSaveStatus<TranslationUnit>;
  error: { code: string; message: string } | null;
  byId: Map<number, UnitView>;
  onRetry: () => void;
  onDismiss: () => void;
  onResolve: (choice: 'mine' | 'theirs') => void;
}

export function TranslationStatusBar({ status, error, byId, onRetry, onDismiss, onResolve }: StatusBarProps) {
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
    <>
      <footer className={`sync-status sync-${status.state}`}>
        <span role="status" data-sync-state={status.state}>
          {text}
        </span>
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
      {status.state === 'conflict' && (
        <div className="dialog-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="unit-conflict-title" className="dialog conflict-dialog">
            <h2 id="unit-conflict-title">{t('annotate.conflict.title')}</h2>
            <p>{t('translate.conflict.explain', { n: (byId.get(status.save.sentenceId)?.ord ?? 0) + 1 })}</p>
            <div className="conflict-versions">
              <div className="conflict-version">
                <h3>{t('annotate.conflict.mine')}</h3>
                <p lang="en">{status.save.text}</p>
              </div>
              <div className="conflict-version">
                <h3>{t('annotate.conflict.theirs')}</h3>
                <p lang="en">{status.current.translation?.text ?? ''}</p>
              </div>
            </div>
            <div className="dialog-buttons">
              <button type="button" onClick={() => onResolve('mine')}>
                {t('annotate.conflict.keepMine')}
              </button>
              <button type="button" className="secondary" onClick={() => onResolve('theirs')}>
                {t('annotate.conflict.takeTheirs')}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
