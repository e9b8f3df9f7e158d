import { db } from '../../../src/db/db';
import { createWard } from '../../../src/db/ward';

/** A fresh database with a ward and one nurse charting. */
export async function freshWard() {
  await db.delete();
  await db.open();
  await createWard(
    { name: 'Médecine 3', establishment: 'CH Sud' },
    { name: 'Alice Martin', initials: 'AM', role: 'nurse' },
  );
}

export const identity = (birthName: string, firstName = 'Jeanne') => ({
  birthName,
  firstName,
  birthDate: '1950-04-12',
  sex: 'F' as const,
});
