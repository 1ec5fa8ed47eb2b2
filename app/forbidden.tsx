// Shown (with HTTP 403) when the user's role may not see a page.
import { requestTranslator } from './_server/i18n';

export default async function Forbidden() {
  const t = await requestTranslator();
  return <p role="alert">{t('errors.auth.forbidden')}</p>;
}
