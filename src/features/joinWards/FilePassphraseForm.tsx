import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';

export type FormStatus =
  { tone: 'info' | 'error'; text: string } | { tone: 'success'; text: string; more?: ReactNode };

interface Props {
  labels: { file: string; passphrase: string; submit: string };
  /** Runs with the chosen file and passphrase; says the outcome in words. */
  run: (file: File, passphrase: string) => Promise<FormStatus>;
  working: string;
  /** Shown while it runs (a progress line), outside the live region. */
  progress?: ReactNode;
}

/**
 * A ward file and its passphrase, then one action. A refusal says why in words; the chosen
 * file and the typed passphrase stay in the form for another try.
 */
export function FilePassphraseForm({ labels, run, working, progress }: Props) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<'file' | 'passphrase'>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<FormStatus>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(undefined);
    if (!file) return setMissing('file');
    if (passphrase === '') return setMissing('passphrase');
    setMissing(undefined);
    setBusy(true);
    setStatus({ tone: 'info', text: working });
    setStatus(await run(file, passphrase));
    setBusy(false);
  }

  return (
    <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field label={labels.file} error={missing === 'file' ? t('joinWards.noFile') : undefined}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".releve"
            disabled={busy}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <input type="text" autoComplete="username" value="releve" readOnly hidden />
      <Field
        label={labels.passphrase}
        error={missing === 'passphrase' ? t('joinWards.noPassphrase') : undefined}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            disabled={busy}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      {status && (
        <Notice tone={status.tone}>
          {status.text}
          {status.tone === 'success' && status.more}
        </Notice>
      )}
      {busy && progress}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {labels.submit}
        </button>
      </div>
    </form>
  );
}
