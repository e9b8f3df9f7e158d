import { useI18n } from '../../i18n/I18nProvider';
import { BackupWardFile } from './BackupWardFile';
import { useWardFileMadeAt } from './hooks';
import { ImportWardFile } from './ImportWardFile';
import { MakeWardFile } from './MakeWardFile';

/** The Data screen's "Fichier du service": make one, a backup for IT, import one. */
export function WardFileSection() {
  const { t, formatDateTime } = useI18n();
  const madeAt = useWardFileMadeAt();
  return (
    <section aria-labelledby="ward-file-title" className="panel">
      <h2 id="ward-file-title">{t('wardFile.title')}</h2>
      <p>{t('wardFile.intro')}</p>
      {madeAt !== undefined && (
        <p data-testid="ward-file-made-at">
          {madeAt === null
            ? t('wardFile.neverMade')
            : t('wardFile.lastMade', { when: formatDateTime(madeAt) })}
        </p>
      )}
      <MakeWardFile />
      <ImportWardFile />
      <BackupWardFile />
    </section>
  );
}
