import type { ReactNode } from 'react';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { DischargeScreen, EditScreen, LinkScreen, MoveScreen, ReadmitScreen } from './lazyActions';
import type { FrameContext } from './PatientFrame';
import { PatientScreen } from './PatientScreen';
import { PatientsDirectory } from './PatientsDirectory';

export const PATIENT_ACTIONS = ['move', 'discharge', 'edit', 'link', 'readmit'] as const;
export type PatientAction = (typeof PATIENT_ACTIONS)[number];

interface PatientRoutesProps {
  patientId: PatientId | null;
  action: PatientAction | null;
  /** Where to go once an action is saved: the patient's screen. */
  onSaved: (id: PatientId) => void;
  /** The charting sections of the patient's screen, composed by the app. */
  charting?: (patient: PatientState, bedLabel: FrameContext['bedLabel']) => ReactNode;
}

/** The patient screens: the list, one patient, and what can be done to a patient. */
export function PatientRoutes({ patientId, action, onSaved, charting }: PatientRoutesProps) {
  if (!patientId) return <PatientsDirectory />;
  const props = { patientId, onSaved };
  switch (action) {
    case 'move':
      return <MoveScreen {...props} />;
    case 'discharge':
      return <DischargeScreen {...props} />;
    case 'edit':
      return <EditScreen {...props} />;
    case 'link':
      return <LinkScreen {...props} />;
    case 'readmit':
      return <ReadmitScreen {...props} />;
    default:
      return <PatientScreen key={patientId} patientId={patientId} charting={charting} />;
  }
}
