import { useState, type FormEvent } from 'react';
import type { Bed } from '../../domain/beds';
import type { PatientId } from '../../domain/ids';
import { roomMates } from '../../domain/moves';
import type { PatientState } from '../../domain/patient';
import { DateTimeField } from '../../ui/DateTimeField';
import { typedAt } from './admissionValues';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { useWriteForm } from '../../ui/useWriteForm';
import { flash } from './flash';
import { tryMovePatient, trySwapPatients, useWardPatients } from './hooks';
import { PatientFrame } from './PatientFrame';
import { useTimeZone, useTypedNow } from '../../ui/wardTime';

/** A free bed to move to, or a present patient to exchange beds with. */
type Target = { bed: string } | { swap: PatientState };

/**
 * Moves the patient to a free bed, or swaps beds with another patient (two moves at once), at
 * the time it happened (now by default). Each bed says who else is in its room, by sex.
 */
export function MoveScreen({
  patientId,
  onSaved,
}: {
  patientId: PatientId;
  onSaved: (id: PatientId) => void;
}) {
  const { t } = useI18n();
  const patients = useWardPatients();
  const form = useWriteForm();
  const [target, setTarget] = useState<Target | null>(null);
  const now = useTypedNow();
  const timeZone = useTimeZone();
  const [at, setAt] = useState(now);
  const error = issueText(t, form.issueAt);
  const present = patients?.filter((p) => p.status === 'admitted') ?? [];
  const taken = new Set(present.map((p) => p.bed));
  const others = present.filter((p) => p.id !== patientId && p.bed);
  const swapWith = target && 'swap' in target ? target.swap : null;
  const chosenBed = target && 'bed' in target ? target.bed : '';

  /** "chambre partagée avec : une femme", for a bed whose room has someone else in it. */
  const roomText = (beds: Bed[], bedId: string, leaving: string[]) => {
    const mates = roomMates(beds, present, bedId, leaving);
    return mates.length === 0
      ? ''
      : ` — ${t('escalation.moves.roomWith', {
          sexes: mates.map((p) => t(`escalation.moves.sexes.${p.identity.sex}`)).join(', '),
        })}`;
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const id = patientId;
    const saved = swapWith
      ? await form.submit(() => trySwapPatients(id, swapWith.id, typedAt(at, timeZone)))
      : await form.submit(() => tryMovePatient(id, chosenBed, typedAt(at, timeZone)));
    if (saved) {
      flash('moved');
      onSaved(id);
    }
  }

  return (
    <PatientFrame patientId={patientId} back="patient" title={t('patients.patient.moveTitle')}>
      {({ beds, bedLabel, patient }) => {
        const free = beds.filter((b) => !b.unavailable && !taken.has(b.bedId));
        const bedName = (bed: Bed) =>
          `${t('patients.board.bed', { label: bed.label })}${
            bed.room ? ` (${t('patients.board.room', { room: bed.room })})` : ''
          }`;
        return (
          <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
            <ChoiceField legend={t('patients.patient.moveTo')} error={error('bedId')} inline>
              {free.length === 0 && <p>{t('patients.patient.noFreeBed')}</p>}
              {free.map((bed) => (
                <Choice
                  key={bed.bedId}
                  type="radio"
                  name="bed"
                  label={`${bedName(bed)}${roomText(beds, bed.bedId, [patientId])}`}
                  checked={chosenBed === bed.bedId}
                  onChange={() => setTarget({ bed: bed.bedId })}
                />
              ))}
            </ChoiceField>
            <ChoiceField legend={t('escalation.moves.swapLegend')}>
              {others.length === 0 && <p>{t('escalation.moves.noOther')}</p>}
              {others.map((other) => (
                <Choice
                  key={other.id}
                  type="radio"
                  name="bed"
                  label={`${t('escalation.moves.swapWith', {
                    bed: bedLabel(other.bed) ?? '?',
                    name: `${other.identity.birthName.toLocaleUpperCase('fr')} ${other.identity.firstName}`,
                    sex: t(`patients.identity.sexes.${other.identity.sex}`),
                  })}${roomText(beds, other.bed ?? '', [patientId, other.id])}`}
                  checked={swapWith?.id === other.id}
                  onChange={() => setTarget({ swap: other })}
                />
              ))}
            </ChoiceField>
            {swapWith && (
              <Notice tone="info">
                {t('escalation.moves.swapNotice', {
                  name: `${swapWith.identity.birthName.toLocaleUpperCase('fr')} ${swapWith.identity.firstName}`,
                  bed: bedLabel(patient.bed) ?? '?',
                })}
              </Notice>
            )}
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
