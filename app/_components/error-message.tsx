'use client';
// Shows an API error in the user's language, from its code (the server's text is the fallback).
import { useTranslation } from 'react-i18next';
import type { ApiError } from './post-json';

export function ErrorMessage({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const key = `errors.${error.code}`;
  const text = t(key, { ...error.params, defaultValue: '' }) || error.message || t('errors.internal');
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}
