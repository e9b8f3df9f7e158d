// Documents shaped like the tablets' sealed events: an id, and opaque base64 bytes.
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB, { type Doc } from 'pouchdb-node';

const KEY = randomBytes(32);

/** AES-256-GCM of the text, in base64, as a tablet seals an event with the ward key. */
export function seal(text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

/** n sealed documents, about 600 bytes of base64 each (the size of a sealed event). */
export function sealedDocs(n: number, tablet: string, clear = 'vitals 120/80'): Doc[] {
  const filler = 'x'.repeat(400);
  return Array.from({ length: n }, (_, i) => ({
    _id: `ev-${tablet}-${String(i).padStart(7, '0')}`,
    ct: seal(`${clear} ${i} ${filler}`),
  }));
}

/** A tablet's local PouchDB in its own temporary folder. */
export async function localDb(name: string): Promise<{ db: PouchDB; remove: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `releve-tablet-${name}-`));
  const db = new PouchDB(join(dir, 'db'));
  await db.info();
  return {
    db,
    remove: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
