import type { Progress } from '../../domain/reconcile';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import type { PurgeSummary } from './hooks';

interface PurgeSummaryListProps {
  summary: PurgeSummary;
  reconciled: Progress;
}

/** Exactly what a purge deletes, and whether the export and the back-entry are done. */
export function PurgeSummaryList({ summary, reconciled }: PurgeSummaryListProps) {
  const { t, formatDateTime } = useI18n();
  const complete = summary.exportedAt !== null && reconciled.done === reconciled.total;
  return (
    <>
      <h3>{t('purge.whatTitle')}</h3>
      <ul data-testid="purge-what">
        <li>
          {t('purge.patients', { count: summary.patients.length })}
          {summary.patients.length > 0 && (
            <details>
              <summary>{t('purge.patientsList')}</summary>
              <ul>
                {summary.patients.map((p) => (
                  <li key={p.id}>{p.name}</li>
                ))}
              </ul>
            </details>
          )}
        </li>
        <li>{t('purge.entries', { count: summary.entries })}</li>
        <li>{t('purge.drafts', { count: summary.drafts })}</li>
        <li>{t('purge.devices', { count: summary.devices })}</li>
        {summary.key && <li>{t('purge.key')}</li>}
        {summary.training && <li>{t('purge.training')}</li>}
        <li>{t('purge.settings')}</li>
      </ul>
      <h3>{t('purge.beforeTitle')}</h3>
      <ul data-testid="purge-before">
        <li>
          {summary.exportedAt
            ? t('purge.exported', { at: formatDateTime(summary.exportedAt) })
            : t('purge.notExported')}
        </li>
        <li>
          {reconciled.done === reconciled.total
            ? t('purge.reconciled')
            : t('purge.notReconciled', { done: reconciled.done, count: reconciled.total })}
        </li>
      </ul>
      {!complete && <Notice tone="error">{t('purge.warning')}</Notice>}
    </>
  );
}
