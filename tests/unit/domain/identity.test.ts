import { describe, expect, it } from 'vitest';
import {
  birthDateProblem,
  identitySchema,
  nameTokens,
  patientIdentitySchema,
  SEXES,
  tempIdLinkSchema,
  validateIdentity,
} from '../../../src/domain/identity';
import { generateTempId } from '../../../src/domain/tempId';
import { schemaIssues, thrownIssues } from './validationHelpers';

const TODAY = '2026-11-29';
const TEMP_ID = generateTempId('0193a0e4-1c2d-7e3f-8a9b-0c1d2e3f4a5b', 12345);

const valid = (overrides: Record<string, unknown> = {}) => ({
  birthName: 'Dupont',
  firstName: 'Marie',
  birthDate: '1950-03-14',
  sex: 'F',
  ipp: '12345678',
  ...overrides,
});

const codes = (input: Record<string, unknown>) => schemaIssues(identitySchema, input);

describe('identitySchema', () => {
  it('accepts the traits it always accepted, and partial() still works for updates', () => {
    expect(identitySchema.parse(valid())).toEqual(valid());
    expect(identitySchema.partial().parse({ usedName: 'Martin' })).toEqual({ usedName: 'Martin' });
  });

  it.each(['birthName', 'firstName', 'birthDate', 'sex'])('requires %s', (key) => {
    expect(codes(valid({ [key]: undefined }))).toEqual([{ path: key, code: 'required' }]);
    expect(codes(valid({ [key]: null }))).toEqual([{ path: key, code: 'required' }]);
  });

  it.each(['birthName', 'firstName'])('refuses a blank %s as missing', (key) => {
    expect(codes(valid({ [key]: '   ' }))).toEqual([{ path: key, code: 'required' }]);
  });

  it.each([
    'Dupont',
    'DUPONT--DURAND',
    "N'Diaye",
    'O’Brien',
    "'t Hooft",
    'de la Tour d’Auvergne',
    'Éloïse-Marie',
    'Nguyễn',
    'Müller',
    'Ærø',
    'X',
  ])('accepts the name %s', (name) => {
    expect(codes(valid({ birthName: name, firstName: name, usedName: name }))).toEqual([]);
  });

  it.each(['Dupont2', 'J.', '-Dupont', 'Dupont-', "Dupont'", 'Marie, Louise', 'A@b', 'Jean_Paul'])(
    'refuses the name %s',
    (name) => {
      for (const key of ['birthName', 'firstName', 'usedName', 'firstNames', 'usedFirstName']) {
        expect(codes(valid({ [key]: name }))).toEqual([{ path: key, code: 'invalidName' }]);
      }
    },
  );

  it('refuses a name that is not text', () => {
    expect(codes(valid({ birthName: 42 }))).toEqual([{ path: 'birthName', code: 'invalidName' }]);
  });

  it('trims, collapses spaces and composes accents (NFC), keeping the case', () => {
    const parsed = identitySchema.parse(
      valid({ birthName: '  de   la  Tour ', firstName: 'E\u0301loi\u0308se' }),
    );
    expect(parsed.birthName).toBe('de la Tour');
    expect(parsed.firstName).toBe('Éloïse');
  });

  it('limits names to 80 characters (120 for the list of first names)', () => {
    expect(codes(valid({ birthName: 'A'.repeat(80) }))).toEqual([]);
    expect(codes(valid({ birthName: 'A'.repeat(81) }))).toEqual([
      { path: 'birthName', code: 'tooLong' },
    ]);
    expect(codes(valid({ firstNames: `Marie ${'A'.repeat(114)}` }))).toEqual([]);
    expect(codes(valid({ firstNames: `Marie ${'A'.repeat(115)}` }))).toEqual([
      { path: 'firstNames', code: 'tooLong' },
    ]);
  });

  it('turns blank optional traits into absent ones', () => {
    const parsed = identitySchema.parse(
      valid({ usedName: ' ', firstNames: '', usedFirstName: null, birthPlaceCode: '', ipp: '' }),
    );
    for (const key of ['usedName', 'firstNames', 'usedFirstName', 'birthPlaceCode', 'ipp']) {
      expect(parsed).not.toHaveProperty(key, expect.anything());
    }
  });

  it.each(['2024-02-29', '2000-02-29', '1950-12-31'])('accepts the real date %s', (date) => {
    expect(codes(valid({ birthDate: date }))).toEqual([]);
  });

  it.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '14/03/1950',
    '1950-03-14T00:00:00Z',
  ])('refuses the impossible or malformed date %s', (date) => {
    expect(codes(valid({ birthDate: date }))).toEqual([{ path: 'birthDate', code: 'invalidDate' }]);
  });

  it('accepts each sex F, M, I and nothing else', () => {
    for (const sex of SEXES) expect(codes(valid({ sex }))).toEqual([]);
    for (const sex of ['f', 'X', 'H', 1]) {
      expect(codes(valid({ sex }))).toEqual([{ path: 'sex', code: 'invalid' }]);
    }
  });

  it.each([
    ['75056', '75056'],
    ['2A004', '2A004'],
    ['2b033', '2B033'],
    ['99100', '99100'],
    ['97105', '97105'],
    [' 13055 ', '13055'],
  ])('accepts the INSEE place of birth %s', (code, stored) => {
    expect(identitySchema.parse(valid({ birthPlaceCode: code })).birthPlaceCode).toBe(stored);
  });

  it.each(['7505', '750561', '2C004', '2A04', '00123', 'ABCDE', 'Paris'])(
    'refuses the place of birth %s',
    (code) => {
      expect(codes(valid({ birthPlaceCode: code }))).toEqual([
        { path: 'birthPlaceCode', code: 'invalidBirthPlace' },
      ]);
    },
  );

  it.each([
    ['123456', '123456'],
    ['123456789012', '123456789012'],
    ['00123456', '00123456'],
    ['12 345 678', '12345678'],
  ])('accepts the IPP %s', (ipp, stored) => {
    expect(identitySchema.parse(valid({ ipp })).ipp).toBe(stored);
  });

  it.each(['12345', '1234567890123', '12A45678', '1234-5678', '-1234567'])(
    'refuses the IPP %s',
    (ipp) => {
      expect(codes(valid({ ipp }))).toEqual([{ path: 'ipp', code: 'invalidIpp' }]);
    },
  );

  it('accepts a temporary identifier in any case and stores its canonical form', () => {
    const parsed = identitySchema.parse(valid({ ipp: undefined, tempId: TEMP_ID.toLowerCase() }));
    expect(parsed.tempId).toBe(TEMP_ID);
  });

  it('refuses a temporary identifier that is not one', () => {
    for (const tempId of [
      'TMP-1234',
      '12345678',
      TEMP_ID.slice(0, -1) + (TEMP_ID.endsWith('0') ? '1' : '0'),
    ]) {
      expect(codes(valid({ tempId }))).toEqual([{ path: 'tempId', code: 'invalidTempId' }]);
    }
  });
});

describe('patientIdentitySchema: rules across traits', () => {
  const issues = (input: Record<string, unknown>) => schemaIssues(patientIdentitySchema, input);

  it('requires an IPP or a temporary identifier, either one is enough', () => {
    expect(issues(valid({ ipp: undefined }))).toEqual([{ path: 'ipp', code: 'missingIdentifier' }]);
    expect(issues(valid({ ipp: undefined, tempId: TEMP_ID }))).toEqual([]);
    expect(issues(valid({ tempId: TEMP_ID }))).toEqual([]);
  });

  it.each([
    ['Marie', 'Marie Louise Jeanne'],
    ['Jean-Pierre', 'Jean-Pierre Paul'],
    ['Jean Pierre', 'Jean Pierre Paul'],
    ['Eloise', 'éloïse marie'],
    ['Marie', 'Marie'],
  ])('accepts first name %s first in the list %s', (firstName, firstNames) => {
    expect(issues(valid({ firstName, firstNames }))).toEqual([]);
  });

  it.each([
    ['Jeanne', 'Marie Jeanne'],
    ['Jean', 'Jean-Pierre Paul'],
    ['Jean Pierre', 'Jean'],
    ['Mari', 'Marie Louise'],
    ['Jean Pierre', 'Jean-Pierre Paul'],
  ])('refuses first name %s with the list %s', (firstName, firstNames) => {
    expect(issues(valid({ firstName, firstNames }))).toEqual([
      { path: 'firstName', code: 'firstNameNotInList' },
    ]);
  });
});

describe('birth date against today', () => {
  it('accepts a birth today (a newborn) and refuses one tomorrow', () => {
    expect(birthDateProblem('2026-11-29', TODAY)).toBeUndefined();
    expect(birthDateProblem('2026-11-30', TODAY)).toBe('futureDate');
  });

  it('accepts exactly 130 years and refuses one day more', () => {
    expect(birthDateProblem('1896-11-29', TODAY)).toBeUndefined();
    expect(birthDateProblem('1896-11-28', TODAY)).toBe('tooOld');
  });

  it('counts 130 years from a 29 February that year 130 years back does not have', () => {
    expect(birthDateProblem('1898-03-01', '2028-02-29')).toBeUndefined();
    expect(birthDateProblem('1898-02-28', '2028-02-29')).toBe('tooOld');
  });

  it('refuses a today that is not a date: a programming error, not a user one', () => {
    expect(() => birthDateProblem('1950-01-01', '29/11/2026')).toThrow(RangeError);
  });
});

describe('validateIdentity', () => {
  it('returns the typed identity', () => {
    expect(validateIdentity(valid({ usedName: 'Martin' }), TODAY)).toEqual(
      valid({ usedName: 'Martin' }),
    );
  });

  it('reports the clock rules together with the other problems', () => {
    expect(
      thrownIssues(() =>
        validateIdentity(valid({ birthDate: '2027-01-01', birthName: 'D2' }), TODAY),
      ),
    ).toEqual([
      { path: 'birthName', code: 'invalidName' },
      { path: 'birthDate', code: 'futureDate' },
    ]);
    expect(thrownIssues(() => validateIdentity(valid({ birthDate: '1800-01-01' }), TODAY))).toEqual(
      [{ path: 'birthDate', code: 'tooOld' }],
    );
  });

  it('applies the rules across traits', () => {
    expect(thrownIssues(() => validateIdentity(valid({ ipp: undefined }), TODAY))).toEqual([
      { path: 'ipp', code: 'missingIdentifier' },
    ]);
  });

  it('does not report a clock rule on a date that is already invalid', () => {
    expect(thrownIssues(() => validateIdentity(valid({ birthDate: '2999-02-30' }), TODAY))).toEqual(
      [{ path: 'birthDate', code: 'invalidDate' }],
    );
  });
});

describe('nameTokens', () => {
  it('folds case, accents and ligatures and splits on separators', () => {
    expect(nameTokens("Éloïse-Marie d'Œuvray  Cœur")).toEqual([
      'ELOISE',
      'MARIE',
      'D',
      'OEUVRAY',
      'COEUR',
    ]);
    expect(nameTokens('Læticia')).toEqual(['LAETICIA']);
  });
});

describe('tempIdLinkSchema', () => {
  it('links a temporary identifier to an IPP, both in canonical form', () => {
    expect(tempIdLinkSchema.parse({ tempId: TEMP_ID.toLowerCase(), ipp: '12 345 678' })).toEqual({
      tempId: TEMP_ID,
      ipp: '12345678',
    });
  });

  it('requires both and checks their formats', () => {
    expect(schemaIssues(tempIdLinkSchema, {})).toEqual([
      { path: 'tempId', code: 'required' },
      { path: 'ipp', code: 'required' },
    ]);
    expect(schemaIssues(tempIdLinkSchema, { tempId: '12345678', ipp: TEMP_ID })).toEqual([
      { path: 'tempId', code: 'invalidTempId' },
      { path: 'ipp', code: 'invalidIpp' },
    ]);
  });
});
