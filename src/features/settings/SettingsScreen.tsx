import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGES, type Language } from '../../i18n/types';
import { deviceLabel } from '../../ui/deviceLabel';
import { DeviceNameSection } from './DeviceNameSection';
import { useDeviceNames } from '../../hooks/devices';
import { useDeviceId } from './hooks';
import { StorageSection } from './StorageSection';
import { WardSettingsSection } from './WardSettingsSection';

/** Language, storage, version and device; other features add their sections as children. */
export function SettingsScreen({ children }: { children?: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const deviceId = useDeviceId();
  const names = useDeviceNames();
  return (
    <main id="main" className="screen">
      <h1>{t('settings.title')}</h1>
      <section aria-labelledby="language-title" className="panel">
        <h2 id="language-title">{t('settings.language')}</h2>
        <div role="group" aria-labelledby="language-title" className="segmented">
          {LANGUAGES.map((code: Language) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={language === code}
              onClick={() => setLanguage(code)}
            >
              {t(`settings.languageNames.${code}`)}
            </button>
          ))}
        </div>
      </section>
      <WardSettingsSection />
      <DeviceNameSection />
      {children}
      <StorageSection />
      <section aria-labelledby="about-title" className="panel">
        <h2 id="about-title">{t('settings.aboutTitle')}</h2>
        <dl className="facts">
          <dt>{t('settings.version')}</dt>
          <dd data-testid="app-version">{__APP_VERSION__}</dd>
          <dt>{t('settings.deviceId')}</dt>
          <dd>{deviceId ? deviceLabel(t, names, deviceId) : '—'}</dd>
        </dl>
      </section>
    </main>
  );
}
