import { useI18n } from '../i18n/I18nProvider';

/** A screen of the navigation whose feature is not built yet: says so plainly. */
export function ComingSoon({ title, text }: { title: string; text: string }) {
  const { t } = useI18n();
  return (
    <main id="main" className="screen">
      <h1>{title}</h1>
      <p className="panel">
        <strong>{t('soon.title')} — </strong>
        {text}
      </p>
    </main>
  );
}
