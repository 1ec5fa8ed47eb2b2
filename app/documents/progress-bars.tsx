// The documents list's progress bars: translation units by status (stacked), and annotated spans
// with an English counterpart out of all. Each bar also says it in words for screen readers.
import type { TFunction } from 'i18next';
import type { DocumentTranslationProgress } from '@/lib/translation-store/translation-progress';
import { UNIT_STATUSES } from '@/lib/translation/unit-status';

export function UnitStatusBar({ progress, t }: { progress: DocumentTranslationProgress | undefined; t: TFunction }) {
  const total = progress ? UNIT_STATUSES.reduce((sum, status) => sum + progress.units[status], 0) : 0;
  const words = progress ? UNIT_STATUSES.map((status) => `${t(`translate.status.${status}`)} ${progress.units[status]}`).join(', ') : '';
  return (
    <div className="progress" role="img" aria-label={t('documents.unitsProgress', { detail: words })} title={words}>
      {progress &&
        total > 0 &&
        UNIT_STATUSES.filter((status) => status !== 'new').map((status) => (
          <span key={status} className={`progress-part progress-${status}`} style={{ width: `${(100 * progress.units[status]) / total}%` }} />
        ))}
      {progress && (
        <span className="progress-label">
          {total - progress.units.new}/{total}
        </span>
      )}
    </div>
  );
}

export function AlignedBar({ progress, t }: { progress: DocumentTranslationProgress | undefined; t: TFunction }) {
  const { aligned, total } = progress?.annotations ?? { aligned: 0, total: 0 };
  const words = t('documents.alignedProgress', { aligned, total });
  return (
    <div className="progress" role="img" aria-label={words} title={words}>
      {total > 0 && <span className="progress-part progress-aligned" style={{ width: `${(100 * aligned) / total}%` }} />}
      <span className="progress-label">
        {aligned}/{total}
      </span>
    </div>
  );
}
