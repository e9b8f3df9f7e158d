import { readBeds } from '../../../src/db/beds';
import { readBoardCharting } from '../../../src/db/boardReads';
import { readPatientChart } from '../../../src/db/chartReads';
import { readDeviceNames } from '../../../src/db/devices';
import { readBoard, readHistoryWindow, readPatient } from '../../../src/db/patients';
import { readWard, readWardNotes } from '../../../src/db/ward';
import type { PatientId } from '../../../src/domain/ids';

// The reads each screen's live queries run when it opens: one line per hook mounted (keep in
// step with the screens: features/board, features/patient, app/ChartSections).

/** BoardScreen (ward name, board, log book, every card's NEWS2 and escalation badges). */
export async function boardReads(): Promise<void> {
  const [, { board }] = await Promise.all([readWard(), readBoard(), readWardNotes(50)]);
  const present = board.slots.flatMap((slot) => slot.patients);
  await readBoardCharting(present);
}

/** PatientFrame, PatientScreen (place and history: one read), ChartSections, its timeline. */
export async function patientScreenReads(id: PatientId): Promise<void> {
  await Promise.all([
    readPatient(id), // PatientFrame: usePatient
    readBeds(), // PatientFrame: useBeds (the timeline's labels come from it)
    readHistoryWindow(id, 30), // PatientScreen: usePatientHistory (its first window)
    readDeviceNames(), // PatientHistory: useDeviceNames
    readPatientChart(id), // ChartSections: usePatientChart
    readDeviceNames(), // TimelinePanel: useDeviceNames
  ]);
}
