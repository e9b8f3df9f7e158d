import { useState, type FormEvent } from 'react';
import { DISCHARGE_DESTINATIONS } from '../../domain/header';
import type { PatientId } from '../../domain/ids';
import { DateTimeField } from '../../ui/DateTimeField';
import { typedAt } from './admissionValues';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { useWriteForm } from '../../ui/useWriteForm';
import { flash } from './flash';
import { tryDischarge } from './hooks';
import { PatientFrame } from './PatientFrame';
import { useTimeZone, useTypedNow } from '../../ui/wardTime';

/** The patient leaves: where to, and when. The bed is free from that time. */
export function DischargeScreen({
  patientId,
  onSaved,
}: {
  patientId: PatientId;
  onSaved: (id: PatientId) => void;
}) {
  const { t } = useI18n();
  const form = useWriteForm();
  const [destination, setDestination] = useState('');
  const [detail, setDetail] = useState('');
  const now = useTypedNow();
  const timeZone = useTimeZone();
  const [at, setAt] = useState(now);
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = { destination, detail, at: typedAt(at, timeZone) };
    if (await form.submit(() => tryDischarge(patientId, input))) {
      flash('discharged');
      onSaved(patientId);
    }
  }

  return (
    <PatientFrame patientId={patientId} back="patient" title={t('patients.patient.dischargeTitle')}>
      {() => (
        <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
          <div className="form-grid">
            <Field label={t('patients.patient.destination')} error={error('payload.destination')}>
              {(props) => (
                <select
                  {...props}
                  value={destination}
                  onChange={(e) => setDestination(e.target.value)}
                >
                  <option value="">{t('patients.form.choose')}</option>
                  {DISCHARGE_DESTINATIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`patients.patient.destinations.${d}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={t('patients.patient.detail')}
              hint={t('patients.patient.detailHint')}
              error={error('payload.detail')}
              value={detail}
              onValue={setDetail}
            />
          </div>
          <DateTimeField
            legend={t('patients.patient.dischargeAt')}
            error={error('at')}
            value={at}
            onChange={setAt}
            onNow={() => setAt(now())}
          />
          <FormStatusNotice status={form.status} saved={t('patients.patient.saved.discharged')} />
          <FormIssues
            status={form.status}
            shown={(path) => ['payload.destination', 'payload.detail', 'at'].includes(path)}
          />
          <button
            type="submit"
            className="button-primary"
            disabled={form.status.state === 'saving'}
          >
            {t('patients.patient.dischargeTitle')}
          </button>
        </form>
      )}
    </PatientFrame>
  );
}
