import { Dexie } from 'dexie';

/**
 * The tablet works on the real ward or on a training ward ("Mode formation"), never both:
 * each is its own IndexedDB database, chosen before the database opens. The choice is the
 * device's (localStorage, shared by every tab), so that all tabs show the same ward.
 */
export type AppMode = 'ward' | 'training';

export const DATABASE_NAMES: Record<AppMode, string> = {
  ward: 'releve',
  training: 'releve-formation',
};

/** Where the choice is kept; a change in another tab reloads this one (app/useModeSync). */
export const MODE_KEY = 'releve.mode';

export const currentMode = (): AppMode =>
  globalThis.localStorage?.getItem(MODE_KEY) === 'training' ? 'training' : 'ward';

/** Where localStorage keeps whether a database held a ward (db/wardHint.ts). */
export const wardHintKey = (database: string) => `releve.wardHeld.${database}`;

/** The next start opens the training ward. The real ward is not touched. */
export function chooseTraining(): void {
  globalThis.localStorage?.setItem(MODE_KEY, 'training');
}

/**
 * Deletes the training database, everything in it, and goes back to the real ward at the next
 * start. Only the training database's name is ever passed to delete.
 */
export async function deleteTraining(close: () => void): Promise<void> {
  close();
  await Dexie.delete(DATABASE_NAMES.training);
  globalThis.localStorage?.removeItem(wardHintKey(DATABASE_NAMES.training));
  globalThis.localStorage?.removeItem(MODE_KEY);
}
