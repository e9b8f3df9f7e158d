import { useI18n } from '../i18n/I18nProvider';

/** What a screen shows while its chunk or its data loads: announced, not only seen. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
