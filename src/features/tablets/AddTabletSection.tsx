import { useI18n } from '../../i18n/I18nProvider';
import { MakeFileButton } from './MakeFileButton';

/** Settings: the joining file for a new tablet of this ward, with what to do with it. */
export function AddTabletSection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="add-tablet-title" className="panel">
      <h2 id="add-tablet-title">{t('tablets.add.title')}</h2>
      <p>{t('tablets.add.intro')}</p>
      <ol>
        <li>{t('tablets.add.steps.carry')}</li>
        <li>{t('tablets.add.steps.open')}</li>
        <li>{t('tablets.add.steps.type')}</li>
      </ol>
      <MakeFileButton label={t('tablets.add.make')} />
    </section>
  );
}
