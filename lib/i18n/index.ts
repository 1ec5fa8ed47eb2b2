// i18next setup shared by server pages, client components and the CLI: two catalogues with the
// same keys, and the rule that picks the UI language.
import i18next, { type i18n, type TFunction } from 'i18next';
import en from './locales/en.json';
import id from './locales/id.json';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
export const LANGUAGE_COOKIE = 'selaras_lang';

export const resources = { en: { translation: en }, id: { translation: id } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The cookie's choice when valid, else the first supported language in Accept-Language. */
export function resolveLanguage(cookie: string | undefined, acceptLanguage: string | null): Language {
  if (isLanguage(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split('-')[0];
    if (base === 'in') return 'id'; // the pre-1989 code for Indonesian, still sent by old browsers
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/** A ready (synchronously initialised) i18next instance for one language. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const cache = new Map<Language, TFunction>();

/** The translate function for a language (instances are cached: catalogues never change at run time). */
export function translator(language: Language): TFunction {
  let t = cache.get(language);
  if (!t) {
    t = createI18n(language).t;
    cache.set(language, t);
  }
  return t;
}
