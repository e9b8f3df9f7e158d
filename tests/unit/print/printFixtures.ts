import type { Bed } from '../../../src/domain/beds';
import type { WardEvent } from '../../../src/domain/events';
import type { BedId } from '../../../src/domain/ids';
import { foldPatient, type PatientState } from '../../../src/domain/patient';
import { printFormat } from '../../../src/print/format';
import type { PrintSource } from '../../../src/print/models/common';
import type { PrintContext } from '../../../src/print/types';
import { fr } from '../../../src/i18n/fr';
import { translator } from '../../../src/i18n/translate';
import { chart, paris } from '../domain/chartFixtures';
import { admitted, bed } from '../domain/eventFixtures';

export const fmt = printFormat('fr', translator('fr', fr));

/** The item at `index`; the test fails here when it is missing. */
export function nth<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}
export const NOW = paris('2026-11-29T14:00');

export const beds: Bed[] = [1, 2, 3].map((n) => ({
  bedId: bed(n) as BedId,
  label: String(n),
  order: n,
  unavailable: false,
}));

export const ctx: PrintContext = {
  wardName: 'Médecine 3',
  establishment: 'CH Sud-Francilien',
  printedAt: NOW,
  dataUpTo: NOW,
  deviceId: 'd1',
  today: '2026-11-29',
};

/** A patient present in a bed, as the projection holds it. */
export function patientIn(n: number, id: string, birthName: string): PatientState {
  const state = foldPatient([
    admitted(
      paris('2026-11-20T07:00'),
      {
        bedId: bed(n),
        identity: {
          birthName,
          firstName: 'Jeanne',
          birthDate: '1950-04-12',
          sex: 'F',
          ipp: `1234567${n}`,
        },
      },
      id,
    ),
  ]);
  if (!state) throw new Error('no state');
  return state;
}

/** `count` targeted notes for a patient, one an hour before NOW, each `words` words long. */
export const notes = (patientId: string, count: number, words = 12): WardEvent[] =>
  Array.from({ length: count }, (_, i) =>
    chart(
      'note.targeted',
      { target: `Cible ${i + 1}`, data: `note${i + 1} ${'mot '.repeat(words)}fin${i + 1}` },
      new Date(Date.parse(NOW) - (count - i) * 3_600_000).toISOString(),
      { patientId },
    ),
  );

export const source = (
  patients: PatientState[],
  events: Record<string, WardEvent[]> = {},
): PrintSource => ({ beds, patients, events: new Map(Object.entries(events)) });
