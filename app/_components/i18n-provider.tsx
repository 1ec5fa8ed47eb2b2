'use client';
// Gives client components the same catalogue and language as the server-rendered page.
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '@/lib/i18n';

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const instance = useMemo(() => createI18n(language), [language]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}
