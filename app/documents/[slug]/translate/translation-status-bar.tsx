'use client';
// "Saved" only once the server has every English text; offline texts wait in the browser; a text
// changed elsewhere meanwhile asks which version to keep.
import { useTranslation } from 'react-i18next';
import type { UnitSaveStatus } from '@/lib/editor/unit-save-queue';
import { ConflictDialogFrame } from '../../../_components/conflict-dialog-frame';
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
        <ConflictDialogFrame
          explanation={t('translate.conflict.explain', { n: (byId.get(status.save.sentenceId)?.ord ?? 0) + 1 })}
          mine={<p lang="en">{status.save.text}</p>}
          theirs={<p lang="en">{status.current.translation?.text ?? ''}</p>}
          onResolve={onResolve}
        />
      )}
    </>
  );
}
