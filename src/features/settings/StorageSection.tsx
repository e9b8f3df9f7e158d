import { useI18n } from '../../i18n/I18nProvider';
import { useStorageStatus } from './hooks';

/** Whether the data is safe from the browser's clean-ups, and how much room is left. */
export function StorageSection() {
  const { t, formatNumber } = useI18n();
  const status = useStorageStatus();
  const size = (bytes: number | null | undefined) =>
    bytes === null || bytes === undefined
      ? '—'
      : formatNumber(bytes / 1_000_000, {
          style: 'unit',
          unit: 'megabyte',
          maximumFractionDigits: 1,
        });
  const persistent =
    status?.persisted === true
      ? t('settings.persistentYes')
      : status?.persisted === false
        ? t('settings.persistentNo')
        : t('settings.persistentUnknown');
  return (
    <section aria-labelledby="storage-title" className="panel">
      <h2 id="storage-title">{t('settings.storageTitle')}</h2>
      <dl className="facts">
        <dt>{t('settings.persistent')}</dt>
        <dd data-testid="storage-persistent">{persistent}</dd>
        <dt>{t('settings.used')}</dt>
        <dd>{size(status?.usedBytes)}</dd>
        <dt>{t('settings.available')}</dt>
        <dd>{size(status?.availableBytes)}</dd>
      </dl>
      {status?.persisted === false && <p>{t('tablets.storage.notPersistent')}</p>}
    </section>
  );
}
