// Shown (with HTTP 404) for an unknown page or document.
import Link from 'next/link';
import { requestTranslator } from './_server/i18n';

export default async function NotFound() {
  const t = await requestTranslator();
  return (
    <section>
      <p role="alert">{t('errors.document.notFound')}</p>
      <Link href="/documents">{t('reader.backToList')}</Link>
    </section>
  );
}
