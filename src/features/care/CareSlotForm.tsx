import { useState, type FormEvent } from 'react';
import type { CareSlot } from '../../domain/carePlan';
import type { EventId, PatientId } from '../../domain/ids';
import { useI18n } from '../../i18n/I18nProvider';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryRecordCare } from './hooks';

interface CareSlotFormProps {
  patientId: PatientId;
  careId: EventId;
  slot: CareSlot;
  label: string;
  onDone: () => void;
}

/** Done in one tap; not done asks why. Recorded now, for this slot. */
export function CareSlotForm({ patientId, careId, slot, label, onDone }: CareSlotFormProps) {
  const { t, formatTime } = useI18n();
  const form = useWriteForm();
  const [reason, setReason] = useState('');
  const draft = useDraft('care-slot', `${careId}/${slot.dueAt}`, { reason }, (saved) =>
    setReason(saved.reason),
  );
  const error = issueText(t, form.issueAt);

  const save = (outcome: 'done' | 'not-done') => async (event?: FormEvent) => {
    event?.preventDefault();
    const input = {
      careId,
      dueAt: slot.dueAt,
      outcome,
      reason: outcome === 'done' ? undefined : reason,
    };
    if (await form.submit(() => tryRecordCare(patientId, input, undefined))) {
      draft.clear();
      onDone();
    }
  };

  return (
    <form
      autoComplete="off"
      className="care-slot-form"
      onSubmit={(event) => void save('not-done')(event)}
      noValidate
      aria-label={t('charting.care.recordSlot', { item: label, time: formatTime(slot.dueAt) })}
    >
      <DraftNotice draft={draft} />
      <button type="button" className="button-primary" onClick={() => void save('done')()}>
        ✓ {t('charting.care.done')}
      </button>
      <TextField
        label={t('charting.care.notDoneReason')}
        error={error('payload.reason')}
        value={reason}
        onValue={setReason}
      />
      <button type="submit" className="button-secondary">
        {t('charting.care.notDone')}
      </button>
      <FormStatusNotice status={form.status} saved="" />
      <FormIssues status={form.status} shown={(path) => path === 'payload.reason'} />
    </form>
  );
}
