import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { readCensusFile } from '../../../src/domain/census/read';
import { unresolved } from '../domain/fhir/fhirCheck';

const dir = mkdtempSync(join(tmpdir(), 'releve-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run export -- --demo', () => {
  it('writes the demo ward’s FHIR Bundle and CSV, and the census template, into the folder', () => {
    execFileSync('node', ['scripts/export.mjs', '--demo', '--days', '1', '--out', dir], {
      stdio: 'pipe',
    });
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    const json = files.find((name) => name.endsWith('.fhir.json')) ?? '';
    const csv = files.find((name) => name.endsWith('.csv') && !name.includes('modele')) ?? '';
    expect(json).toMatch(/^releve-medecine-polyvalente-3b-2026-11-03-0700\.fhir\.json$/);
    const bundle = JSON.parse(readFileSync(join(dir, json), 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.length).toBeGreaterThan(100);
    expect(unresolved(bundle)).toEqual([]);
    const text = readFileSync(join(dir, csv), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(Papa.parse(text.slice(1), { delimiter: ';' }).errors).toEqual([]);
    // The template reads back as a census of its two example patients.
    const template = readFileSync(join(dir, 'releve-recensement-modele.csv'));
    const census = readCensusFile(template, 'releve-recensement-modele.csv', 'Europe/Paris');
    expect(census.records.map((record) => record.issues)).toEqual([[], []]);
  }, 120_000);

  it('refuses to run without --demo or --out, saying why', () => {
    const run = (args: string[]) => () =>
      execFileSync('node', ['scripts/export.mjs', ...args], { stdio: 'pipe' });
    expect(run(['--out', dir])).toThrow(/--demo/);
    expect(run(['--demo'])).toThrow(/--out/);
  });
});
