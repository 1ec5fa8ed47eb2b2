// The frame of every page: language, header with navigation and the signed-in user.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { hasPermission } from '@/lib/auth/roles';
import { HeaderSearch, HeaderSearchForm } from './_components/header-search';
import { I18nProvider } from './_components/i18n-provider';
import { LanguageSwitcher } from './_components/language-switcher';
import { LogoutButton } from './_components/logout-button';
import { LogoutEverywhereButton } from './_components/logout-everywhere-button';
import { requestLanguage } from './_server/i18n';
import { currentUser } from './_server/session';
import { translator } from '@/lib/i18n';
import './globals.css';

export const metadata: Metadata = { title: 'Selaras' };
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await requestLanguage();
  const t = translator(language);
  const user = await currentUser();
  return (
    <html lang={language}>
      <body>
        <I18nProvider language={language}>
          <header className="site-header">
            <Link href="/documents" className="brand">
              {t('app.name')}
            </Link>
            {user && (
              <nav aria-label={t('nav.mainLabel')}>
                <Link href="/documents">{t('nav.documents')}</Link>
                {hasPermission(user.role, 'assignment.work') && <Link href="/assignments">{t('nav.assignments')}</Link>}
                <Link href="/entities">{t('nav.entities')}</Link>
                <Link href="/glossary">{t('nav.glossary')}</Link>
                <Link href="/concordance">{t('nav.concordance')}</Link>
                <Link href="/statistics">{t('nav.statistics')}</Link>
                <Link href="/actors">{t('nav.actors')}</Link>
                <Link href="/dashboard">{t('nav.dashboard')}</Link>
                {hasPermission(user.role, 'agreement.view') && <Link href="/agreement">{t('nav.agreement')}</Link>}
                <Link href="/export">{t('nav.export')}</Link>
                {hasPermission(user.role, 'document.import') && <Link href="/admin/import">{t('nav.import')}</Link>}
                {hasPermission(user.role, 'user.manage') && <Link href="/admin/users">{t('nav.users')}</Link>}
                {hasPermission(user.role, 'assignment.manage') && <Link href="/admin/assignments">{t('nav.assignmentsAdmin')}</Link>}
                {hasPermission(user.role, 'audit.read') && <Link href="/admin/audit">{t('nav.audit')}</Link>}
              </nav>
            )}
            {user && (
              <Suspense fallback={<HeaderSearchForm query="" label={t('search.box.label')} placeholder={t('search.box.placeholder')} submit={t('search.box.submit')} />}>
                <HeaderSearch />
              </Suspense>
            )}
            <div className="header-right">
              <LanguageSwitcher language={language} />
              {user && (
                <>
                  <span className="signed-in">
                    {t('nav.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}
                  </span>
                  <LogoutButton />
                  <LogoutEverywhereButton />
                </>
              )}
            </div>
          </header>
          <main>{children}</main>
        </I18nProvider>
      </body>
    </html>
  );
}
