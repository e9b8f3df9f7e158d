import { useState, type FormEvent } from 'react';
import type { PatientId } from '../../domain/ids';
import { isoToTyped } from '../../domain/wallTime';
import { DateTimeField } from '../../ui/DateTimeField';
import { typedAt } from './admissionValues';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { useWriteForm } from '../../ui/useWriteForm';
import { flash } from './flash';
import { useMovePatient, useWardPatients } from './hooks';
import { PatientFrame } from './PatientFrame';

/** Moves the patient to a free bed, at the time it happened (now by default). */
export function MoveScreen({
  patientId,
  onSaved,
}: {
  patientId: string;
  onSaved: (id: PatientId) => void;
}) {
  const { t } = useI18n();
  const move = useMovePatient();
  const patients = useWardPatients();
  const form = useWriteForm();
  const [bedId, setBedId] = useState('');
  const now = () => isoToTyped(new Date().toISOString());
  const [at, setAt] = useState(now);
  const error = issueText(t, form.issueAt);
  const taken = new Set(patients?.filter((p) => p.status === 'admitted').map((p) => p.bed));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.submit(() => move(patientId as PatientId, bedId, typedAt(at)));
    if (saved) {
      flash('moved');
      onSaved(patientId as PatientId);
    }
  }

  return (
    <PatientFrame patientId={patientId} back="patient" title={t('patients.patient.moveTitle')}>
      {({ beds }) => {
        const free = beds.filter((b) => !b.unavailable && !taken.has(b.bedId));
        return (
          <form autoComplete="off" onSubmit={onSubmit} noValidate>
            <ChoiceField legend={t('patients.patient.moveTo')} error={error('bedId')} inline>
              {free.length === 0 && <p>{t('patients.patient.noFreeBed')}</p>}
              {free.map((bed) => (
                <Choice
                  key={bed.bedId}
                  type="radio"
                  name="bed"
                  label={`${t('patients.board.bed', { label: bed.label })}${
                    bed.room ? ` (${t('patients.board.room', { room: bed.room })})` : ''
                  }`}
                  checked={bedId === bed.bedId}
                  onChange={() => setBedId(bed.bedId)}
                />
              ))}
            </ChoiceField>
            <DateTimeField
              legend={t('patients.patient.moveAt')}
              error={error('at')}
              value={at}
              onChange={setAt}
              onNow={() => setAt(now())}
            />
            <FormStatusNotice status={form.status} saved={t('patients.patient.saved.moved')} />
            <FormIssues status={form.status} shown={(path) => path === 'bedId' || path === 'at'} />
            <button
              type="submit"
              className="button-primary"
              disabled={form.status.state === 'saving'}
            >
              {t('patients.patient.moveTitle')}
            </button>
          </form>
        );
      }}
    </PatientFrame>
  );
}
