import { useState } from 'react';
import { typedToIso } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { DateTimeField, type TypedDateTime } from '../../ui/DateTimeField';
import { buildExport, useExportPatients, type ExportFile } from './hooks';
import { asLongWork } from '../../ui/longWork';

const EMPTY: TypedDateTime = { date: '', time: '' };

/** Saves the file on the tablet (the browser's download). */
function download(file: ExportFile) {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A bound of the window: absent when empty, null when typed wrong. */
const bound = ({ date, time }: TypedDateTime, fallbackTime: string) =>
  date.trim() === '' ? undefined : (typedToIso(date, time.trim() || fallbackTime) ?? null);

/** The Data screen's recovery export: whom, which window, FHIR or CSV. */
export function RecoverySection() {
  const { t } = useI18n();
  const patients = useExportPatients();
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [from, setFrom] = useState(EMPTY);
  const [to, setTo] = useState(EMPTY);
  const [status, setStatus] = useState<{ text: string; counts?: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; kind: string }>();

  const run = async (kind: 'fhir' | 'csv') => {
    const start = bound(from, '00:00');
    const end = bound(to, '23:59');
    if (start === null || end === null)
      return setStatus({ text: t('recovery.badWindow'), error: true });
    if (start && end && Date.parse(end) <= Date.parse(start))
      return setStatus({ text: t('recovery.windowOrder'), error: true });
    if (!all && chosen.length === 0)
      return setStatus({ text: t('recovery.noPatient'), error: true });
    setBusy(true);
    setStatus({ text: t('recovery.working') });
    setProgress(undefined);
    try {
      const file = await asLongWork(() =>
        buildExport(
          {
            kind,
            ...(all ? {} : { patientIds: chosen }),
            ...(start ? { from: start } : {}),
            ...(end ? { to: end } : {}),
          },
          (done, total) => setProgress({ done, total, kind }),
        ),
      );
      download(file);
      const counts = Object.entries(file.counts)
        .map(([type, count]) => `${type} ${count}`)
        .join(', ');
      setStatus({
        text: t('recovery.done', { name: file.name }),
        counts: t('recovery.counts', { counts }),
      });
    } catch {
      setStatus({ text: t('recovery.failed'), error: true });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };
  // FHIR goes patient by patient, CSV through the log's entries in their order.
  const progressText =
    progress &&
    t(progress.kind === 'csv' ? 'recovery.progressEntries' : 'recovery.progress', progress);
  const toggle = (id: string) =>
    setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  return (
    <section aria-labelledby="recovery-title" className="panel">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>{t('recovery.intro')}</p>
      <fieldset>
        <legend>{t('recovery.scope')}</legend>
        <label>
          <input type="radio" name="recovery-scope" checked={all} onChange={() => setAll(true)} />{' '}
          {t('recovery.allPatients')}
        </label>
        <label>
          <input type="radio" name="recovery-scope" checked={!all} onChange={() => setAll(false)} />{' '}
          {t('recovery.chosenPatients')}
        </label>
      </fieldset>
      {!all && (
        <fieldset>
          <legend>{t('recovery.choose')}</legend>
          {(patients ?? []).map((patient) => (
            <label key={patient.id}>
              <input
                type="checkbox"
                checked={chosen.includes(patient.id)}
                onChange={() => toggle(patient.id)}
              />{' '}
              {patient.identity.birthName.toUpperCase()} {patient.identity.firstName}
              {patient.identity.ipp ? ` — IPP ${patient.identity.ipp}` : ''}
              {patient.identity.tempId ? ` — ${patient.identity.tempId}` : ''}
            </label>
          ))}
        </fieldset>
      )}
      <DateTimeField
        legend={t('recovery.from')}
        value={from}
        onChange={setFrom}
        onNow={() => setFrom(EMPTY)}
        nowLabel={t('recovery.clear')}
      />
      <DateTimeField
        legend={t('recovery.to')}
        value={to}
        onChange={setTo}
        onNow={() => setTo(EMPTY)}
        nowLabel={t('recovery.clear')}
      />
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run('fhir')}>
          {t('recovery.exportFhir')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('csv')}>
          {t('recovery.exportCsv')}
        </button>
      </div>
      {status && (
        <div role={status.error ? 'alert' : 'status'} data-testid="recovery-status">
          <p>{status.text}</p>
          {status.counts && <p>{status.counts}</p>}
        </div>
      )}
      {busy && progress && (
        // Outside the status region: a screen reader is not told every patient or page.
        <p>
          <progress value={progress.done} max={progress.total} aria-label={progressText} />{' '}
          {progressText}
        </p>
      )}
    </section>
  );
}
