import { useLiveQuery } from 'dexie-react-hooks';
import { attempt } from '../../db/errors';
import { readWardPatients } from '../../db/patients';
import { markReentered, readReconcileSources, unmarkReentered } from '../../db/reconcile';
import type { EventId, PatientId } from '../../domain/ids';
import { reconcile, type ReconcileKind, type Worklist } from '../../domain/reconcile';

export interface ReconcileView {
  worklist: Worklist;
  /** Patients with lines, by name, with the name the list shows. */
  patients: { id: PatientId; name: string }[];
}

async function readView(): Promise<ReconcileView> {
  const [sources, states] = await Promise.all([readReconcileSources(), readWardPatients()]);
  const worklist = reconcile(sources);
  const names = new Map(
    states.map((p) => [p.id, `${p.identity.birthName.toUpperCase()} ${p.identity.firstName}`]),
  );
  const patients = [...worklist.byPatient.keys()]
    .map((id) => ({ id, name: names.get(id) ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { worklist, patients };
}

/** The back-entry worklist, live: a tick or an entry on another tab shows at once. */
export const useReconcile = () => useLiveQuery(readView);

export const tryMarkReentered = (patientId: PatientId, kind: ReconcileKind, throughMs: number) =>
  attempt(() => markReentered(patientId, kind, throughMs));

export const tryUnmarkReentered = (tickId: EventId, reason: string) =>
  attempt(() => unmarkReentered(tickId, reason));
