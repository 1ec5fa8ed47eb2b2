'use client';
// The submit cycle every form shares: send, show the error in the user's language, or go on.
import { useState, type FormEvent } from 'react';
import type { ApiError, ApiResult } from './post-json';

export function useApiForm<T>(
  send: (form: FormData) => Promise<ApiResult<T>>,
  onSuccess: (data: T, form: HTMLFormElement) => void,
) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    const result = await send(new FormData(form));
    setBusy(false);
    if (result.ok) onSuccess(result.data, form);
    else setError(result.error);
  };
  return { error, busy, onSubmit };
}
