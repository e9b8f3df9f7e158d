import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The Data screen: what comes in (census import) and what goes back (recovery export,
 * reconciliation, purge). Each feature adds its section as a child, in that order.
 */
export function DataScreen({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <main id="main" className="screen">
      <h1>{t('nav.data')}</h1>
      {children}
    </main>
  );
}
