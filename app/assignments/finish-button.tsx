'use client';
// Marks an assignment finished, or reopens it.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../_components/error-message';
import { sendJson, type ApiError } from '../_components/post-json';

export function FinishButton({ id, finished }: { id: number; finished: boolean }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="queue-actions">
      {finished && <span className="badge badge-finished">{t('assignments.finished')}</span>}
      <button
        type="button"
        className={finished ? 'secondary' : undefined}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await sendJson('PATCH', `/api/assignments/${id}`, { finished: !finished });
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {finished ? t('assignments.queue.reopen') : t('assignments.queue.finish')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
