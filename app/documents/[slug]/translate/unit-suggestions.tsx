'use client';
// Help for the active unit: translation-memory matches with their score and the words that
// differ, glossary terms found in the sentence, and the English rendering of its statistics.
import { useTranslation } from 'react-i18next';
import type { UnitSuggestions as Suggestions } from './workspace-data';

interface SuggestionsProps {
  suggestions: Suggestions | null;
  canWrite: boolean;
  onInsert: (text: string, replace: boolean) => void;
}

export function UnitSuggestions({ suggestions, canWrite, onInsert }: SuggestionsProps) {
  const { t } = useTranslation();
  if (!suggestions) return <p className="hint">{t('translate.suggestions.loading')}</p>;
  const { tm, glossary, statistics } = suggestions;
  return (
    <div className="unit-suggestions">
      <h3>{t('translate.suggestions.tm')}</h3>
      {tm.length === 0 ? (
        <p className="hint">{t('translate.suggestions.noTm')}</p>
      ) : (
        <ul className="tm-matches">
          {tm.map((match, i) => (
            <li key={match.id} data-tm-score={match.score}>
              <span className={`tm-score${match.exact ? ' exact' : ''}`}>
                {match.context ? t('translate.suggestions.context') : `${Math.round(match.score)}%`}
              </span>{' '}
              <span className="tm-source" lang="id">
                {match.diff.map((part, j) => (
                  <span key={j} className={`diff-${part.type}`}>
                    {part.text}{' '}
                  </span>
                ))}
              </span>
              <div className="tm-target" lang="en">
                {match.target}
              </div>
              {canWrite && (
                <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(match.target, true)}>
                  {i === 0 ? t('translate.suggestions.useBest') : t('translate.suggestions.use')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {glossary.length > 0 && (
        <>
          <h3>{t('translate.suggestions.glossary')}</h3>
          <ul className="glossary-hits">
            {glossary.map((term) => (
              <li key={`${term.origin}:${term.source}:${term.target}`}>
                <span lang="id">{term.source}</span> → <strong lang="en">{term.target}</strong>
                {term.note && <span className="hint"> ({term.note})</span>}
                <span className="hint"> · {t(`translate.suggestions.origin.${term.origin}`)}</span>
                {canWrite && (
                  <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(term.target, false)}>
                    {t('translate.suggestions.insert')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {statistics.length > 0 && (
        <>
          <h3>{t('translate.suggestions.statistics')}</h3>
          <ul className="statistic-renderings">
            {statistics.map((s) => (
              <li key={`${s.annotationId ?? ''}:${s.source}`}>
                <span lang="id">{s.source}</span> → <strong lang="en">{s.english}</strong>
                {canWrite && (
                  <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(s.english, false)}>
                    {t('translate.suggestions.insert')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
