import { useState } from 'react';
import { instantOf, typedToIso } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { DateTimeField, type TypedDateTime } from '../../ui/DateTimeField';
import { GiveAnyway } from '../../ui/GiveAnyway';
import { Notice } from '../../ui/Notice';
import { tryMakeWardFile } from './hooks';
import { ProgressLine } from './Progress';
import { useHandOver, type Status } from './HandOver';
import { useWardFileWords } from './words';

const EMPTY: TypedDateTime = { date: '', time: '' };

/** Makes the ward file (whole log or since a date) and shares or saves it. */
export function MakeWardFile() {
  const { t } = useI18n();
  const words = useWardFileWords();
  const [whole, setWhole] = useState(true);
  const [since, setSince] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [status, setStatus] = useState<Status>();
  const { held, handOver, give } = useHandOver(setStatus);
  const [dateError, setDateError] = useState<string>();

  const make = async () => {
    let sinceMs: number | undefined;
    if (!whole) {
      const iso = typedToIso(since.date, since.time.trim() || '00:00');
      if (!iso) return setDateError(t('wardFile.make.badDate'));
      sinceMs = instantOf(iso);
    }
    setDateError(undefined);
    setBusy(true);
    setStatus({ tone: 'info', text: t('wardFile.make.working') });
    const made = await tryMakeWardFile({
      ...(sinceMs === undefined ? {} : { sinceMs }),
      onProgress: (done, total) => setProgress({ done, total }),
    });
    setProgress(undefined);
    if (!made.ok) {
      setStatus({ tone: 'error', text: words.problem(made.problem) });
    } else {
      await handOver(made.value);
    }
    setBusy(false);
  };

  return (
    <div>
      <h3>{t('wardFile.make.title')}</h3>
      <fieldset>
        <legend>{t('wardFile.make.scope')}</legend>
        <label>
          <input
            type="radio"
            name="ward-file-scope"
            checked={whole}
            onChange={() => setWhole(true)}
          />{' '}
          {t('wardFile.make.whole')}
        </label>
        <label>
          <input
            type="radio"
            name="ward-file-scope"
            checked={!whole}
            onChange={() => setWhole(false)}
          />{' '}
          {t('wardFile.make.since')}
        </label>
      </fieldset>
      {!whole && (
        <DateTimeField
          legend={t('wardFile.make.sinceDate')}
          value={since}
          onChange={setSince}
          onNow={() => setSince(EMPTY)}
          nowLabel={t('recovery.clear')}
          error={dateError}
        />
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void make()}>
          {t('wardFile.make.submit')}
        </button>
      </div>
      {status && (
        <div data-testid="ward-file-made">
          <Notice tone={status.tone}>{status.text}</Notice>
        </div>
      )}
      <GiveAnyway held={held} onGive={(made) => void give(made)} />
      {busy && progress && (
        <ProgressLine {...progress} label={t('wardFile.make.progress', progress)} />
      )}
    </div>
  );
}
