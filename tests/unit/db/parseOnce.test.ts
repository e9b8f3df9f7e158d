import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { addBed } from '../../../src/db/beds';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { createWard } from '../../../src/db/createWard';
import { dischargePatient, linkIdentifier, updatePatient } from '../../../src/db/patientChanges';
import { admitPatient, readPatient } from '../../../src/db/patients';
import { lockSession } from '../../../src/db/session';
import { addSelf } from '../../../src/db/ward';
import { admissionSchema } from '../../../src/domain/admission';
import { payloadSchemas } from '../../../src/domain/events';
import type { BedId, PatientId } from '../../../src/domain/ids';
import { generateTempId } from '../../../src/domain/tempId';
import { freshWard, PASSPHRASE } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

// Issue 11, point 3: a write parses its payload once (its domain validator, or the event's
// schema), then builds the event from the parsed value; and a refused write changes nothing.

const TEMP = generateTempId('tablet-a', 3);
let bed: BedId;
let other: BedId;
let id: PatientId;

beforeEach(async () => {
  await freshWard();
  bed = await addBed({ label: '1' });
  other = await addBed({ label: '2' });
  id = await admit({
    bedId: bed,
    identity: { ...admission().identity, ipp: undefined, tempId: TEMP },
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  return lockSession();
});

/** Counts every parse of these schemas (each method is its own entry point in zod 4). */
function countParses(...schemas: readonly z.ZodType[]): () => number {
  const spies = schemas.flatMap((schema) => [
    vi.spyOn(schema, 'parse'),
    vi.spyOn(schema, 'safeParse'),
    vi.spyOn(schema, 'parseAsync'),
    vi.spyOn(schema, 'safeParseAsync'),
  ]);
  return () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
}

/** What a write could change: the log, the projections and the device's own rows. */
const stored = async () => ({
  events: await db.events.toArray(),
  patients: await db.patients.toArray(),
  local: await db.local.toArray(),
});

/** Runs a write that must be refused; returns what it said. */
async function refused(write: () => Promise<unknown>) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const result = await attempt(write);
  if (result.ok) throw new Error('the write was not refused');
  return result.failure;
}

describe('a write parses its payload once', () => {
  it('discharge', async () => {
    const parses = countParses(payloadSchemas['patient.discharged']);
    await dischargePatient(id, { destination: 'home', detail: '', at: hoursAgo(1) });
    expect(parses()).toBe(1);
    expect((await readPatient(id))?.status).toBe('discharged');
  });

  it('identifier link', async () => {
    const parses = countParses(payloadSchemas['patient.identifierLinked']);
    expect(await linkIdentifier(id, '87654321')).toEqual({ saved: true, value: id });
    expect(parses()).toBe(1);
  });

  it('admission, by its validator only', async () => {
    const parses = countParses(admissionSchema, payloadSchemas['patient.admitted']);
    const result = await admitPatient(
      admission('PETIT', { admittedAt: hoursAgo(2), bedId: other }),
    );
    expect(result.saved).toBe(true);
    expect(parses()).toBe(1);
    const admitted = result.saved ? await readPatient(result.value) : null;
    expect(admitted).toMatchObject({ bed: other, status: 'admitted' });
  });

  it('header change, by the admission validator only', async () => {
    const state = await readPatient(id);
    if (!state) throw new Error('not admitted');
    const parses = countParses(admissionSchema, payloadSchemas['patient.updated']);
    const input = { ...admission(), identity: { ...admission().identity, firstName: 'Marie' } };
    const result = await updatePatient(id, input, 'Erreur de saisie', {
      opened: state,
    });
    expect(result).toEqual({ saved: true, value: id });
    expect(parses()).toBe(1);
    expect((await readPatient(id))?.identity.firstName).toBe('Marie');
  });

  it('a person adding herself', async () => {
    const parses = countParses(payloadSchemas['staff.added']);
    await addSelf({ name: 'Chloé Bernard', initials: 'cb', role: 'nurse' });
    expect(parses()).toBe(1);
  });

  it('a new ward and its first person', async () => {
    lockSession();
    await db.delete();
    await db.open();
    const ward = countParses(payloadSchemas['ward.configured']);
    const staff = countParses(payloadSchemas['staff.added']);
    await createWard(
      { name: 'Médecine 3', establishment: 'CH Sud' },
      { name: 'Alice Martin', initials: 'AM', role: 'nurse' },
      { value: PASSPHRASE, confirmation: PASSPHRASE },
      { iterations: 1000 },
    );
    expect([ward(), staff()]).toEqual([1, 1]);
  });
});

describe('a refused write changes nothing', () => {
  it('discharge, link, admission, header change and a person adding herself', async () => {
    const state = await readPatient(id);
    if (!state) throw new Error('not admitted');
    const before = await stored();
    const said = [
      await refused(() => dischargePatient(id, { destination: '', detail: '', at: hoursAgo(1) })),
      await refused(() => linkIdentifier(id, '12')),
      await refused(() =>
        admitPatient(admission('PETIT', { admittedAt: hoursAgo(2), bedId: bed })),
      ),
      await refused(() => updatePatient(id, admission(), ' ', { opened: state })),
      await refused(() => addSelf({ name: 'Chloé Bernard', initials: '', role: 'nurse' })),
    ];
    expect(said.map((failure) => failure.kind)).toEqual(Array(5).fill('validation'));
    expect(await stored()).toEqual(before);
  });

  it('a new ward with a weak passphrase', async () => {
    lockSession();
    await db.delete();
    await db.open();
    const failure = await refused(() =>
      createWard(
        { name: 'Médecine 3', establishment: 'CH Sud' },
        { name: 'Alice Martin', initials: 'AM', role: 'nurse' },
        { value: 'court', confirmation: 'court' },
        { iterations: 1000 },
      ),
    );
    expect(failure.kind).toBe('validation');
    // Locked (no ward was opened): the rows are counted, not read.
    expect([await db.events.count(), await db.patients.count(), await db.local.count()]).toEqual([
      0, 0, 0,
    ]);
  });
});
