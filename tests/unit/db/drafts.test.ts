import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { deleteDraft, readDraft, saveDraft } from '../../../src/db/drafts';
import { getSession, lockSession, setAuthor } from '../../../src/db/session';
import { unlockWard } from '../../../src/db/lock';
import { newId, type PatientId, type StaffId } from '../../../src/domain/ids';
import type { Author } from '../../../src/domain/staff';
import { freshWard, PASSPHRASE } from './fixtures';
import { asText, rawTables } from './rawTables';

let alice: Author;
const bruno: Author = {
  staffId: newId<StaffId>(),
  name: 'Bruno Leroy',
  initials: 'BL',
  role: 'nurse',
};
const patient = newId<PatientId>();
const other = newId<PatientId>();
const TYPED = { respiratoryRate: '24', comment: 'Marbrures des genoux', onOxygen: true };
const AT = new Date('2026-11-30T13:32:00Z');

beforeEach(async () => {
  await freshWard();
  const author = getSession().author;
  if (!author) throw new Error('no author');
  alice = author;
});

/** The drafts table as stored, without the key or the middleware. */
const rawDrafts = async (): Promise<string> => asText((await rawTables()).drafts);

describe('drafts of half-typed forms (issue 9)', () => {
  it('are stored encrypted: neither the values nor who typed them are in clear', async () => {
    await saveDraft('vitals', patient, TYPED, AT);
    const raw = await rawDrafts();
    expect(raw).toContain(patient); // the key (random ids) is what finds it
    for (const secret of ['Marbrures', '"respiratoryRate"', '24"', 'Alice', '14:32', '2026-11'])
      expect(raw, secret).not.toContain(secret);
    expect(await readDraft('vitals', patient)).toEqual({
      values: TYPED,
      savedAt: '2026-11-30T14:32:00.000+01:00',
      by: { name: 'Alice Martin', initials: 'AM' },
    });
  });

  it('come back after a lock for the same person only, for the same form and target', async () => {
    await saveDraft('vitals', patient, TYPED, AT);
    lockSession();
    await expect(readDraft('vitals', patient)).resolves.toBeUndefined(); // nobody charting
    expect((await unlockWard(PASSPHRASE)).ok).toBe(true);
    setAuthor(bruno);
    expect(await readDraft('vitals', patient)).toBeUndefined();
    setAuthor(alice);
    expect((await readDraft('vitals', patient))?.values).toEqual(TYPED);
    expect(await readDraft('vitals', other)).toBeUndefined();
    expect(await readDraft('note', patient)).toBeUndefined();
  });

  it('are never written or read while locked', async () => {
    await saveDraft('vitals', patient, TYPED, AT);
    lockSession();
    await expect(saveDraft('vitals', patient, TYPED, AT)).rejects.toThrow();
    await expect(db.drafts.get(JSON.stringify([alice.staffId, 'vitals', patient]))).rejects.toThrow(
      /locked/,
    );
  });

  it('are deleted on save or cancel, and only that person’s draft', async () => {
    await saveDraft('vitals', patient, TYPED, AT);
    setAuthor(bruno);
    await saveDraft('vitals', patient, { comment: 'Autre' }, AT);
    setAuthor(alice);
    await deleteDraft('vitals', patient);
    expect(await readDraft('vitals', patient)).toBeUndefined();
    setAuthor(bruno);
    expect((await readDraft('vitals', patient))?.values).toEqual({ comment: 'Autre' });
  });
});
