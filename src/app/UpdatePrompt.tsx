import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A new version waits for the nurse: the app never reloads by itself, so a
 * half-typed form is never lost. She chooses when.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (needRefresh) {
    return (
      <div className="banner" role="status">
        <p>
          <strong>{t('update.ready')}</strong> {t('update.hint')}
        </p>
        <button
          type="button"
          className="button-primary"
          onClick={() => void updateServiceWorker(true)}
        >
          {t('update.reload')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banner" role="status">
        <p>{t('update.offlineReady')}</p>
        <button type="button" className="button-secondary" onClick={() => setOfflineReady(false)}>
          {t('update.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
