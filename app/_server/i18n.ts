// The request's UI language (cookie, else Accept-Language) and its translate function.
import { cookies, headers } from 'next/headers';
import { LANGUAGE_COOKIE, resolveLanguage, translator, type Language } from '@/lib/i18n';

export async function requestLanguage(): Promise<Language> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return resolveLanguage(cookieStore.get(LANGUAGE_COOKIE)?.value, headerList.get('accept-language'));
}

export async function requestTranslator() {
  return translator(await requestLanguage());
}
