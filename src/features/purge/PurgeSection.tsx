import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { PurgeSummaryList } from './PurgeSummaryList';
import { tryPurge, useMayPurge, usePurgeSummary, type PurgeReport } from './hooks';
import './purge.css';

type Step = 'idle' | 'confirm' | 'deleting';

/** Data screen, last: delete the ward's data from this tablet, after saying what and asking twice. */
export function PurgeSection() {
  const { t } = useI18n();
  const data = usePurgeSummary();
  const allowed = useMayPurge();
  const [step, setStep] = useState<Step>('idle');
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [failure, setFailure] = useState<PurgeReport['failed'] | 'error' | null>(null);
  if (!data) return null;
  const { summary, reconciled } = data;
  const matches = (text: string) => {
    const word = text.trim();
    return (
      word.toUpperCase() === t('purge.confirmWord') ||
      (summary.wardName !== '' && word === summary.wardName)
    );
  };

  async function onConfirm(event: FormEvent) {
    event.preventDefault();
    if (!matches(typed)) {
      setMismatch(true);
      return;
    }
    setStep('deleting');
    const result = await tryPurge(summary);
    // Success restarts the page; only a failure comes back here.
    if (!result.ok) setFailure('error');
    else if (!result.value.done.includes('database')) setFailure(result.value.failed);
    setStep('idle');
  }

  return (
    <section aria-labelledby="purge-title" className="panel purge">
      <h2 id="purge-title">{t('purge.title')}</h2>
      <p>{t('purge.intro')}</p>
      <PurgeSummaryList summary={summary} reconciled={reconciled} />
      {failure && (
        <Notice tone="error">
          {t('purge.failed', {
            failed:
              failure === 'error'
                ? t('purge.steps.database')
                : failure.map((f) => t(`purge.steps.${f.step}`)).join(', '),
          })}
        </Notice>
      )}
      {!allowed ? (
        <p data-testid="purge-manager-only">{t('purge.managerOnly')}</p>
      ) : step === 'idle' ? (
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            setFailure(null);
            setStep('confirm');
          }}
        >
          {t('purge.start')}
        </button>
      ) : (
        <form
          autoComplete="off"
          noValidate
          aria-label={t('purge.confirmTitle')}
          onSubmit={(event) => void onConfirm(event)}
        >
          <h3>{t('purge.confirmTitle')}</h3>
          <TextField
            label={t('purge.confirmLabel', { ward: summary.wardName })}
            value={typed}
            onValue={(value) => {
              setTyped(value);
              setMismatch(false);
            }}
            error={mismatch ? t('purge.confirmMismatch') : undefined}
            spellCheck={false}
          />
          <button type="submit" className="button-danger" disabled={step === 'deleting'}>
            {step === 'deleting' ? t('purge.deleting') : t('purge.confirm')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={step === 'deleting'}
            onClick={() => {
              setStep('idle');
              setTyped('');
              setMismatch(false);
            }}
          >
            {t('common.cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
