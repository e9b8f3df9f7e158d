import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { GiveAnyway } from '../../ui/GiveAnyway';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { checkPassphraseStrength, tryMakeWardFile } from './hooks';
import { useHandOver, type Status } from './HandOver';
import { useWardFileWords } from './words';

interface Errors {
  ward?: string;
  file?: string;
  confirm?: string;
}

/**
 * A backup copy for IT: the whole log, its key re-wrapped under a passphrase chosen now
 * (asked twice, with the ward's strength rule); the ward passphrase is needed to re-wrap.
 */
export function BackupWardFile() {
  const { t } = useI18n();
  const words = useWardFileWords();
  const [ward, setWard] = useState('');
  const [file, setFile] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();
  const { held, handOver, give } = useHandOver(setStatus);

  const check = (): Errors => {
    const found: Errors = {};
    if (ward === '') found.ward = t('wardFile.backup.required');
    if (checkPassphraseStrength(file)) found.file = t('wardFile.backup.weak');
    else if (file !== confirm) found.confirm = t('wardFile.backup.mismatch');
    return found;
  };

  const make = async () => {
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setStatus({ tone: 'info', text: t('wardFile.make.working') });
    const made = await tryMakeWardFile({ backup: { wardPassphrase: ward, filePassphrase: file } });
    if (!made.ok) {
      setStatus({ tone: 'error', text: words.problem(made.problem) });
      if (made.problem === 'wrongPassphrase') setErrors({ ward: words.problem(made.problem) });
    } else {
      await handOver(made.value);
      setWard('');
    }
    setBusy(false);
  };

  return (
    <div>
      <h3>{t('wardFile.backup.title')}</h3>
      <p>{t('wardFile.backup.intro')}</p>
      <TextField
        type="password"
        autoComplete="current-password"
        label={t('wardFile.backup.wardPassphrase')}
        value={ward}
        onValue={setWard}
        error={errors.ward}
      />
      <TextField
        type="password"
        autoComplete="new-password"
        label={t('wardFile.backup.filePassphrase')}
        hint={t('wardFile.backup.hint')}
        value={file}
        onValue={setFile}
        error={errors.file}
      />
      <TextField
        type="password"
        autoComplete="new-password"
        label={t('wardFile.backup.filePassphraseConfirm')}
        value={confirm}
        onValue={setConfirm}
        error={errors.confirm}
      />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void make()}>
          {t('wardFile.backup.submit')}
        </button>
      </div>
      {status && (
        <div data-testid="ward-file-backup">
          <Notice tone={status.tone}>{status.text}</Notice>
        </div>
      )}
      <GiveAnyway held={held} onGive={(made) => void give(made)} />
    </div>
  );
}
