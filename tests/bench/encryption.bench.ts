import { Dexie } from 'dexie';
import { bench, describe } from 'vitest';
import { db, type StoredEvent } from '../../src/db/db';
import { createWard } from '../../src/db/createWard';
import { newId, type EventId, type PatientId } from '../../src/domain/ids';

// What encryption at rest costs per recorded event: the same rows written to the app's
// database (AES-GCM through the middleware) and to a plain Dexie database with the same schema.
const plain = new Dexie('plain-bench');
plain.version(1).stores({ events: 'id, [wardId+atMs], [patientId+atMs], [type+atMs]' });

await db.delete();
await db.open();
await createWard(
  { name: 'Bench', establishment: 'CH' },
  { name: 'Alice Martin', initials: 'AM', role: 'nurse' },
  { value: 'bench bench bench', confirmation: 'bench bench bench' },
  { iterations: 1000 },
);
const template = (await db.events.toArray())[0] as StoredEvent;
const row = (): StoredEvent =>
  ({
    ...template,
    id: newId<EventId>(),
    patientId: newId<PatientId>(),
    type: 'note.written',
    payload: { text: 'Patiente agitée cette nuit, T 38.7 °C, appel interne à 3 h 10.' },
  }) as StoredEvent;

describe('one event written', () => {
  bench('encrypted (app database)', async () => {
    await db.events.add(row());
  });
  bench('plain Dexie, same schema', async () => {
    await plain.table('events').add(row());
  });
});

describe('100 events read back', () => {
  bench('encrypted (app database)', async () => {
    await db.events.limit(100).toArray();
  });
  bench('plain Dexie, same schema', async () => {
    await plain.table('events').limit(100).toArray();
  });
});
