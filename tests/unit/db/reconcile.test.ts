import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordVitals } from '../../../src/db/chartWrites';
import { db } from '../../../src/db/db';
import { markReentered, readReconcileSources, unmarkReentered } from '../../../src/db/reconcile';
import { reconcile } from '../../../src/domain/reconcile';
import { freshWard } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

const worklist = async () => reconcile(await readReconcileSources());
const later = () => vi.setSystemTime(Date.now() + 60_000);

beforeEach(freshWard);

describe('reconciliation read and ticks, through the write path', () => {
  it('counts the patients’ entries, ticks a line, shows a later entry, undoes a tick', async () => {
    const id = await admit();
    await recordVitals(id, { temperature: 37.2 }, hoursAgo(2));
    await recordVitals(id, { temperature: 37.9 }, hoursAgo(1));
    let list = await worklist();
    expect(list.lines.map((l) => [l.kind, l.total, l.left])).toEqual([
      ['stay', 1, 1],
      ['vitals', 2, 2],
    ]);
    // Ward-level events (ward, staff) are not lines.
    expect(await db.events.count()).toBe(5);

    const vitals = list.lines[1];
    later();
    const tick = await markReentered(id, 'vitals', vitals?.lastEnteredMs ?? 0);
    list = await worklist();
    expect(list.lines[1]).toMatchObject({ total: 2, left: 0, done: true });
    expect(list.lines[1]?.tick).toMatchObject({ id: tick.id, by: { initials: 'AM' } });
    expect(list.ward).toEqual({ done: 1, total: 2 });

    later();
    await recordVitals(id, { temperature: 38.4 }, hoursAgo(0.5));
    list = await worklist();
    expect(list.lines[1]).toMatchObject({ total: 3, left: 1, done: false });

    later();
    await unmarkReentered(tick.id, 'Coché par erreur');
    list = await worklist();
    expect(list.lines.map((l) => [l.kind, l.total, l.left])).toEqual([
      ['stay', 1, 1],
      ['vitals', 3, 3],
    ]);
  });
});
