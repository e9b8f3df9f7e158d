import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { readBeds } from '../../db/beds';
import { readDeviceNames } from '../../db/devices';
import { attempt } from '../../db/errors';
import { getLocal } from '../../db/local';
import { currentMode } from '../../db/mode';
import { readPresentPatients } from '../../db/presence';
import type { Bed } from '../../domain/beds';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { readDataUpTo, readPrintEvents, reserveTempIds } from '../../db/printReads';
import { getSession, subscribeSession } from '../../db/session';
import { readWard } from '../../db/ward';
import { wardDate } from '../../domain/time';
import { buildBoard } from '../../domain/board';
import type { PrintFormat } from '../../print/format';
import type { PrintSource } from '../../print/models/common';
import { planPack, readSince, type PackItem, type PrintSelection } from '../../print/models/pack';
import type { PrintContext } from '../../print/types';
import { keepSameEvents } from './reuse';
import { keepSameRows } from './stable';

const HOUR = 3_600_000;

/** The ward, the device, the beds and the patients present, live. */
const usePrintBaseRead = () =>
  useLiveQuery(async () => {
    // The patients present only, as the board reads them: at day 200 the ward's discharged
    // patients are hundreds, and decrypting them all froze the centre's opening (228 ms).
    const [ward, deviceId, beds, present, dataUpTo, deviceNames] = await Promise.all([
      readWard(),
      getLocal('deviceId'),
      readBeds(),
      readPresentPatients(),
      readDataUpTo(),
      readDeviceNames(),
    ]);
    const board = buildBoard(beds, present);
    // Bed order, as every sheet lists them.
    const ordered = [...board.slots.flatMap((slot) => slot.patients), ...board.unplaced];
    const deviceName = deviceId ? deviceNames.get(deviceId) : undefined;
    return { ward, deviceId: deviceId ?? '', deviceName, beds, patients: ordered, dataUpTo };
  });

type PrintBaseRead = NonNullable<ReturnType<typeof usePrintBaseRead>>;
export type PrintBase = Omit<PrintBaseRead, 'beds' | 'patients'> & {
  beds: readonly Bed[];
  patients: readonly PatientState[];
};

/**
 * The base read live, its beds and patients kept as the same objects while they read the same
 * (`keepSameRows`): a write elsewhere in the log then rebuilds none of the documents.
 */
export function usePrintBase(): PrintBase | undefined {
  const read = usePrintBaseRead();
  const [kept, setKept] = useState<{ read: PrintBaseRead; base: PrintBase }>();
  if (read && kept?.read !== read) {
    const beds = keepSameRows(kept?.base.beds, read.beds, (bed) => bed.bedId);
    const patients = keepSameRows(kept?.base.patients, read.patients, (p) => p.id);
    const base = { ...read, beds, patients };
    setKept({ read, base });
  }
  return kept?.read === read ? kept?.base : undefined;
}

/**
 * The patients' events, read from an hour boundary so a new minute does not re-read;
 * undefined until read for these patients (never another choice's events meanwhile). A
 * patient's list stays the same object while it holds the same events (`keepSameEvents`):
 * a new event re-runs the read, and only that patient's documents are built again.
 */
function usePrintEvents(patientIds: readonly string[], sinceMs: number) {
  const since = Math.floor(sinceMs / HOUR) * HOUR;
  const key = `${patientIds.join(',')}@${since}`;
  const read = useLiveQuery(
    async () => ({ key, events: await readPrintEvents(patientIds, since) }),
    [key],
  );
  const [kept, setKept] = useState<{ read: typeof read; events: PrintEvents }>();
  if (read?.key === key && kept?.read !== read) {
    setKept({ read, events: keepSameEvents(kept?.events, read.events) });
  }
  return read?.key === key && kept?.read === read ? kept.events : undefined;
}

type PrintEvents = ReadonlyMap<string, readonly WardEvent[]>;

/** The pack of a selection; `loading` while the events of a new one are read. */
export interface PrintPackState {
  plan: PackItem[];
  ctx: PrintContext;
  /** "Data up to" of every footer: apart from `ctx`, so a new entry redraws the footers only. */
  dataUpTo: string | null;
  /** The plan is that of an earlier selection, kept drawn while the events are read. */
  loading: boolean;
}

/**
 * The documents of a selection, each to be built from the log by the domain folds (the
 * preview builds them a few at a time); undefined while the data loads the first time.
 */
export function usePrintPack(
  base: PrintBase | undefined,
  selection: PrintSelection,
  now: string,
  fmt: PrintFormat,
): PrintPackState | undefined {
  const needEvents = selection.sheets.some(
    (kind) => kind !== 'labels' && kind !== 'blankAdmission',
  );
  // Every patient's, whoever is chosen (the ward sheets show everyone, and one read costs
  // the same: by type, then sorted by patient): ticking a patient reads nothing again.
  const ids = useMemo(
    () => (!needEvents || !base ? [] : base.patients.map((patient) => patient.id)),
    [needEvents, base],
  );
  const events = usePrintEvents(ids, readSince(selection, now, fmt.timeZone));
  const printedBy = useSyncExternalStore(subscribeSession, getSession).author?.name ?? null;
  // Its own memo, on the values it holds (not on `base`, new at every write to the log): a new
  // plan keeps the pages of the previous one drawn (memoised) meanwhile. `dataUpTo` changes
  // with any write: the footers read it (PrintPack.tsx), the pages are not drawn again for it.
  const loaded = base !== undefined;
  const wardName = base?.ward?.name ?? '';
  const establishment = base?.ward?.establishment ?? '';
  const deviceId = base?.deviceId ?? '';
  const deviceName = base?.deviceName;
  const ctx = useMemo<PrintContext | undefined>(
    () =>
      loaded
        ? {
            wardName,
            establishment,
            printedAt: now,
            dataUpTo: null,
            deviceId,
            ...(deviceName === undefined ? {} : { deviceName }),
            today: wardDate(now, fmt.timeZone),
            printedBy,
            training: currentMode() === 'training',
          }
        : undefined,
    [loaded, wardName, establishment, deviceId, deviceName, now, printedBy, fmt.timeZone],
  );
  const pack = useMemo(() => {
    if (!base || !events || !ctx) return undefined;
    const source: PrintSource = { beds: base.beds, patients: base.patients, events };
    const plan = planPack(selection, source, {
      now,
      today: ctx.today,
      wardName: ctx.wardName,
      fmt,
      glucoseUnit: base.ward?.settings.glucoseUnit,
    });
    return { plan, ctx, dataUpTo: base.dataUpTo, loading: false };
  }, [base, events, ctx, selection, now, fmt]);
  // While a new read runs, the pages drawn stay (unmounting 190 pages at once is one long
  // task), marked loading: never printable, never taken for the new choice.
  const [last, setLast] = useState<PrintPackState>();
  if (pack && pack !== last) setLast(pack);
  const kept = useMemo(() => last && { ...last, loading: true }, [last]);
  return pack ?? kept;
}

/** Records identifiers for blank admission sheets in the log; they are printed only then. */
export const tryReserveTempIds = (count: number) => attempt(() => reserveTempIds(count));
