import { useState } from 'react';
import type { WriteResult } from '../../domain/failure';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { rebuildFromLog, useDamagedRecords, type DamagedRecord } from './hooks';

const TABLES = ['patients', 'lastVitals', 'events'] as const;

function useDescribe() {
  const { t, formatDateTime } = useI18n();
  return {
    table: (record: DamagedRecord) => {
      const known = TABLES.find((table) => table === record.table);
      return known
        ? t(`integrity.settings.tables.${known}`)
        : t('integrity.settings.tables.other', { table: record.table });
    },
    record: (record: DamagedRecord) => {
      const id = record.patientId ?? '';
      if (record.table !== 'events') return t('integrity.settings.patient', { id });
      const entry = {
        type: record.eventType ?? '?',
        at: record.at ? formatDateTime(record.at) : '?',
      };
      return record.patientId
        ? t('integrity.settings.entry', { ...entry, id })
        : t('integrity.settings.wardEntry', entry);
    },
    detected: (record: DamagedRecord) => formatDateTime(new Date(record.detectedAt).toISOString()),
  };
}

/** Settings: the records found damaged, and a rebuild of the projections from the log. */
export function IntegritySection() {
  const { t } = useI18n();
  const records = useDamagedRecords();
  const describe = useDescribe();
  const [outcome, setOutcome] = useState<WriteResult<unknown> | null>(null);
  const [busy, setBusy] = useState(false);
  const rebuildable = records.some((record) => record.table !== 'events');
  const rebuild = async () => {
    setBusy(true);
    setOutcome(await rebuildFromLog());
    setBusy(false);
  };
  return (
    <section aria-labelledby="integrity-title" className="panel">
      <h2 id="integrity-title">{t('integrity.settings.title')}</h2>
      {records.length === 0 ? (
        <p>{t('integrity.settings.none')}</p>
      ) : (
        <>
          <p>{t('integrity.settings.intro')}</p>
          <div className="table-scroll">
            <table className="data-table" data-testid="damaged-records">
              <thead>
                <tr>
                  <th scope="col">{t('integrity.settings.columns.table')}</th>
                  <th scope="col">{t('integrity.settings.columns.record')}</th>
                  <th scope="col">{t('integrity.settings.columns.detected')}</th>
                </tr>
              </thead>
              <tbody>
                {records.map((record) => (
                  <tr key={record.id}>
                    <td>{describe.table(record)}</td>
                    <td className="mono">{describe.record(record)}</td>
                    <td>{describe.detected(record)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {records.some((record) => record.table === 'events') && (
            <p>{t('integrity.settings.eventsNote')}</p>
          )}
        </>
      )}
      {rebuildable && (
        <>
          <p>{t('integrity.settings.rebuildHint')}</p>
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => void rebuild()}
          >
            {t('integrity.settings.rebuild')}
          </button>
        </>
      )}
      {outcome?.ok && <Notice tone="success">{t('integrity.settings.rebuilt')}</Notice>}
      {outcome && !outcome.ok && (
        <Notice tone="error">{t('integrity.settings.rebuildFailed')}</Notice>
      )}
    </section>
  );
}
