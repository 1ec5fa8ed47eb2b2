'use client';
// Shown when a page fails on the server: a translated message, never the raw error.
import { useTranslation } from 'react-i18next';

export default function ErrorPage() {
  const { t } = useTranslation();
  return <p role="alert">{t('errors.internal')}</p>;
}
