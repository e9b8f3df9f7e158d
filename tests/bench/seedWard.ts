import { buildEvent, writeEvents, type EventDraft } from '../../src/db/append';
import {
  currentVersion,
  validateEvent,
  type EventType,
  type WardEvent,
} from '../../src/domain/events';
import { newId, type BedId, type EventId, type PatientId } from '../../src/domain/ids';
import { toIsoWithOffset } from '../../src/domain/time';

// A simple generator of valid events for a ward that has run for `days`: validated as
// buildEvent does (validateEvent; the device, ward and author are read once, not per event)
// and written through the app's write path, writeEvents (store and projections), in batches. Stand-in
// until the demo ward of issue 12. About 99 events per patient and day: 30 patients over 60
// days is about 180,000 events.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SeedOptions {
  patients: number;
  days: number;
  /** The end of the seeded history (epoch ms); every event is before it. */
  endMs: number;
  /** Events per transaction. */
  batch?: number;
}

export interface SeededWard {
  patientIds: PatientId[];
  bedIds: BedId[];
  events: number;
}

type Draft = EventDraft<EventType>;

const iso = (ms: number) => toIsoWithOffset(new Date(ms));
const letters = (n: number) => String.fromCharCode(65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (hour: number) => `${pad(hour)}:00`;

const vitals = (i: number) => ({
  respiratoryRate: 14 + (i % 6),
  spo2: 94 + (i % 5),
  onOxygen: false,
  systolicBp: 110 + (i % 40),
  pulse: 70 + (i % 30),
  consciousness: 'A' as const,
  temperature: 36.5 + (i % 10) / 10,
});

/** Writes the ward's history; the ward must exist and someone must be charting. */
export async function seedWard({ patients, days, endMs, batch = 400 }: SeedOptions) {
  const startMs = Math.floor((endMs - days * DAY) / DAY) * DAY;
  let pending: WardEvent[] = [];
  let written = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await writeEvents(pending);
    written += pending.length;
    pending = [];
  };
  const { wardId, author, deviceId } = await buildEvent({
    type: 'note.written',
    payload: { text: '-' },
  });
  const add = async (draft: Draft): Promise<EventId> => {
    const at = draft.at ?? iso(endMs);
    const event = validateEvent({
      id: newId<EventId>(),
      wardId,
      patientId: draft.patientId ?? null,
      type: draft.type,
      at,
      recordedAt: at,
      author,
      deviceId,
      v: currentVersion(draft.type),
      payload: draft.payload,
    });
    pending.push(event);
    if (pending.length >= batch) await flush();
    return event.id;
  };

  const bedIds: BedId[] = [];
  for (let b = 0; b < patients; b += 1) {
    const bedId = newId<BedId>();
    bedIds.push(bedId);
    await add({
      type: 'bed.added',
      at: iso(startMs),
      payload: { bedId, label: `${b + 1}`, order: b },
    });
  }
  const at0 = startMs + HOUR;
  const patientIds: PatientId[] = [];
  const prescriptions: EventId[][] = [];
  const plans: EventId[][] = [];
  for (let p = 0; p < patients; p += 1) {
    const patientId = newId<PatientId>();
    patientIds.push(patientId);
    await add({
      type: 'patient.admitted',
      patientId,
      at: iso(at0),
      payload: {
        identity: {
          birthName: `PATIENT${letters(p)}`,
          firstName: 'Marie',
          birthDate: '1950-03-14',
          sex: 'F',
          ipp: String(10_000_000 + p),
        },
        admittedAt: iso(at0),
        reason: 'Pneumopathie',
        physician: 'Dr Martin',
        allergies: { status: 'noneKnown' },
        isolation: ['none'],
        bedId: bedIds[p],
      },
    });
    const rx: EventId[] = [];
    for (let m = 0; m < 8; m += 1) {
      rx.push(
        await add({
          type: 'med.prescribed',
          patientId,
          at: iso(at0),
          payload: {
            drug: `Médicament ${m}`,
            dose: { value: 1, unit: 'g' },
            route: 'PO',
            schedule: {
              kind: 'fixed-times',
              times: ['02:00', '08:00', '14:00', '20:00'],
              start: iso(at0),
            },
            prescriber: 'Dr Martin',
            orderDate: iso(at0).slice(0, 10),
            highAlert: false,
          },
        }),
      );
    }
    prescriptions.push(rx);
    const care: EventId[] = [];
    for (let c = 0; c < 6; c += 1) {
      const times = [0, 3, 6, 9, 12, 15, 18, 21].map(hhmm);
      care.push(
        await add({
          type: 'care.planned',
          patientId,
          at: iso(at0),
          payload: {
            item: 'dressing',
            label: `soin ${c}`,
            schedule: { kind: 'fixed-times', times, start: iso(at0) },
          },
        }),
      );
    }
    plans.push(care);
  }

  for (let day = 0; day < days; day += 1) {
    const dayMs = startMs + day * DAY;
    for (let p = 0; p < patients; p += 1) {
      const patientId = patientIds[p];
      let lastCare: EventId | null = null;
      for (let h = 0; h < 24; h += 1) {
        const hourMs = dayMs + h * HOUR;
        if (hourMs + HOUR > endMs) break;
        const minute = (m: number) => iso(hourMs + m * 60_000);
        if (h % 4 === 2) {
          const vitalsId = await add({
            type: 'vitals.recorded',
            patientId,
            at: minute(5),
            payload: vitals(day + h + p),
          });
          if (h === 14) {
            await add({
              type: 'escalation.informed',
              patientId,
              at: minute(20),
              payload: { vitalsEventId: vitalsId, role: 'physician' },
            });
          }
          for (const prescriptionId of prescriptions[p] ?? []) {
            await add({
              type: 'med.administered',
              patientId,
              at: minute(10),
              payload: {
                prescriptionId,
                dueAt: iso(hourMs),
                outcome: 'given',
                dose: { value: 1, unit: 'g' },
                route: 'PO',
              },
            });
          }
        }
        if (h % 3 === 0) {
          for (const careId of plans[p] ?? []) {
            lastCare = await add({
              type: 'care.done',
              patientId,
              at: minute(15),
              payload: { careId, dueAt: iso(hourMs), outcome: 'done' },
            });
          }
        }
        if (h % 3 === 1) {
          await add({
            type: 'note.targeted',
            patientId,
            at: minute(30),
            payload: {
              target: 'Douleur',
              data: 'EVA 6 au lever',
              actions: 'Paracétamol 1 g PO',
              results: 'EVA 2',
            },
          });
        }
        if (h === 10 || h === 22) {
          await add({
            type: 'note.written',
            patientId,
            at: minute(40),
            payload: { text: 'Patiente agitée cette nuit' },
          });
        }
        if (h === 11) {
          await add({
            type: 'result.phoned',
            patientId,
            at: minute(45),
            payload: {
              test: 'Kaliémie',
              value: '3,1',
              unit: 'mmol/L',
              calledBy: 'Laboratoire',
              readBack: true,
            },
          });
        }
      }
      // A correction every third day per patient (about 0.3 % of the log).
      if ((day + p) % 3 === 0 && lastCare) {
        await add({
          type: 'event.voided',
          patientId,
          at: iso(Math.min(dayMs + 23 * HOUR + 50 * 60_000, endMs - 60_000)),
          payload: { eventId: lastCare, reason: 'Erreur de saisie' },
        });
      }
    }
    // The ward's own log book: five notes a day, one corrected every other day.
    for (let n = 0; n < 5; n += 1) {
      const noteMs = dayMs + (2 + n * 4) * HOUR;
      if (noteMs > endMs) break;
      const noteId = await add({
        type: 'note.written',
        at: iso(noteMs),
        payload: { text: `Main courante ${day}.${n}` },
      });
      if (n === 0 && day % 2 === 0) {
        await add({
          type: 'event.voided',
          at: iso(noteMs + 60_000),
          payload: { eventId: noteId, reason: 'Doublon' },
        });
      }
    }
  }
  await flush();
  return { patientIds, bedIds, events: written } satisfies SeededWard;
}
