'use client';
// The annotation guidelines beside the editor, in the interface language: what each label covers.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelDefinition } from '@/lib/annotations/types';
import { labelName } from './label-text';

/** Memoized: the labels never change on the page, and the session renders the page at every span. */
export const GuidelinesPanel = memo(function GuidelinesPanel({ labels }: { labels: LabelDefinition[] }) {
  const { t } = useTranslation();
  return (
    <details className="guidelines">
      <summary>{t('annotate.guidelines.title')}</summary>
      {labels.map((label) => {
        const text = t(`annotate.guidelines.${label.name}`, { defaultValue: '' });
        return text ? (
          <div key={label.name}>
            <h3>{labelName(t, label.name)}</h3>
            {text.split('\n').map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        ) : null;
      })}
    </details>
  );
});
