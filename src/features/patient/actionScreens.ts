// What is done to a patient, in one chunk (loaded by lazyActions.ts).
export { AdmitScreen, ReadmitScreen } from './AdmitScreen';
export { DischargeScreen } from './DischargeScreen';
export { EditScreen } from './EditScreen';
export { LinkScreen } from './LinkScreen';
export { MoveScreen } from './MoveScreen';
