import { useI18n } from '../../i18n/I18nProvider';
import { enterTraining, inTraining } from './hooks';

/** The way into training, from Settings or from the first run; nothing when already in it. */
export function TrainingEntry({ firstRun = false }: { firstRun?: boolean }) {
  const { t } = useI18n();
  if (inTraining()) return null;
  return (
    <section aria-labelledby="training-title" className="panel">
      <h2 id="training-title">{t('training.sectionTitle')}</h2>
      <p>{t(firstRun ? 'training.firstRunText' : 'training.sectionText')}</p>
      <button type="button" onClick={enterTraining}>
        {t('training.enter')}
      </button>
    </section>
  );
}
