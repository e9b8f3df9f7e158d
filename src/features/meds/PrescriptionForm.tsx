import { useState, type FormEvent } from 'react';
import type { WardEvent } from '../../domain/events';
import type { EventId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { prescriptions } from '../../domain/prescriptions';
import { matchAllergies } from '../../domain/allergyCheck';
import { useI18n } from '../../i18n/I18nProvider';
import { AllergyBanner } from '../../ui/AllergyBanner';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { ScheduleFields } from '../../ui/ScheduleFields';
import { TextField } from '../../ui/TextField';
import { useReadNow, useTimeZone } from '../../ui/wardTime';
import { useWriteForm } from '../../ui/useWriteForm';
import { DoseRouteFields } from './DoseRouteFields';
import { AllergyWarning } from './AllergyWarning';
import { useMedRights, tryPrescribe } from './hooks';
import { MedLine } from './MedLine';
import { emptyPrescription, fromPrescription, toPrescriptionInput } from './prescriptionValues';

interface PrescriptionFormProps {
  patient: PatientState;
  events: readonly WardEvent[];
  /** A change: the prescription it replaces (stopped when the new one starts). */
  replaces?: string | null;
  onSaved: () => void;
}

const FIELDS = ['drug', 'dose.value', 'dose.unit', 'route', 'prescriber', 'orderDate', 'note'];

/** Transcribes a paper prescription, or changes one (a stop and a new one, linked). */
export function PrescriptionForm({ patient, events, replaces, onSaved }: PrescriptionFormProps) {
  const readNow = useReadNow();
  const timeZone = useTimeZone();
  const { t } = useI18n();
  const form = useWriteForm();
  const old = replaces ? prescriptions(events).find((p) => p.id === replaces) : undefined;
  const [values, setValues] = useState(() =>
    old ? fromPrescription(old, readNow(), timeZone) : emptyPrescription(readNow(), timeZone),
  );
  const [reason, setReason] = useState('');
  const [allergyChecked, setAllergyChecked] = useState(false);
  const [allergyReason, setAllergyReason] = useState('');
  const rights = useMedRights();
  const matches = matchAllergies(values.drug, patient.header.allergies);
  const error = issueText(t, form.issueAt);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const shown = (path: string) =>
    FIELDS.some((f) => path === `payload.${f}`) ||
    path.startsWith('payload.schedule') ||
    path === 'stop.reason' ||
    path === 'payload.replaces' ||
    path.startsWith('payload.allergyOverride');

  if (replaces && !old) return <p>{t('charting.meds.unknown')}</p>;
  if (!rights.prescribe) return <Notice tone="info">{t('medSafety.roles.prescribing')}</Notice>;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const change = old ? { prescriptionId: old.id as EventId, reason } : undefined;
    // The allergies the warning showed go with the override: the write checks them again.
    const allergyOverride =
      allergyChecked && matches.length > 0
        ? { shown: matches.map((m) => m.allergy.substance), reason: allergyReason }
        : undefined;
    const input = { ...toPrescriptionInput(values, timeZone), allergyOverride };
    if (await form.submit(() => tryPrescribe(patient.id, input, change))) onSaved();
  }

  return (
    <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
      <AllergyBanner allergies={patient.header.allergies} />
      {!patient.header.allergies && <Notice tone="info">{t('census.allergiesUnknown')}</Notice>}
      {old && (
        <div className="panel">
          <p>
            <strong>{t('charting.meds.replacing')}</strong>
          </p>
          <MedLine prescription={old} />
          <TextField
            label={t('charting.meds.changeReason')}
            error={error('stop.reason') ?? error('payload.replaces')}
            value={reason}
            onValue={setReason}
          />
        </div>
      )}
      <div className="form-grid">
        <TextField
          label={t('charting.meds.drug')}
          hint={t('charting.meds.drugHint')}
          error={error('payload.drug')}
          value={values.drug}
          onValue={(drug) => set({ drug })}
        />
        <DoseRouteFields values={values} onChange={set} error={error} />
      </div>
      <AllergyWarning
        drug={values.drug}
        matches={matches}
        checked={allergyChecked}
        onCheck={setAllergyChecked}
        reason={allergyReason}
        onReason={setAllergyReason}
        error={error('payload.allergyOverride') ?? error('payload.allergyOverride.reason')}
      />
      <ScheduleFields
        values={values.schedule}
        onChange={(schedule) => set({ schedule })}
        kinds={['fixed-times', 'every-n-hours', 'once', 'prn']}
        error={error}
      />
      <div className="form-grid">
        <TextField
          label={t('charting.meds.prescriber')}
          error={error('payload.prescriber')}
          value={values.prescriber}
          onValue={(prescriber) => set({ prescriber })}
        />
        <TextField
          label={t('charting.meds.orderDate')}
          hint={t('patients.form.birthDateHint')}
          error={error('payload.orderDate')}
          inputMode="numeric"
          value={values.orderDate}
          onValue={(orderDate) => set({ orderDate })}
        />
      </div>
      <ChoiceField legend={t('charting.meds.highAlertTitle')}>
        <Choice
          type="checkbox"
          name="high-alert"
          label={t('charting.meds.highAlert')}
          checked={values.highAlert}
          onChange={(highAlert) => set({ highAlert })}
        />
      </ChoiceField>
      <TextField
        label={t('charting.meds.note')}
        error={error('payload.note')}
        multiline
        value={values.note}
        onValue={(note) => set({ note })}
      />
      <FormStatusNotice status={form.status} saved={t('charting.saved.prescribed')} />
      <FormIssues status={form.status} shown={shown} />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {old ? t('charting.meds.saveChange') : t('charting.meds.save')}
      </button>
    </form>
  );
}
