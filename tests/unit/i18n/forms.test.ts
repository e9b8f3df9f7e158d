import { describe, expect, it } from 'vitest';
import { fr as frCatalog } from '../../../src/i18n/fr';
import { en as enCatalog } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/translate';
import { enKeys, frKeys } from './catalog';

const fr = translator('fr', frCatalog);
const en = translator('en', enCatalog);

describe('plurals, chosen with Intl.PluralRules from count', () => {
  it('French treats 0 and 1 as singular, 2 as plural', () => {
    expect(fr('patients.board.present', { count: 0 })).toBe('0 patient présent');
    expect(fr('patients.board.present', { count: 1 })).toBe('1 patient présent');
    expect(fr('patients.board.present', { count: 2 })).toBe('2 patients présents');
  });

  it('English treats only 1 as singular: "0 patients"', () => {
    expect(en('patients.board.present', { count: 0 })).toBe('0 patients on the ward');
    expect(en('patients.board.present', { count: 1 })).toBe('1 patient on the ward');
    expect(en('patients.board.present', { count: 2 })).toBe('2 patients on the ward');
  });

  it('agrees a unit with a fractional dose: "0,5 comprimé" but "0.5 tablets"', () => {
    expect(fr('charting.meds.units.tablet', { count: 0.5 })).toBe('comprimé');
    expect(fr('charting.meds.units.tablet', { count: 2 })).toBe('comprimés');
    expect(en('charting.meds.units.tablet', { count: 0.5 })).toBe('tablets');
    expect(en('charting.meds.units.patch', { count: 1 })).toBe('patch');
    expect(en('charting.meds.units.patch', { count: 3 })).toBe('patches');
  });

  it('reads a plural without count as its "other" form (a list label)', () => {
    expect(fr('charting.meds.units.drop')).toBe('gouttes');
    expect(en('charting.meds.units.drop')).toBe('drops');
  });

  it('agrees the as-needed count with the number of doses', () => {
    expect(en('charting.mar.prnCount', { count: 1, max: 4 })).toBe(
      'As needed: 1 dose in the last 24 h (maximum 4).',
    );
    expect(fr('medSafety.prn.limitReached', { count: 3, max: 3 })).toContain('3 doses sur 24 h');
  });

  it('no message in either language writes a plural as "(s)"', () => {
    const hacks = /\((s|e|es|ies)\)/;
    for (const [key] of [...frKeys, ...enKeys]) {
      for (const count of [0, 1, 2]) {
        expect(fr(key, { count }), key).not.toMatch(hacks);
        expect(en(key, { count }), key).not.toMatch(hacks);
      }
    }
  });
});

describe('agreement with the patient’s sex', () => {
  it('French agrees "admis", "sorti", "présent" with F, M, and stays neutral for I', () => {
    expect(fr('patients.patient.saved.admitted', { sex: 'F' })).toBe('Patiente admise.');
    expect(fr('patients.patient.saved.admitted', { sex: 'M' })).toBe('Patient admis.');
    expect(fr('patients.patient.saved.admitted', { sex: 'I' })).toBe('Admission enregistrée.');
    expect(fr('patients.patient.dischargedOn', { sex: 'F', date: '02/12/2026' })).toBe(
      'Sortie le 02/12/2026',
    );
    expect(fr('patients.patient.dischargedOn', { sex: 'M', date: '02/12/2026' })).toBe(
      'Sorti le 02/12/2026',
    );
    expect(fr('patients.patient.admittedSince', { sex: 'F', date: 'x' })).toBe(
      'Présente depuis le x',
    );
    expect(fr('escalation.moves.admittedOn', { sex: 'F', date: 'x' })).toBe('admise le x');
  });

  it('French without a sex reads the neutral form', () => {
    expect(fr('patients.duplicates.discharged', { date: 'x' })).toBe('Sortie du service le x');
  });

  it('English has one form whatever the sex', () => {
    for (const sex of ['F', 'M', 'I']) {
      expect(en('patients.patient.saved.admitted', { sex })).toBe('Patient admitted.');
      expect(en('patients.patient.dischargedOn', { sex, date: 'x' })).toBe('Discharged on x');
    }
  });
});
