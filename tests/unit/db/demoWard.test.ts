import { expect, it } from 'vitest';
import { writeEvents } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { rebuildProjections } from '../../../src/db/projections';
import { demoWard } from '../../../src/domain/demo/demoWard';
import { freshWard } from './fixtures';

const snapshot = async () => ({
  patients: (await db.patients.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
  lastVitals: (await db.lastVitals.toArray()).sort((a, b) => (a.patientId < b.patientId ? -1 : 1)),
});

it('writes three days of the demo ward through writeEvents; a rebuild gives the same projections', async () => {
  await freshWard();
  const wardId = await getLocal('wardId');
  if (!wardId) throw new Error('no ward');
  const events = demoWard({ seed: 3, days: 3, start: '2026-11-20T07:00:00+01:00', wardId });
  // Batches in entry order, as a ward file or a hub pull would bring them.
  for (let i = 0; i < events.length; i += 500) await writeEvents(events.slice(i, i + 500));
  expect(await db.events.count()).toBe(events.length + 2);
  const incremental = await snapshot();
  expect(incremental.patients.length).toBeGreaterThan(25);
  expect(incremental.lastVitals.length).toBeGreaterThan(20);
  await rebuildProjections();
  expect(await snapshot()).toEqual(incremental);
}, 300_000);
