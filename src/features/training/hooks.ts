import { useEffect, useSyncExternalStore } from 'react';
import { db } from '../../db/db';
import { attempt } from '../../db/errors';
import { chooseTraining, currentMode, deleteTraining, MODE_KEY } from '../../db/mode';
import type { WardId } from '../../domain/ids';

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

export type Filling =
  { state: 'idle' | 'done' | 'failed' } | { state: 'filling'; done: number; total: number };

let filling: Filling = { state: 'idle' };
const listeners = new Set<() => void>();
const setFilling = (next: Filling) => {
  filling = next;
  listeners.forEach((listener) => listener());
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * Fills the training ward just created with the demo ward's last days, in the background: the
 * board shows the patients as they arrive, the band shows how far it is.
 */
export function startFilling(wardId: WardId): void {
  setFilling({ state: 'filling', done: 0, total: 0 });
  // The demo generator loads only here (its own chunk, precached): not at every start.
  import('../../db/trainingWard')
    .then(({ fillTrainingWard }) =>
      fillTrainingWard(wardId, (done, total) => setFilling({ state: 'filling', done, total })),
    )
    .then(
      () => setFilling({ state: 'done' }),
      () => setFilling({ state: 'failed' }),
    );
}

export const useFilling = (): Filling => useSyncExternalStore(subscribe, () => filling);
