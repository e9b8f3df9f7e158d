import { beforeAll, expect, it } from 'vitest';
import { chosenLogPages, wardLogPages, type LogWindow } from '../../../src/db/exportPages';
import { readWardLog } from '../../../src/db/exportReads';
import { toCsv } from '../../../src/domain/export/csv';
import type { ExportSelection } from '../../../src/domain/export/select';
import { instantOf } from '../../../src/domain/time';
import { buildExport } from '../../../src/features/recovery/hooks';
import { freshWard } from './fixtures';
import { recordDemo } from './wardFileFixtures';

// The Data screen's CSV reads the log a page at a time (wardLogPages) and each patient's
// header when their first row comes: the same file as toCsv over the whole log (readWardLog).

beforeAll(async () => {
  await freshWard();
  await recordDemo(2, 5, 6);
}, 300_000);

async function pagedIds(bounds: LogWindow, pageSize: number) {
  const ids: string[] = [];
  let largest = 0;
  for await (const page of wardLogPages(bounds, pageSize)) {
    ids.push(...page.map((event) => event.id));
    largest = Math.max(largest, page.length);
  }
  return { ids, largest };
}

it('pages the log in its order, none skipped nor twice, entries of one millisecond together', async () => {
  const { events } = await readWardLog();
  const atMs = events.map((event) => instantOf(event.at));
  // Entries sharing a millisecond, which a page must not split nor repeat.
  expect(atMs.some((ms, i) => ms === atMs[i - 1])).toBe(true);
  const all = events.map((event) => event.id);
  for (const size of [1, 2, 3, 64, 5000]) {
    const { ids, largest } = await pagedIds({}, size);
    expect(ids).toEqual(all);
    expect(largest).toBeLessThanOrEqual(Math.max(size, 2));
  }
  const bounds = { fromMs: atMs[100], toMs: atMs[900] };
  const inside = events.filter((_, i) => (atMs[i] ?? 0) >= (atMs[100] ?? 0));
  const span = inside.filter((event) => instantOf(event.at) < (atMs[900] ?? 0));
  expect((await pagedIds(bounds, 7)).ids).toEqual(span.map((event) => event.id));
}, 300_000);

it('pages only the chosen patients’ entries, merged in the log’s order', async () => {
  const { events } = await readWardLog();
  const patients = [...new Set(events.flatMap((event) => event.patientId ?? []))];
  const fromMs = instantOf('2026-11-21T03:00:00+01:00');
  for (const chosen of [patients.slice(0, 1), patients.slice(1, 4), patients]) {
    for (const [bounds, size] of [
      [{}, 1],
      [{}, 3],
      [{ fromMs }, 2000],
    ] as const) {
      const ids: string[] = [];
      for await (const page of chosenLogPages(chosen, bounds, size)) {
        expect(page.length).toBeLessThanOrEqual(size);
        ids.push(...page.map((event) => event.id));
      }
      const expected = events.filter(
        (event) =>
          event.patientId !== null &&
          chosen.includes(event.patientId) &&
          instantOf(event.at) >= (bounds.fromMs ?? -Infinity),
      );
      expect(ids).toEqual(expected.map((event) => event.id));
    }
  }
}, 300_000);

async function csvFile(selection: ExportSelection) {
  const seen: [number, number][] = [];
  const file = await buildExport({ kind: 'csv', ...selection }, (done, total) =>
    seen.push([done, total]),
  );
  // The bytes, BOM included (Blob.text() drops it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.blob.arrayBuffer());
  return { file, text, seen };
}

it('builds the Data screen’s CSV of the whole ward, saying how far it has gone', async () => {
  const { events } = await readWardLog();
  const { file, text, seen } = await csvFile({});
  expect(text).toBe(toCsv(events));
  expect(file.counts.rows).toBe(events.length);
  expect(file.name).toMatch(/^releve-.*\.csv$/);
  expect(seen.at(-1)).toEqual([events.length, events.length]);
  expect(seen.every(([done], i) => done > (seen[i - 1]?.[0] ?? 0))).toBe(true);
}, 300_000);

it('keeps to the chosen patients and window', async () => {
  const { events } = await readWardLog();
  const patientIds = [...new Set(events.flatMap((event) => event.patientId ?? []))].slice(1, 3);
  const span = { from: '2026-11-20T20:00:00+01:00', to: '2026-11-21T20:00:00+01:00' };
  for (const selection of [span, { patientIds }, { patientIds, ...span }]) {
    const { file, text } = await csvFile(selection);
    const expected = toCsv(events, selection);
    expect(text).toBe(expected);
    expect(file.counts.rows).toBe(expected.split('\r\n').length - 2);
    expect(file.counts.rows).toBeGreaterThan(20);
  }
}, 300_000);
