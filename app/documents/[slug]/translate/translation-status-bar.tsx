'use client';
// "Saved" only once the server has every English text; offline texts wait in the browser; a text
// changed elsewhere meanwhile asks which version to keep.
import { useTranslation } from 'react-i18next';
import type { UnitSaveStatus } from '@/lib/editor/unit-save-queue';
import { SyncStatusBar } from '../../../_components/sync-status-bar';
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
  return (
    <>
      <SyncStatusBar status={status} error={error} onRetry={onRetry} onDismiss={onDismiss} />
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
