import { useState, type FormEvent } from 'react';
import { tryImportWardFile, type MergeReport } from './hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';

type Status =
  | { state: 'idle' }
  | { state: 'working'; done?: number; total?: number }
  | { state: 'done'; report: MergeReport }
  | { state: 'failed'; text: string };

/**
 * Settings: merges the ward file of another tablet of this ward (union by entry id: nothing
 * here changes). A stopgap beside the `file` helper's import screen (issue 14, point 3).
 */
export function ReceiveFileSection() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setStatus({ state: 'failed', text: t('tablets.join.noFile') });
    setStatus({ state: 'working' });
    const outcome = await tryImportWardFile(file, (done, total) =>
      setStatus({ state: 'working', done, total }),
    );
    setStatus(
      outcome.ok
        ? { state: 'done', report: outcome.report }
        : { state: 'failed', text: t(`tablets.errors.${outcome.problem}`) },
    );
  }

  const report = status.state === 'done' ? status.report : undefined;
  return (
    <section aria-labelledby="receive-file-title" className="panel">
      <h2 id="receive-file-title">{t('tablets.receive.title')}</h2>
      <p>{t('tablets.receive.intro')}</p>
      <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={t('tablets.receive.file')}>
          {(props) => (
            <input
              {...props}
              type="file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setStatus({ state: 'idle' });
              }}
            />
          )}
        </Field>
        {status.state === 'working' && (
          <Notice tone="info">
            {status.total === undefined
              ? t('tablets.receive.working')
              : t('tablets.receive.progress', { done: status.done ?? 0, total: status.total })}
          </Notice>
        )}
        {status.state === 'failed' && <Notice tone="error">{status.text}</Notice>}
        {report && (
          <Notice tone="success">
            {t('tablets.receive.done', {
              entries: t('tablets.receive.newEntries', { count: report.added }),
              patients: t('tablets.join.patients', { count: report.newPatients }),
              present: t('tablets.receive.present', { count: report.alreadyPresent }),
            })}
            {report.quarantined > 0 &&
              ` ${t('tablets.receive.quarantined', { count: report.quarantined })}`}
          </Notice>
        )}
        <button type="submit" className="button-secondary" disabled={status.state === 'working'}>
          {t('tablets.receive.submit')}
        </button>
      </form>
    </section>
  );
}
