'use client';
// The QA findings of the active unit, recomputed as the translator types.
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '@/lib/translation/qa/qa-issue';

export function QaList({ issues }: { issues: QaIssue[] }) {
  const { t } = useTranslation();
  return (
    <div className="qa-list" aria-live="polite">
      <h3>{t('translate.qa.title')}</h3>
      {issues.length === 0 ? (
        <p className="hint">{t('translate.qa.none')}</p>
      ) : (
        <ul>
          {issues.map((issue, i) => (
            <li key={i} className={`qa-${issue.severity}`} data-qa-check={issue.check}>
              {t(issue.messageKey, issue.params)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
