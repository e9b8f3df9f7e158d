import { patientsOf, type Conflict } from '../../domain/conflicts/types';
import type { PatientId } from '../../domain/ids';
import { useBeds } from '../../hooks/beds';
import { useI18n } from '../../i18n/I18nProvider';
import { useConflictText } from './conflictText';
import '../../ui/conflicts.css';

/** On a patient's card: "⚠ CONFLIT" and what about, for each conflict that names them. */
export function ConflictBadge({
  patientId,
  conflicts,
}: {
  patientId: PatientId;
  conflicts: readonly Conflict[] | undefined;
}) {
  const mine = (conflicts ?? []).filter((c) => patientsOf(c).includes(patientId));
  // Most cards have none: only those that do read the beds (one live query per card else).
  return mine.length === 0 ? null : <ConflictBadges conflicts={mine} />;
}

function ConflictBadges({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t } = useI18n();
  const text = useConflictText(useBeds());
  return (
    <span className="card-flags">
      {conflicts.map((conflict) => (
        <span key={conflict.key} className="badge badge-conflict">
          {t('conflicts.badge', { what: text.kind(conflict) })}
        </span>
      ))}
    </span>
  );
}
