import { describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import type { PatientState } from '../../../src/domain/patient';
import { en as enCatalog } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/translate';
import { printFormat } from '../../../src/print/format';
import { buildHandover } from '../../../src/print/models/handover';
import { buildWardList } from '../../../src/print/models/wardList';
import { chart, forPatient, paris } from '../domain/chartFixtures';
import { administered, fixed, prescription } from '../domain/medFixtures';
import { ctx, fmt, NOW, nth, patientIn, source } from './printFixtures';

// Issue 10, point 6: the handover puts urgent first, says what was not recorded and what was
// not done, prints everything pending and the whole admission note; point 1's leftover:
// allergies never recorded do not read as "no known allergy". NOW is 29/11 14:00 (Paris).

const P1 = '00000000-0000-7000-8000-0000000000c1';
const P2 = '00000000-0000-7000-8000-0000000000c2';
const mine = <E extends WardEvent>(event: E): E => forPatient(event, P1);

/** Ceftriaxone at 22:00 from yesterday, paracetamol at 12:00 today, a dressing at 14:00. */
function ward(): { ceftriaxone: WardEvent; paracetamol: WardEvent; events: WardEvent[] } {
  const ceftriaxone = mine(
    prescription(fixed(['22:00'], paris('2026-11-28T00:00')), {
      drug: 'Ceftriaxone',
      route: 'IV',
    }),
  );
  const paracetamol = mine(prescription(fixed(['12:00'], paris('2026-11-29T00:00'))));
  const dressing = mine(
    chart(
      'care.planned',
      {
        item: 'dressing',
        label: 'talon droit',
        schedule: fixed(['14:00'], paris('2026-11-29T00:00')),
      },
      paris('2026-11-29T00:00'),
    ),
  );
  return { ceftriaxone, paracetamol, events: [ceftriaxone, paracetamol, dressing] };
}

const blockText = (patient: PatientState, events: WardEvent[], format = fmt) =>
  buildHandover(source([patient], { [patient.id]: events }), NOW, ctx.today, format)
    .pages.flat()
    .flatMap((block) => block.lines)
    .join('\n');

/** The pending lines, in print order, up to the next section (no-break spaces read as spaces). */
function pendingLines(text: string): string[] {
  const lines = text.replace(/\u00a0/g, ' ').split('\n');
  const start = lines.findIndex((line) => line.startsWith('À faire'));
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('• '));
  return end === -1 ? rest : rest.slice(0, end);
}

describe('handover: pending items', () => {
  it('lists overdue first, the most overdue first, with its day when it is not today', () => {
    const { events } = ward();
    // NEWS2 1 at 09:45: the next set was due at 13:45, late now; furosemide 13:30 is due.
    const vitals = mine(
      chart(
        'vitals.recorded',
        {
          respiratoryRate: 16,
          spo2: 97,
          onOxygen: false,
          systolicBp: 125,
          diastolicBp: 75,
          pulse: 95,
          consciousness: 'A',
          temperature: 36.8,
        },
        paris('2026-11-29T09:45'),
      ),
    );
    const furosemide = mine(
      prescription(fixed(['13:30'], paris('2026-11-29T00:00')), {
        drug: 'Furosémide',
        dose: { value: 40, unit: 'mg' },
        route: 'IV',
      }),
    );
    const text = blockText(patientIn(1, P1, 'Durand'), [...events, vitals, furosemide]);
    expect(pendingLines(text)).toEqual([
      '• hier 22:00 Ceftriaxone 1 g IV — MANQUÉ, rien de tracé',
      '• 12:00 Paracétamol 1 g PO — EN RETARD, rien de tracé',
      '• 13:45 Constantes — EN RETARD, rien de tracé',
      '• 13:30 Furosémide 40 mg IV — à faire',
      '• 14:00 Pansement : talon droit — à faire',
    ]);
  });

  it('sets the list headings and the overdue items bold, not those merely due', () => {
    const p = patientIn(1, P1, 'Durand');
    const doc = buildHandover(source([p], { [P1]: ward().events }), NOW, ctx.today, fmt);
    const block = nth(nth(doc.pages, 0), 0);
    const bold = block.strong.map((at) => nth(block.lines, at));
    expect(bold).toEqual([
      expect.stringMatching(/^À faire/),
      expect.stringMatching(/Ceftriaxone/),
      expect.stringMatching(/Paracétamol/),
    ]);
  });

  it('says "yesterday" in English, with English spacing', () => {
    const en = printFormat('en', translator('en', enCatalog));
    const text = blockText(patientIn(1, P1, 'Durand'), ward().events, en);
    expect(text).toContain('• yesterday 22:00 Ceftriaxone 1\u00a0g IV — MISSED, nothing charted');
    expect(text).toContain('Allergies: No known allergy');
    expect(text).toContain('To do, most overdue first:\n');
  });

  it('prints every pending item, none clamped away', () => {
    const start = paris('2026-11-29T00:00');
    const drugs = Array.from({ length: 9 }, (_, i) =>
      mine(prescription(fixed(['12:00'], start), { drug: `Médicament${i + 1}` })),
    );
    const text = blockText(patientIn(1, P1, 'Durand'), drugs);
    for (let i = 1; i <= 9; i++) expect(text).toContain(`12:00 Médicament${i} 1\u00a0g PO`);
  });

  it('words "nothing charted" apart from a dose a nurse charted as not given, with her reason', () => {
    const { ceftriaxone, paracetamol, events } = ward();
    const refused = mine(
      administered(paracetamol.id, '2026-11-29T12:10', 'refused', paris('2026-11-29T12:00'), {
        reason: 'Nausées, refuse les comprimés',
      }),
    );
    const text = blockText(patientIn(1, P1, 'Durand'), [...events, refused]);
    const pending = pendingLines(text).join('\n');
    expect(pending).toContain('hier 22:00 Ceftriaxone 1 g IV — MANQUÉ, rien de tracé');
    expect(pending).not.toContain('Paracétamol');
    expect(pending).not.toMatch(/non fait/i);
    expect(text).toMatch(/Non faits.*\u00a0:\n• 12:00 Paracétamol 1\u00a0g PO — R \(refusé\)/);
    expect(text).toContain('Nausées, refuse les comprimés');
    expect(ceftriaxone.type).toBe('med.prescribed');
  });
});

describe('handover: the patient', () => {
  it('prints the whole admission note and at least three lines to write on', () => {
    const p = patientIn(1, P1, 'Durand');
    const note = `${'Vit seule, aide à domicile le matin. '.repeat(20)}FIN-DE-NOTE`;
    const patient = { ...p, header: { ...p.header, note } };
    const doc = buildHandover(source([patient]), NOW, ctx.today, fmt);
    const block = nth(nth(doc.pages, 0), 0);
    const text = block.lines.join(' ');
    expect(text).toContain('Note d’admission');
    expect(text).toContain('FIN-DE-NOTE');
    expect(text.split('Vit seule').length - 1).toBe(20);
    expect(block.ruled).toBeGreaterThanOrEqual(3);
  });
});

describe('allergies not recorded', () => {
  // A log written before allergies were required has none in its header.
  const unrecorded = (patient: PatientState): PatientState => {
    const header = { ...patient.header };
    Reflect.deleteProperty(header, 'allergies');
    return { ...patient, header };
  };
  const two = () => [unrecorded(patientIn(1, P1, 'Durand')), patientIn(2, P2, 'Martin')];

  it('read "Allergies non renseignées" on the ward list, framed unlike "Aucune allergie connue"', () => {
    const doc = buildWardList(source(two()), { now: NOW, today: ctx.today }, fmt);
    const rows = doc.pages.flat().filter((row) => row.state === 'occupied');
    expect(nth(rows, 0).cells.allergies.join(' ')).toContain('Allergies non renseignées');
    expect(nth(rows, 0).allergiesUnrecorded).toBe(true);
    expect(nth(rows, 1).cells.allergies.join(' ')).toBe('Aucune allergie connue');
    expect(nth(rows, 1).allergiesUnrecorded).toBe(false);
  });

  it('read "Allergies non renseignées" on the handover, on a framed line', () => {
    const doc = buildHandover(source(two()), NOW, ctx.today, fmt);
    const [first, second] = [nth(doc.pages.flat(), 0), nth(doc.pages.flat(), 1)];
    const alerted = first.alert.map((at) => nth(first.lines, at)).join(' ');
    expect(alerted).toContain('Allergies non renseignées');
    expect(second.lines.join('\n')).toContain('Allergies\u00a0: Aucune allergie connue');
    expect(second.alert).toEqual([]);
  });
});
