import { useMemo, useState, type FormEvent } from 'react';
import type { WardEvent } from '../../domain/events';
import { escalationDue, type EscalationDue } from '../../domain/escalation';
import { INFORMED_ROLES, type InformedRole } from '../../domain/escalationSchema';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { DateTimeField } from '../../ui/DateTimeField';
import { useEscalationText } from '../../ui/escalationText';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { typedInstant } from '../../ui/scheduleValues';
import { TextField } from '../../ui/TextField';
import { useTimeZone, useTypedNow } from '../../ui/wardTime';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryRecordEscalation } from './hooks';

interface PanelProps {
  patient: PatientState;
  /** The events of the current stay. */
  events: readonly WardEvent[];
  now: string;
}

/**
 * At the top of the patient's charting: a score that triggers asks who was informed and
 * when, until it is recorded for that set. Nothing shows when no call is due.
 */
export function EscalationPanel({ patient, events, now }: PanelProps) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const { status, header } = patient;
  const due = useMemo(
    () =>
      status === 'admitted'
        ? escalationDue(events, now, header.levelOfCare, header.spo2Scale)
        : null,
    [status, events, now, header.levelOfCare, header.spo2Scale],
  );
  if (!due) return saved ? <Notice tone="success">{t('escalation.form.saved')}</Notice> : null;
  // A new set that triggers is a new request: the form starts again for it.
  return <EscalationForm key={due.vitals.id} patient={patient} due={due} onSaved={setSaved} />;
}

const SHOWN = new Set(['at', 'payload.role', 'payload.name', 'payload.response']);

function EscalationForm({
  patient,
  due,
  onSaved,
}: {
  patient: PatientState;
  due: EscalationDue;
  onSaved: (saved: boolean) => void;
}) {
  const typedNow = useTypedNow();
  const timeZone = useTimeZone();
  const { t, formatDateTime } = useI18n();
  const text = useEscalationText();
  const form = useWriteForm();
  const [role, setRole] = useState<InformedRole | ''>('');
  const [name, setName] = useState('');
  const [response, setResponse] = useState('');
  const [at, setAt] = useState(() => typedNow());
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const payload = { vitalsEventId: due.vitals.id, role: role as InformedRole, name, response };
    const ok = await form.submit(() =>
      tryRecordEscalation(patient.id, payload, typedInstant(at, timeZone)),
    );
    onSaved(ok !== undefined);
  }

  return (
    <section aria-labelledby="escalation-title" className="panel escalation-panel">
      <h2 id="escalation-title">⚠ {t('escalation.title')}</h2>
      <p className="escalation-message" data-testid="escalation-message">
        {text(due.message)}
      </p>
      <p>
        {t('escalation.set', {
          time: formatDateTime(due.vitals.at),
          total: due.vitals.news2.total,
        })}
      </p>
      <p className="field-hint">{t('escalation.form.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <ChoiceField legend={t('escalation.form.who')} error={error('payload.role')} inline>
          {INFORMED_ROLES.map((option) => (
            <Choice
              key={option}
              type="radio"
              name="informed-role"
              label={t(`escalation.form.roles.${option}`)}
              checked={role === option}
              onChange={() => setRole(option)}
            />
          ))}
        </ChoiceField>
        <TextField
          label={t('escalation.form.name')}
          hint={t('escalation.form.nameHint')}
          error={error('payload.name')}
          value={name}
          onValue={setName}
        />
        <DateTimeField
          legend={t('escalation.form.at')}
          error={error('at')}
          value={at}
          onChange={setAt}
          onNow={() => setAt(typedNow())}
        />
        <TextField
          label={t('escalation.form.response')}
          hint={t('escalation.form.responseHint')}
          error={error('payload.response')}
          multiline
          value={response}
          onValue={setResponse}
        />
        <FormStatusNotice status={form.status} saved={t('escalation.form.saved')} />
        <FormIssues status={form.status} shown={(path) => SHOWN.has(path)} />
        <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
          {t('escalation.form.submit')}
        </button>
      </form>
    </section>
  );
}
