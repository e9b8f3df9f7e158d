import { useI18n } from '../../i18n/I18nProvider';
import type { OverflowingPage } from './overflow';

/** Pages named in the notice; the others are counted. */
const SHOWN = 6;

/** Why the print button is disabled: the pages that would print cut off, by sheet and patient. */
export function OverflowNotice({ pages }: { pages: readonly OverflowingPage[] }) {
  const { t } = useI18n();
  if (pages.length === 0) return null;
  return (
    <div role="alert" className="print-overflow">
      <p>
        <strong>{t('printHeader.overflowBlocked')}</strong>
      </p>
      <ul>
        {pages.slice(0, SHOWN).map((page) => (
          <li key={page.page + (page.patient ?? '')}>
            {page.patient
              ? t('printHeader.overflowPage', { page: page.page, patient: page.patient })
              : page.page}
          </li>
        ))}
        {pages.length > SHOWN && (
          <li>{t('printHeader.overflowMore', { count: pages.length - SHOWN })}</li>
        )}
      </ul>
    </div>
  );
}
