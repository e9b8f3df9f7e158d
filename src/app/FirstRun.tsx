import { DEMO_WARD } from '../domain/demo/demoWardName';
import { PurgedNotice } from '../features/purge/PurgedNotice';
import { FirstRunScreen } from '../features/setup/FirstRunScreen';
import { TrainingEntry } from '../features/training/TrainingEntry';
import { inTraining, startFilling } from '../features/training/hooks';

/** A device with no ward yet (or a training ward to fill): shown once, so its own chunk. */
export function FirstRun() {
  return (
    <>
      <PurgedNotice />
      <FirstRunScreen
        {...(inTraining()
          ? { initialWard: DEMO_WARD, onCreated: startFilling, offerJoin: false }
          : {})}
      >
        <TrainingEntry firstRun />
      </FirstRunScreen>
    </>
  );
}
