import { useState, type FormEvent } from 'react';
import { CARE_ITEMS, type CareItemCode } from '../../domain/care';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { ScheduleFields } from '../../ui/ScheduleFields';
import { emptySchedule, toSchedule } from '../../ui/scheduleValues';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { useReadNow, useTimeZone } from '../../ui/wardTime';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryPlanCare, type CarePlanInput } from './hooks';

/** Plans a care item (dressing, capillary glucose, mobilisation...) with its schedule. */
export function PlanCareForm({ patient, onSaved }: { patient: PatientState; onSaved: () => void }) {
  const readNow = useReadNow();
  const timeZone = useTimeZone();
  const { t } = useI18n();
  const form = useWriteForm();
  const [item, setItem] = useState<CareItemCode | ''>('');
  const [label, setLabel] = useState('');
  const [schedule, setSchedule] = useState(() => emptySchedule(readNow(), timeZone));
  const [note, setNote] = useState('');
  const draft = useDraft('plan-care', patient.id, { item, label, schedule, note }, (saved) => {
    setItem(saved.item);
    setLabel(saved.label);
    setSchedule(saved.schedule);
    setNote(saved.note);
  });
  const error = issueText(t, form.issueAt);
  const shown = (path: string) =>
    ['payload.item', 'payload.label', 'payload.note'].includes(path) ||
    path.startsWith('payload.schedule');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The schema decides on what was typed (CarePlanInput is the payload's input, as typed).
    const input: CarePlanInput = {
      item: item || undefined,
      label,
      schedule: toSchedule(schedule, timeZone),
      note,
    };
    if (await form.submit(() => tryPlanCare(patient.id, input))) {
      draft.clear();
      onSaved();
    }
  }

  return (
    <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
      <DraftNotice draft={draft} />
      <div className="form-grid">
        <Field label={t('charting.care.item')} error={error('payload.item')}>
          {(props) => (
            <select
              {...props}
              value={item}
              onChange={(e) => setItem(e.target.value as CareItemCode)}
            >
              <option value="">{t('patients.form.choose')}</option>
              {CARE_ITEMS.map((code) => (
                <option key={code} value={code}>
                  {t(`charting.care.items.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('charting.care.label')}
          hint={t('charting.care.labelHint')}
          error={error('payload.label')}
          value={label}
          onValue={setLabel}
        />
      </div>
      <ScheduleFields
        values={schedule}
        onChange={setSchedule}
        kinds={['fixed-times', 'every-n-hours', 'once']}
        error={error}
      />
      <TextField
        label={t('charting.care.note')}
        error={error('payload.note')}
        multiline
        value={note}
        onValue={setNote}
      />
      <FormStatusNotice status={form.status} saved={t('charting.saved.planned')} />
      <FormIssues status={form.status} shown={shown} />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {t('charting.care.save')}
      </button>
    </form>
  );
}
