import { BoardScreen } from '../features/board/BoardScreen';
import { ConflictBadge } from '../features/conflicts/ConflictBadge';
import { ConflictSummary } from '../features/conflicts/ConflictSummary';
import { useWardConflicts } from '../features/conflicts/hooks';
import { BackupReminder } from '../features/tablets/BackupReminder';
import { EscalationBadge } from '../features/escalation/EscalationBadge';
import { ObservationBadge } from '../features/vitals/ObservationBadge';
import { DataUpTo } from '../features/sync/DataUpTo';

/**
 * The board, composed: charting's badges on each card, and the conflicts between tablets
 * (read once for the whole board) at the top and on the cards they concern, the ward
 * file reminder, and how far the ward goes on this tablet (data up to, last hub exchange).
 */
export function Board() {
  const read = useWardConflicts();
  return (
    <BoardScreen
      top={
        <>
          {read && <ConflictSummary conflicts={read.conflicts} patients={read.patients} />}
          <BackupReminder />
          <DataUpTo />
        </>
      }
      indicators={(patient, charting) => (
        <>
          <ObservationBadge patient={patient} last={charting?.last} />
          <EscalationBadge patient={patient} sources={charting?.escalation} />
          <ConflictBadge patientId={patient.id} conflicts={read?.conflicts} />
        </>
      )}
    />
  );
}
