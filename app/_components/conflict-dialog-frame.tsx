'use client';
// The frame of every "changed elsewhere" dialog: what happened, the user's version beside the
// server's, and the two ways out. The annotate and translate pages fill in the versions.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConflictDialogFrameProps {
  explanation: string;
  mine: ReactNode;
  theirs: ReactNode;
  onResolve: (choice: 'mine' | 'theirs') => void;
}

export function ConflictDialogFrame({ explanation, mine, theirs, onResolve }: ConflictDialogFrameProps) {
  const { t } = useTranslation();
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="conflict-title" className="dialog conflict-dialog">
        <h2 id="conflict-title">{t('annotate.conflict.title')}</h2>
        <p>{explanation}</p>
        <div className="conflict-versions">
          <div className="conflict-version">
            <h3>{t('annotate.conflict.mine')}</h3>
            {mine}
          </div>
          <div className="conflict-version">
            <h3>{t('annotate.conflict.theirs')}</h3>
            {theirs}
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
  );
}
