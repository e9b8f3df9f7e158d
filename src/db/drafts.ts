import type { StaffId } from '../domain/ids';
import type { Author } from '../domain/staff';
import { toIsoWithOffset } from '../domain/time';
import { dbNow } from './clock';
import { intactOrNull } from './damage';
import { db, type DraftRow } from './db';
import { NoAuthorError } from './errors';
import { getSession } from './session';

/** A form's draft as read back: what was typed, when, and by whom. */
export type StoredDraft = DraftRow['draft'];

/**
 * One draft per person, form and target: another person charting never sees it, and the
 * same form opened for another patient (or another dose) starts empty.
 */
export const draftId = (staffId: StaffId, kind: string, targetId: string) =>
  JSON.stringify([staffId, kind, targetId]);

function currentStaff() {
  const author = getSession().author;
  if (!author) throw new NoAuthorError('Nobody is charting on this device');
  return author;
}

/**
 * Keeps what is typed in a form (plain JSON values), encrypted like every clinical field. Its
 * own small transaction: never part of a ward-log write.
 */
export async function saveDraft(
  kind: string,
  targetId: string,
  values: unknown,
  now = dbNow(),
  // A lock's last flush runs after the session has forgotten who was charting: the store
  // passes the person it was made for.
  author: Author = currentStaff(),
): Promise<void> {
  await db.drafts.put({
    id: draftId(author.staffId, kind, targetId),
    draft: {
      values,
      savedAt: toIsoWithOffset(now),
      by: { name: author.name, initials: author.initials },
    },
  });
}

/** The draft of the person charting now for this form and target, if any. */
export async function readDraft(kind: string, targetId: string): Promise<StoredDraft | undefined> {
  const author = getSession().author;
  if (!author) return undefined;
  // A damaged draft is listed in Settings like any record, and the form starts empty.
  return intactOrNull(await db.drafts.get(draftId(author.staffId, kind, targetId)))?.draft;
}

/** Discards the draft (saved or cancelled form). Deleting needs no key. */
export async function deleteDraft(
  kind: string,
  targetId: string,
  staffId: StaffId = currentStaff().staffId,
): Promise<void> {
  await db.drafts.delete(draftId(staffId, kind, targetId));
}
