import { useId, useState, type ChangeEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { tryImportWardFile, tryReadWardFileHeader, type WardFileHeader } from './hooks';
import { ProgressLine } from './Progress';
import { useWardFileWords } from './words';

type Status =
  { tone: 'info' | 'error'; text: string } | { tone: 'success'; text: string; quarantined: number };

/** Chooses a ward file, says what it is, imports it with progress, then says what it did. */
export function ImportWardFile() {
  const { t, formatDateTime } = useI18n();
  const words = useWardFileWords();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [header, setHeader] = useState<WardFileHeader | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [status, setStatus] = useState<Status>();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setHeader(null);
    setStatus(undefined);
    if (!chosen) return;
    const read = await tryReadWardFileHeader(chosen);
    if (read.ok) setHeader(read.value);
    else setStatus({ tone: 'error', text: words.problem(read.problem) });
  };

  const run = async () => {
    if (!file) return setStatus({ tone: 'error', text: t('wardFile.import.noFile') });
    setBusy(true);
    setStatus({ tone: 'info', text: t('wardFile.import.working') });
    const done = await tryImportWardFile(file, (count, total) =>
      setProgress({ done: count, total }),
    );
    setProgress(undefined);
    setStatus(
      done.ok
        ? { tone: 'success', text: words.report(done.value), quarantined: done.value.quarantined }
        : { tone: 'error', text: words.problem(done.problem) },
    );
    setBusy(false);
  };

  return (
    <div>
      <h3>{t('wardFile.import.title')}</h3>
      <div className="field">
        <label htmlFor={inputId}>{t('wardFile.import.choose')}</label>
        <input
          id={inputId}
          type="file"
          accept=".releve"
          disabled={busy}
          onChange={(e) => void choose(e)}
        />
      </div>
      {header && (
        <p>
          {t('wardFile.import.from', {
            when: formatDateTime(header.createdAt),
            kind: t(
              header.kind === 'backup' ? 'wardFile.import.kindBackup' : 'wardFile.import.kindWard',
            ),
            count: header.events,
          })}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t('wardFile.import.submit')}
        </button>
      </div>
      {status && (
        <div data-testid="ward-file-import">
          <Notice tone={status.tone}>
            {status.text}
            {status.tone === 'success' && status.quarantined > 0 && (
              <> {t('wardFile.import.quarantined', { count: status.quarantined })}</>
            )}
          </Notice>
        </div>
      )}
      {busy && progress && (
        <ProgressLine {...progress} label={t('wardFile.import.progress', progress)} />
      )}
    </div>
  );
}
