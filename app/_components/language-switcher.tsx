'use client';
// Switches the UI language and re-renders the page in it.
import { useRouter } from 'next/navigation';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/lib/i18n';
import { postJson } from './post-json';

export function LanguageSwitcher({ language }: { language: Language }) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <label className="language-switcher">
      <span>{t('nav.language')}</span>
      <select
        value={language}
        onChange={async (event) => {
          const result = await postJson('/api/language', { language: event.target.value });
          if (result.ok) router.refresh();
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
