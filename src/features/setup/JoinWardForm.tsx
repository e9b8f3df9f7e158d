import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { NeutralUserName } from '../../ui/NeutralUserName';
import { Notice } from '../../ui/Notice';
import { tryJoinWard, tryReadWardFileHeader, type WardFileProblem } from './hooks';

type Status =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'failed'; problem: WardFileProblem | 'noFile' | 'noPassphrase' }
  | { state: 'done'; entries: number; patients: number };

interface JoinWardFormProps {
  /** Join a ward another tablet runs, or restore this tablet after its data was lost. */
  mode: 'join' | 'restore';
  onBack: () => void;
}

/**
 * A tablet with no ward takes one from a ward file and the ward passphrase. A refusal says
 * why in words; the chosen file and the passphrase stay in the form for another try.
 */
export function JoinWardForm({ mode, onBack }: JoinWardFormProps) {
  const { t, formatDateTime } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [facts, setFacts] = useState<string>();
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setFacts(undefined);
    setStatus({ state: 'idle' });
    if (!chosen) return;
    const read = await tryReadWardFileHeader(chosen);
    if (!read.ok) return setStatus({ state: 'failed', problem: read.problem });
    const events = t('tablets.join.events', { count: read.header.events });
    const facts = t('tablets.join.fileFacts', {
      when: formatDateTime(read.header.createdAt),
      events,
    });
    // A backup copy's key is wrapped by the passphrase chosen at export: it becomes this one's.
    setFacts(
      read.header.kind === 'backup' ? `${facts} ${t('tablets.join.backupPassphrase')}` : facts,
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setStatus({ state: 'failed', problem: 'noFile' });
    if (passphrase === '') return setStatus({ state: 'failed', problem: 'noPassphrase' });
    setStatus({ state: 'working' });
    const outcome = await tryJoinWard(file, passphrase);
    if (!outcome.ok) return setStatus({ state: 'failed', problem: outcome.problem });
    const { added, newPatients } = outcome.report;
    setStatus({ state: 'done', entries: added, patients: newPatients });
  }

  const problem = status.state === 'failed' ? status.problem : undefined;
  const problemText =
    problem === 'noFile' || problem === 'noPassphrase'
      ? t(`tablets.join.${problem}`)
      : problem && t(`tablets.errors.${problem}`);
  return (
    <section aria-labelledby="join-title" className="panel">
      <h2 id="join-title" ref={heading} tabIndex={-1}>
        {t(mode === 'join' ? 'tablets.join.joinTitle' : 'tablets.join.restoreTitle')}
      </h2>
      <p>{t(mode === 'join' ? 'tablets.join.joinIntro' : 'tablets.join.restoreIntro')}</p>
      <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field
          label={t('tablets.join.file')}
          hint={t('tablets.join.fileHint')}
          error={problem === 'noFile' ? problemText : undefined}
        >
          {(props) => (
            <input
              {...props}
              type="file"
              onChange={(e) => void choose(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        {file && <p>{t('tablets.join.fileChosen', { name: file.name })}</p>}
        {facts && <p data-testid="ward-file-facts">{facts}</p>}
        <NeutralUserName />
        <Field
          label={t('tablets.join.passphrase')}
          error={problem === 'noPassphrase' ? problemText : undefined}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        {status.state === 'working' && <Notice tone="info">{t('tablets.join.working')}</Notice>}
        {problemText && problem !== 'noFile' && problem !== 'noPassphrase' && (
          <Notice tone="error">{problemText}</Notice>
        )}
        {status.state === 'done' && (
          <Notice tone="success">
            {t('tablets.join.done', {
              entries: t('tablets.join.events', { count: status.entries }),
              patients: t('tablets.join.patients', { count: status.patients }),
            })}
          </Notice>
        )}
        <div className="action-bar">
          <button type="submit" className="button-primary" disabled={status.state === 'working'}>
            {t(mode === 'join' ? 'tablets.join.joinSubmit' : 'tablets.join.restoreSubmit')}
          </button>
          <button type="button" className="button-secondary" onClick={onBack}>
            {t('tablets.join.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
