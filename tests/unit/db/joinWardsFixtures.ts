import { appendEvent } from '../../../src/db/append';
import { addBed } from '../../../src/db/beds';
import { db } from '../../../src/db/db';
import { createWard } from '../../../src/db/createWard';
import { unlockWard } from '../../../src/db/lock';
import { makeWardFile } from '../../../src/db/wardFile';
import { changeWardSettings, readWard } from '../../../src/db/ward';
import { setAuthor } from '../../../src/db/session';
import type { BedId, PatientId } from '../../../src/domain/ids';
import { freshWard, identity, PASSPHRASE } from './fixtures';
import { admit } from './patientFixtures';
import { loadTablet, saveTablet, type Tablet } from './tablets';
import { emptyTablet } from './wardFileFixtures';

export const OTHER_PASSPHRASE = 'girafe piano mardi';

/** A ward with beds 1 to 3 (or the labels given), a patient admitted in `bed` who is charted. */
async function admitAndChart(labels: string[], bed: string, name: string) {
  const beds = new Map<string, BedId>();
  for (const label of labels) beds.set(label, await addBed({ label }));
  const patientId = await admit({ bedId: beds.get(bed) }, name);
  await appendEvent({ type: 'note.written', patientId, payload: { text: `Note ${name}` } });
  return { beds, patientId };
}

export interface TwoWards {
  a: Tablet;
  b: Tablet;
  /** B's ward file (its whole log). */
  fileOfB: File;
  inA: PatientId;
  inB: PatientId[];
}

/** Opens a saved tablet with its passphrase, its first staff member charting. */
export async function openTablet(tablet: Tablet, passphrase: string): Promise<void> {
  await loadTablet(tablet);
  const outcome = await unlockWard(passphrase);
  if (!outcome.ok) throw new Error(`not unlocked: ${outcome.reason}`);
  const first = (await readWard())?.staff[0];
  if (first) setAuthor(first);
}

/**
 * The night of the outage: tablet A creates "Médecine 3" and admits DURAND in bed 2; tablet B,
 * on its own, creates "Médecine 3 nuit", changes its settings, admits DURAND in bed 2 too and
 * MARTIN in bed 4 (a bed A does not have). Each charts a note. B makes its ward file.
 */
export async function twoWards(): Promise<TwoWards> {
  await freshWard();
  const { patientId: inA } = await admitAndChart(['1', '2', '3'], '2', 'DURAND');
  const a = await saveTablet();
  await emptyTablet();
  await createWard(
    { name: 'Médecine 3 nuit', establishment: 'CH Sud' },
    { name: 'Marie Curie', initials: 'MC', role: 'nurse' },
    { value: OTHER_PASSPHRASE, confirmation: OTHER_PASSPHRASE },
    { iterations: 1000 },
  );
  await changeWardSettings({ glucoseUnit: 'mmol/L' });
  const first = await admitAndChart(['1', '2', '4'], '2', 'DURAND');
  const other = await admit(
    {
      bedId: first.beds.get('4'),
      identity: {
        ...identity('MARTIN', 'Louis'),
        birthDate: '1942-02-03',
        sex: 'M',
        ipp: '87654321',
      },
    },
    'MARTIN',
  );
  const { blob, fileName } = await makeWardFile();
  const b = await saveTablet();
  await openTablet(a, PASSPHRASE);
  return { a, b, fileOfB: new File([blob], fileName), inA, inB: [first.patientId, other] };
}

export const allEvents = () => db.events.toArray();
