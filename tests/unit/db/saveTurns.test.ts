import { afterEach, describe, expect, it } from 'vitest';
import { recordVitals } from '../../../src/db/chartWrites';
import { administer, prescribe } from '../../../src/db/medWrites';
import { lockSession } from '../../../src/db/session';
import { freshWard } from './fixtures';
import { admit, hoursAgo, paracetamol, prnDose, prnForPain } from './patientFixtures';

// Issue 12, the save delay: inside a save's transaction each read that waits for another's
// answer costs one more turn of IndexedDB, several milliseconds on a busy tablet. A dose's
// reads (ward, clock, device, prescriptions and doses, patient) are asked in one turn; a
// vitals set's in two (the patient's SpO2 scale goes into the event before its frame).

afterEach(() => lockSession());

const READS = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'];
const WRITES = ['add', 'put', 'delete'];

/**
 * The turns of reads of `write` before its first write: a read asked after some answer has
 * come starts a new turn. The keep-alive gets of the encryption (key -Infinity) are left out.
 */
async function readTurns(write: () => Promise<unknown>): Promise<number> {
  let answered = 0;
  let writing = false;
  const askedAfter = new Set<number>();
  const restore: (() => void)[] = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of [...READS, ...WRITES]) {
      const original: unknown = Reflect.get(proto, method);
      if (typeof original !== 'function') continue;
      const wrapped = function (this: unknown, ...args: unknown[]) {
        const request = (original as (...a: unknown[]) => IDBRequest).apply(this, args);
        if (WRITES.includes(method)) writing = true;
        else if (!writing && args[0] !== -Infinity) {
          askedAfter.add(answered);
          request.addEventListener('success', () => (answered += 1));
        }
        return request;
      };
      Object.defineProperty(proto, method, { value: wrapped, configurable: true, writable: true });
      restore.push(() =>
        Object.defineProperty(proto, method, {
          value: original,
          configurable: true,
          writable: true,
        }),
      );
    }
  }
  try {
    await write();
  } finally {
    for (const undo of restore) undo();
  }
  return askedAfter.size;
}

describe('a save reads in as few turns as it can', () => {
  it('a dose: one turn', async () => {
    await freshWard();
    const id = await admit();
    const rx = await prescribe(id, paracetamol(prnForPain()));
    expect(await readTurns(() => administer(id, prnDose(rx.id), hoursAgo(1)))).toBe(1);
  });

  it('a vitals set: two turns', async () => {
    await freshWard();
    const id = await admit();
    const set = {
      respiratoryRate: 16,
      spo2: 97,
      onOxygen: false,
      systolicBp: 120,
      pulse: 80,
      consciousness: 'A' as const,
      temperature: 37.2,
    };
    expect(await readTurns(() => recordVitals(id, set, hoursAgo(1)))).toBe(2);
  });
});
