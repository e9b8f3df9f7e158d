import { useState, type FormEvent } from 'react';
import { LOCK_MINUTES } from '../../domain/lockPolicy';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryChangePassphrase, useLockMinutes, trySaveLockMinutes } from './hooks';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { issueText } from '../../ui/FormIssues';

const PERIODS = [1, 2, 3, 5, 10, 15, 20, 30].filter(
  (m) => m >= LOCK_MINUTES.min && m <= LOCK_MINUTES.max,
);

/** Lock period, passphrase change, and what the encryption does and does not protect. */
export function LockSettings() {
  const { t } = useI18n();
  const minutes = useLockMinutes();
  const form = useWriteForm();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState({ value: '', confirmation: '' });
  const errorAt = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const done = await form.submit(() =>
      tryChangePassphrase(current, next.value, next.confirmation),
    );
    if (done) {
      setCurrent('');
      setNext({ value: '', confirmation: '' });
    }
  }

  return (
    <section aria-labelledby="lock-title" className="panel">
      <h2 id="lock-title">{t('lock.settingsTitle')}</h2>
      <Field label={t('lock.period')}>
        {(props) => (
          <select
            {...props}
            value={minutes ?? LOCK_MINUTES.default}
            onChange={(e) => void trySaveLockMinutes(Number(e.target.value))}
          >
            {PERIODS.map((m) => (
              <option key={m} value={m}>
                {t('lock.minutes', { count: m })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <h3>{t('lock.changeTitle')}</h3>
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label={t('lock.changeTitle')}
      >
        <Field label={t('lock.current')} error={errorAt('current')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </Field>
        <PassphraseFields
          label={t('lock.new')}
          value={next.value}
          confirmation={next.confirmation}
          onChange={(value, confirmation) => setNext({ value, confirmation })}
          errors={{ value: errorAt('next'), confirmation: errorAt('nextConfirm') }}
        />
        <FormStatusNotice status={form.status} saved={t('lock.changed')} />
        <button
          type="submit"
          className="button-secondary"
          disabled={form.status.state === 'saving'}
        >
          {t('lock.change')}
        </button>
      </form>
      <h3>{t('lock.protectionTitle')}</h3>
      <p>{t('lock.protected')}</p>
      <p>{t('lock.notProtected')}</p>
    </section>
  );
}
