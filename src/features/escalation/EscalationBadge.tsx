import { escalationDue } from '../../domain/escalation';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { useEscalationText } from '../../ui/escalationText';
import { useNow } from '../../ui/useNow';

/** On a bed card: a medical call is still to be recorded for the last set, and what to say. */
export function EscalationBadge({
  patient,
  sources,
}: {
  patient: PatientState;
  /** The last set of the stay and the calls and corrections since, from the board's read. */
  sources: readonly WardEvent[] | undefined;
}) {
  const { t } = useI18n();
  const text = useEscalationText();
  const now = useNow();
  if (!sources || patient.status !== 'admitted') return null;
  const due = escalationDue(sources, now, patient.header.levelOfCare, patient.header.spo2Scale);
  if (!due) return null;
  return (
    <span className="card-escalation" data-testid="card-escalation">
      <strong className="badge badge-escalation">⚠ {t('escalation.due')}</strong>{' '}
      <span>{text(due.message)}</span>
    </span>
  );
}
