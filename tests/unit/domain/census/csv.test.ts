import { describe, expect, it } from 'vitest';
import { readCsvCensus } from '../../../../src/domain/census/csv';
import { checkCensusSize, decodeCensus } from '../../../../src/domain/census/decode';
import { CENSUS_TEMPLATE_CSV } from '../../../../src/domain/census/template';
import { CensusFileError } from '../../../../src/domain/census/types';

const HEADER =
  'IPP;Nom de naissance;Nom utilisé;Prénoms;Date de naissance;Sexe;Lieu de naissance (INSEE);Lit;Entrée (date et heure);Motif;Médecin;Allergies;Isolement;Niveau de soins;Poids (kg);Taille (cm);Régime';
const ROW =
  '00123456;DUPONT;;Marie Louise;14/03/1950;F;75056;1;28/11/2026 08:00;Pneumopathie;Dr Martin;Pénicilline : urticaire (sévère) | Latex;aucun;pas de RCP;61,5;162;Diabétique';

const fileError = (read: () => unknown): { code: string; detail?: string } => {
  try {
    read();
  } catch (error) {
    if (error instanceof CensusFileError) return { code: error.code, detail: error.detail };
    throw error;
  }
  throw new Error('no CensusFileError');
};

describe('readCsvCensus', () => {
  it('reads the template: two patients, French dates on the ward clock, imported', () => {
    const file = readCsvCensus(CENSUS_TEMPLATE_CSV, 'modele.csv', 'Europe/Paris');
    expect(file.format).toBe('csv');
    expect(file.records).toHaveLength(2);
    const [first, second] = file.records;
    expect(first?.source).toEqual({ line: 2 });
    expect(first?.issues).toEqual([]);
    expect(first?.identity).toMatchObject({
      ipp: '00123456',
      birthName: 'DUPONT',
      firstName: 'Marie',
      firstNames: 'Marie Louise',
      birthDate: '1950-03-14',
      sex: 'F',
      birthPlaceCode: '75056',
    });
    expect(first?.admission).toMatchObject({
      admittedAt: '2026-11-28T08:00:00.000+01:00',
      reason: 'Pneumopathie',
      physician: 'Dr Martin',
      allergies: {
        status: 'known',
        items: [
          { substance: 'Pénicilline', reaction: 'urticaire', severity: 'severe' },
          { substance: 'Latex', severity: 'unknown' },
        ],
      },
      isolation: ['none'],
      levelOfCare: 'noCpr',
      weightKg: 61.5,
      heightCm: 162,
      diet: 'Diabétique',
      bed: '1',
      imported: { format: 'csv', file: 'modele.csv' },
    });
    expect(second?.identity).toMatchObject({ usedName: 'LEROY', firstName: 'Jean-Pierre' });
    expect(second?.admission).toMatchObject({
      allergies: { status: 'noneKnown' },
      isolation: ['contact'],
    });
  });

  it('reads "," as well as ";", without a BOM, with quotes and LF', () => {
    const comma = `${HEADER.replace(/;/g, ',')}\n${ROW.replace('61,5', '"61,5"').replace(/;/g, ',')}\n`;
    const file = readCsvCensus(comma, 'virgule.csv');
    expect(file.records[0]?.issues).toEqual([]);
    expect(file.records[0]?.admission).toMatchObject({ weightKg: 61.5, reason: 'Pneumopathie' });
  });

  it('matches headers whatever their case, accents and order; AAAA-MM-JJ dates too', () => {
    const text = [
      'motif;MEDECIN;ipp;nom de naissance;PRENOM;date de naissance;sexe;entree;isolement',
      '"Chute; fracture";Dr Roux;1234567;Durand;Paul;1940-01-31;H;2026-11-29 9h05;contact + gouttelettes',
    ].join('\r\n');
    const [record] = readCsvCensus(text, 'export.csv').records;
    expect(record?.issues).toEqual([]);
    expect(record?.identity).toMatchObject({ ipp: '1234567', sex: 'M', birthDate: '1940-01-31' });
    expect(record?.admission).toMatchObject({
      reason: 'Chute; fracture',
      admittedAt: '2026-11-29T09:05:00.000+01:00',
      isolation: ['contact', 'droplet'],
    });
    // No allergies column: not recorded, never "none known".
    expect(record?.admission.allergies).toBeUndefined();
  });

  it('gives each row its problems with its line number', () => {
    const text = [
      HEADER,
      ROW,
      ROW.replace('00123456', '222222').replace('14/03/1950', '31/02/1950'),
      ROW.replace('00123456', '333333').replace(';F;', ';X;').replace('28/11/2026 08:00', 'hier'),
    ].join('\n');
    const records = readCsvCensus(text, 'f.csv').records;
    expect(records.map((r) => r.source.line)).toEqual([2, 3, 4]);
    expect(records[0]?.issues).toEqual([]);
    // 31/02 has the shape of a date: the admission rules refuse it when planned.
    expect(records[1]?.identity.birthDate).toBe('1950-02-31');
    expect(records[2]?.issues).toEqual([
      { path: 'identity.sex', code: 'invalid' },
      { path: 'admittedAt', code: 'invalidDate' },
    ]);
    const bad = readCsvCensus(`${HEADER}\n${ROW.replace('14/03/1950', '14 mars 50')}`, 'f.csv');
    expect(bad.records[0]?.issues).toEqual([{ path: 'identity.birthDate', code: 'invalidDate' }]);
  });

  it('marks a duplicate IPP on both lines', () => {
    const text = [HEADER, ROW, ROW.replace('00123456', '999999'), ROW].join('\n');
    const issues = readCsvCensus(text, 'f.csv').records.map((r) => r.issues);
    expect(issues).toEqual([
      [{ path: 'identity.ipp', code: 'duplicateIpp' }],
      [],
      [{ path: 'identity.ipp', code: 'duplicateIpp' }],
    ]);
  });

  it('refuses a file missing required columns, naming them', () => {
    const text = 'IPP;Nom de naissance;Prénoms\n123456;DUPONT;Marie';
    expect(fileError(() => readCsvCensus(text, 'f.csv'))).toEqual({
      code: 'missingColumns',
      detail: 'Date de naissance, Sexe, Entrée (date et heure), Motif, Médecin, Isolement',
    });
  });

  it('refuses a file separated by tabs or pipes', () => {
    expect(
      fileError(() =>
        readCsvCensus(`${HEADER.replace(/;/g, '\t')}\n${ROW.replace(/;/g, '\t')}`, 'f.csv'),
      ).code,
    ).toBe('wrongSeparator');
    expect(fileError(() => readCsvCensus(`${HEADER.replace(/;/g, '|')}\n`, 'f.csv')).code).toBe(
      'wrongSeparator',
    );
  });

  it('refuses an empty file, a header alone, and random bytes', () => {
    expect(fileError(() => readCsvCensus('', 'f.csv')).code).toBe('empty');
    expect(fileError(() => readCsvCensus('\uFEFF  \r\n', 'f.csv')).code).toBe('empty');
    expect(fileError(() => readCsvCensus(`${HEADER}\r\n;;;\r\n`, 'f.csv')).code).toBe('noRows');
    let seed = 42;
    const random = Uint8Array.from(
      { length: 4096 },
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256,
    );
    expect(fileError(() => decodeCensus(random)).code).toBe('notText');
    const asText = new TextDecoder().decode(random);
    expect(fileError(() => readCsvCensus(asText, 'f.csv')).code).toBe('notText');
  });

  it('marks a row with an unclosed quote or extra columns', () => {
    const text = [HEADER, `${ROW};en trop`].join('\n');
    expect(readCsvCensus(text, 'f.csv').records[0]?.issues).toEqual([{ path: '', code: 'badRow' }]);
  });
});

describe('decodeCensus and checkCensusSize', () => {
  it('reads UTF-8 with or without a BOM, and Windows-1252 as a French spreadsheet saves it', () => {
    const utf8 = new TextEncoder().encode('\uFEFFNom;Prénom\nÉlise;Zoé');
    expect(decodeCensus(utf8)).toBe('Nom;Prénom\nÉlise;Zoé');
    const latin = Uint8Array.from([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d]); // "Prénom"
    expect(decodeCensus(latin)).toBe('Prénom');
  });

  it('refuses above 20 MB before reading, and an empty file', () => {
    expect(fileError(() => checkCensusSize(50 * 1024 * 1024)).code).toBe('tooBig');
    expect(fileError(() => checkCensusSize(0)).code).toBe('empty');
    expect(() => checkCensusSize(20 * 1024 * 1024)).not.toThrow();
  });
});
