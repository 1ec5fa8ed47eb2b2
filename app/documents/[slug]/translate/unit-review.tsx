'use client';
// Review of the active unit (reviewers): mark reviewed, approve, or send back with a comment.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../_components/error-message';
import type { ApiError } from '../../../_components/post-json';
import { changeUnitStatus } from './translate-api';
import type { UnitView } from './use-translation-session';
import type { TranslationUnit, UnitStatus } from './workspace-data';

export function UnitReview({ unit, onChanged }: { unit: UnitView; onChanged: (unit: TranslationUnit) => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const translation = unit.translation;
  // Only finished work is reviewed: a draft is still the translator's.
  if (!translation || (translation.status !== 'translated' && translation.status !== 'reviewed' && translation.status !== 'approved')) return null;
  const change = async (status: UnitStatus) => {
    const result = await changeUnitStatus(unit.sentenceId, {
      revision: translation.revision,
      status,
      ...(status === 'draft' && { comment }),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setComment('');
    onChanged(result.data.unit);
  };
  return (
    <div className="unit-review">
      <h3>{t('translate.review.title')}</h3>
      <div className="review-buttons">
        {translation.status !== 'reviewed' && translation.status !== 'approved' && (
          <button type="button" onClick={() => change('reviewed')}>
            {t('translate.review.markReviewed')}
          </button>
        )}
        {translation.status !== 'approved' && (
          <button type="button" onClick={() => change('approved')}>
            {t('translate.review.approve')}
          </button>
        )}
      </div>
      <label className="field">
        <span>{t('translate.review.comment')}</span>
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="button" className="secondary" disabled={!comment.trim()} onClick={() => change('draft')}>
        {t('translate.review.sendBack')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
