import { db } from '../../../src/db/db';
import { createWard } from '../../../src/db/createWard';
import { lockSession } from '../../../src/db/session';

export const PASSPHRASE = 'cheval agrafe lune';

/**
 * A fresh database with a ward, unlocked, and one nurse charting. Few PBKDF2 iterations
 * keep the suite fast; the real count is tested in tests/unit/crypto.
 */
export async function freshWard() {
  lockSession();
  await db.delete();
  await db.open();
  await createWard(
    { name: 'Médecine 3', establishment: 'CH Sud' },
    { name: 'Alice Martin', initials: 'AM', role: 'nurse' },
    { value: PASSPHRASE, confirmation: PASSPHRASE },
    { iterations: 1000 },
  );
}

export const identity = (birthName: string, firstName = 'Jeanne') => ({
  birthName,
  firstName,
  birthDate: '1950-04-12',
  sex: 'F' as const,
});
