import { patientsOf, type Conflict } from '../../domain/conflicts/types';
import type { PatientState } from '../../domain/patient';
import { useBeds } from '../../hooks/beds';
import { useI18n } from '../../i18n/I18nProvider';
import { byId, patientName, useConflictText } from './conflictText';
import '../../ui/conflicts.css';

interface ConflictSummaryProps {
  conflicts: readonly Conflict[];
  patients: readonly PatientState[];
}

/**
 * At the top of the board: how many conflicts between tablets wait for a nurse, what each
 * is, and the patients' records, where each is settled. Nothing when there is none.
 */
export function ConflictSummary({ conflicts, patients }: ConflictSummaryProps) {
  const { t } = useI18n();
  const text = useConflictText(useBeds());
  if (conflicts.length === 0) return null;
  const people = byId(patients);
  return (
    <section className="panel conflicts" aria-labelledby="ward-conflicts-title">
      <h2 id="ward-conflicts-title">{t('conflicts.title')}</h2>
      <p className="conflicts-count">{t('conflicts.count', { count: conflicts.length })}</p>
      <ul className="conflicts-list">
        {conflicts.map((conflict) => (
          <li key={conflict.key}>
            <span className="conflict-kind">{text.kind(conflict)}</span>
            {patientsOf(conflict).map((id) => (
              <a
                key={id}
                className="button button-secondary"
                href={`#/patient/${id}`}
                aria-label={t('conflicts.open', { name: patientName(people.get(id)) })}
              >
                {patientName(people.get(id))}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
