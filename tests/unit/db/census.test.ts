import { beforeEach, describe, expect, it } from 'vitest';
import { addBedSeries } from '../../../src/db/beds';
import { commitCensus, planCensusImport } from '../../../src/db/census';
import { setDbClock } from '../../../src/db/clock';
import { db } from '../../../src/db/db';
import { admitPatient, readWardPatients } from '../../../src/db/patients';
import { readCensusFile } from '../../../src/domain/census/read';
import { CENSUS_TEMPLATE_CSV } from '../../../src/domain/census/template';
import { CensusFileError } from '../../../src/domain/census/types';
import { fixedClock } from '../../../src/domain/time';
import { ValidationError } from '../../../src/domain/validation';
import { freshWard } from './fixtures';

const ZONE = 'Europe/Paris';
const bytes = (text: string) => new TextEncoder().encode(text);
const template = () => readCensusFile(bytes(CENSUS_TEMPLATE_CSV), 'modele.csv', ZONE);

beforeEach(async () => {
  setDbClock(fixedClock('2026-12-01T10:00:00+01:00'));
  await freshWard();
  await addBedSeries(1, 3);
});

const snapshot = async () => ({
  events: (await db.events.toArray()).map((e) => e.id).sort(),
  patients: (await db.patients.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
});

describe('census import: commit', () => {
  it('writes the preview, all of it, and importing the same file again changes nothing', async () => {
    const file = template();
    const plan = await planCensusImport(file);
    expect(await commitCensus(file, plan)).toEqual({ created: 2, updated: 0, written: 2 });
    const patients = await readWardPatients();
    expect(patients.map((p) => p.identity.ipp).sort()).toEqual(['00123456', '00123457']);
    const dupont = patients.find((p) => p.identity.birthName === 'DUPONT');
    expect(dupont?.header.allergies).toEqual({
      status: 'known',
      items: [
        { substance: 'Pénicilline', reaction: 'urticaire', severity: 'severe' },
        { substance: 'Latex', severity: 'unknown' },
      ],
    });
    const once = await snapshot();
    const again = await planCensusImport(template());
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, conflict: 0, invalid: 0 });
    expect(await commitCensus(template(), again)).toEqual({ created: 0, updated: 0, written: 0 });
    expect(await snapshot()).toEqual(once);
  });

  it('keeps allergies the file does not give as not recorded, never as none known', async () => {
    const text = CENSUS_TEMPLATE_CSV.replace('Pénicilline : urticaire (sévère) | Latex', '');
    const file = readCensusFile(bytes(text), 'sans-allergies.csv', ZONE);
    await commitCensus(file, await planCensusImport(file));
    const dupont = (await readWardPatients()).find((p) => p.identity.birthName === 'DUPONT');
    expect(dupont?.header.allergies).toBeUndefined();
    const stored = (await db.events.toArray()).find((e) => e.patientId === dupont?.id);
    expect(stored?.payload).toMatchObject({
      imported: { format: 'csv', file: 'sans-allergies.csv' },
    });
  });

  it('writes nothing when the ward changed since the preview', async () => {
    const file = template();
    const plan = await planCensusImport(file);
    // Meanwhile, another nurse admits someone else in bed 1.
    const bedId = (await db.events.toArray()).find((e) => e.type === 'bed.added')?.payload;
    await admitPatient({
      identity: {
        birthName: 'AUTRE',
        firstName: 'Luc',
        birthDate: '1960-01-01',
        sex: 'M',
        ipp: '777777',
      },
      admittedAt: '2026-12-01T09:00:00+01:00',
      reason: 'Chute',
      physician: 'Dr Roux',
      allergies: { status: 'noneKnown' },
      isolation: ['none'],
      bedId: (bedId as { bedId: string }).bedId,
    });
    const before = await snapshot();
    const commit = commitCensus(file, plan);
    await expect(commit).rejects.toThrow(ValidationError);
    await expect(commit).rejects.toMatchObject({
      issues: [{ path: '', code: 'changedMeanwhile' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves conflicts and invalid rows out, as the preview said', async () => {
    const text = CENSUS_TEMPLATE_CSV.replace('02/07/1948', '31/02/1948');
    const file = readCensusFile(bytes(text), 'f.csv', ZONE);
    const plan = await planCensusImport(file);
    expect(plan.counts).toMatchObject({ create: 1, invalid: 1 });
    expect(await commitCensus(file, plan)).toMatchObject({ created: 1, written: 1 });
    expect((await readWardPatients()).map((p) => p.identity.birthName)).toEqual(['DUPONT']);
  });

  it.each([
    ['an empty file', '', 'f.csv', 'empty'],
    ['random bytes', null, 'f.csv', 'notText'],
    ['missing columns', 'IPP;Nom de naissance\n123456;DUPONT\n', 'f.csv', 'missingColumns'],
    ['a wrong separator', CENSUS_TEMPLATE_CSV.replace(/;/g, '\t'), 'f.csv', 'wrongSeparator'],
    ['JSON that is not a Bundle', '{"resourceType":"Patient","id":"p1"}', 'f.json', 'notBundle'],
  ])('refuses %s with a clear code and the database unchanged', async (_, text, name, code) => {
    const before = await snapshot();
    let seed = 7;
    const input =
      text === null
        ? Uint8Array.from({ length: 2048 }, () => (seed = (seed * 48271) % 2147483647) % 256)
        : bytes(text);
    expect(() => readCensusFile(input, name, ZONE)).toThrow(CensusFileError);
    try {
      readCensusFile(input, name, ZONE);
    } catch (error) {
      expect(error).toMatchObject({ code });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a 50 MB file by its size, before reading it', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x3b);
    expect(() => readCensusFile(big, 'f.csv', ZONE)).toThrow(
      expect.objectContaining({ code: 'tooBig' }) as Error,
    );
  });

  it.each([
    ['bad dates', CENSUS_TEMPLATE_CSV.replace('14/03/1950', '14/13/1950'), ['00123457']],
    ['duplicate IPPs', CENSUS_TEMPLATE_CSV.replace('00123457', '00123456'), []],
  ])('imports nothing of rows with %s, and says which line', async (_, text, imported) => {
    const file = readCensusFile(bytes(text), 'f.csv', ZONE);
    const plan = await planCensusImport(file);
    const bad = plan.entries.filter((e) => e.kind === 'invalid');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((e) => e.source.line !== undefined && e.issues.length > 0)).toBe(true);
    await commitCensus(file, plan);
    expect((await readWardPatients()).map((p) => p.identity.ipp)).toEqual(imported);
  });
});
