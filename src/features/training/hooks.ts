import { useEffect } from 'react';
import { db } from '../../db/db';
import { attempt } from '../../db/errors';
import { chooseTraining, currentMode, deleteTraining, MODE_KEY } from '../../db/mode';

/** Whether this tablet works on the training ward; fixed for the life of the page. */
export const inTraining = (): boolean => currentMode() === 'training';

/** Restarts the page on the board: the other ward's screens mean nothing here. */
function restart(): void {
  history.replaceState(null, '', '#/');
  location.reload();
}

/** Opens the training ward: the page restarts on its own database, the real ward locked. */
export function enterTraining(): void {
  chooseTraining();
  restart();
}

/** Deletes the training ward and restarts on the real one; reports why not instead of throwing. */
export const tryLeaveTraining = () =>
  attempt(async () => {
    await deleteTraining(() => db.close());
    restart();
  });

/** Another tab entered or left training: this one follows, so no tab shows the other ward. */
export function useModeSync(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === MODE_KEY) location.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
