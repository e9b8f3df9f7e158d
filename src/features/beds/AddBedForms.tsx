import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryAddBed, tryAddBedSeries } from './hooks';

const number = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** "Beds 1 to 24": a numbered ward is set up in one go. */
export function AddBedSeriesForm() {
  const { t } = useI18n();
  const form = useWriteForm();
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('');
  const [count, setCount] = useState(0);
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const added = await form.submit(() => tryAddBedSeries(number(from), number(to)));
    if (added) {
      setCount(added);
      setFrom(String(number(to) + 1));
      setTo('');
    }
  }

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="series-title"
      className="panel"
    >
      <h2 id="series-title">{t('patients.beds.seriesTitle')}</h2>
      <p className="field-hint">{t('patients.beds.seriesHint')}</p>
      <div className="inline-fields">
        <TextField
          label={t('patients.beds.from')}
          error={error('from')}
          value={from}
          onValue={setFrom}
          inputMode="numeric"
          className="input-short"
        />
        <TextField
          label={t('patients.beds.to')}
          error={error('to')}
          value={to}
          onValue={setTo}
          inputMode="numeric"
          className="input-short"
        />
      </div>
      <FormStatusNotice status={form.status} saved={t('patients.beds.seriesAdded', { count })} />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {t('patients.beds.addSeries')}
      </button>
    </form>
  );
}

/** One bed with any label ("12 fenêtre"), and its room. */
export function AddBedForm() {
  const { t } = useI18n();
  const form = useWriteForm();
  const [label, setLabel] = useState('');
  const [room, setRoom] = useState('');
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => tryAddBed({ label, room }))) {
      setLabel('');
      setRoom('');
    }
  }

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="add-bed-title"
      className="panel"
    >
      <h2 id="add-bed-title">{t('patients.beds.addTitle')}</h2>
      <div className="inline-fields">
        <TextField
          label={t('patients.beds.label')}
          error={error('payload.label')}
          value={label}
          onValue={setLabel}
          className="input-medium"
        />
        <TextField
          label={t('patients.beds.room')}
          hint={t('patients.beds.roomHint')}
          error={error('payload.room')}
          value={room}
          onValue={setRoom}
          className="input-medium"
        />
      </div>
      <FormStatusNotice status={form.status} saved={t('patients.beds.added')} />
      <FormIssues
        status={form.status}
        shown={(path) => path === 'payload.label' || path === 'payload.room'}
      />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {t('patients.beds.add')}
      </button>
    </form>
  );
}
