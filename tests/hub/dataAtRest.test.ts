// The hub stores what it is given and nothing else: sealed documents leave no clear trace
// of their content in its data directory (no clear index, log or copy of it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import PouchDB, { type Doc } from 'pouchdb-node';
import { addWard, hubHome, startHubProcess, stopAllHubs } from './hubProcess';
import { seal } from './sealedDocs';

const home = hubHome();
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});
const MARKER = 'DUPONT-Jeanne-tachycardie-142';

/** The files under a folder that contain the marker as bytes (UTF-8 or UTF-16). */
function filesWithMarker(dir: string): string[] {
  const needles = [Buffer.from(MARKER, 'utf8'), Buffer.from(MARKER, 'utf16le')];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .filter((path) => {
      const bytes = readFileSync(path);
      return needles.some((needle) => bytes.includes(needle));
    });
}

it('keeps sealed documents sealed on disk, and the scan does find clear text', async () => {
  const sealedWard = addWard(home.dataDir, 'sealed');
  const clearWard = addWard(home.dataDir, 'clear');
  const hub = await startHubProcess(home);
  const put = async (ward: typeof sealedWard, docs: Doc[]) => {
    const remote = new PouchDB(`${hub.url}/hub/${ward.db}`, {
      auth: { username: ward.user, password: ward.password },
    });
    const source = new PouchDB(join(home.dataDir, '..', `tablet-${ward.db}`));
    await source.bulkDocs(docs);
    await source.replicate.to(remote);
    await source.destroy();
  };
  const event = (i: number) =>
    JSON.stringify({ patient: MARKER, vitals: { hr: 142 }, note: `${MARKER} ${i}` });
  await put(
    sealedWard,
    Array.from({ length: 200 }, (_, i) => ({ _id: `ev-${i}`, ct: seal(event(i)) })),
  );
  // The control: the same content in clear, in another ward, must be found by the scan.
  await put(clearWard, [{ _id: 'ev-clear', note: event(0) }]);
  await hub.kill();

  expect(filesWithMarker(join(home.dataDir, clearWard.db)).length).toBeGreaterThan(0);
  const found = filesWithMarker(home.dataDir).filter(
    (path) => !path.startsWith(join(home.dataDir, clearWard.db)),
  );
  expect(found).toEqual([]);
  expect(hub.output()).not.toContain(MARKER);
});
