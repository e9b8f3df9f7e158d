import { DAY } from '../domain/demo/clock';
import { demoWard } from '../domain/demo/demoWard';
import type { WardId } from '../domain/ids';
import { toIsoWithOffset } from '../domain/time';
import { writeEvents } from './append';
import { dbNow } from './clock';
import { db } from './db';
import { DATABASE_NAMES } from './mode';

/** Three days of a busy ward: enough history to practise on, quick to write. */
export const TRAINING_DAYS = 3;
const TRAINING_SEED = 2026;
const BATCH = 500;

/**
 * Fills a new training ward with the demo ward's last days up to now, in batches (progress
 * is reported after each). The ward keeps the name the nurse gave it. Refuses to run on any
 * database but the training one: fictitious patients must never reach a real ward.
 */
export async function fillTrainingWard(
  wardId: WardId,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  if (db.name !== DATABASE_NAMES.training) throw new Error('Not the training database');
  const start = toIsoWithOffset(new Date(dbNow().getTime() - TRAINING_DAYS * DAY));
  const events = demoWard({ seed: TRAINING_SEED, days: TRAINING_DAYS, start, wardId }).filter(
    (event) => event.type !== 'ward.configured',
  );
  for (let done = 0; done < events.length; done += BATCH) {
    await writeEvents(events.slice(done, done + BATCH));
    onProgress(Math.min(done + BATCH, events.length), events.length);
  }
}
