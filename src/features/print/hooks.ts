import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import { readBeds } from '../../db/beds';
import { readDeviceNames } from '../../db/devices';
import { attempt } from '../../db/errors';
import { getLocal } from '../../db/local';
import { currentMode } from '../../db/mode';
import { readWardPatients } from '../../db/patients';
import { readDataUpTo, readPrintEvents, reserveTempIds } from '../../db/printReads';
import { getSession, subscribeSession } from '../../db/session';
import { readWard } from '../../db/ward';
import { wardDate } from '../../domain/time';
import { buildBoard } from '../../domain/board';
import type { PrintFormat } from '../../print/format';
import type { PrintSource } from '../../print/models/common';
import { planPack, readSince, type PackItem, type PrintSelection } from '../../print/models/pack';
import type { PrintContext } from '../../print/types';

const HOUR = 3_600_000;

/** The ward, the device, the beds and the patients present, live. */
export const usePrintBase = () =>
  useLiveQuery(async () => {
    const [ward, deviceId, beds, patients, dataUpTo, deviceNames] = await Promise.all([
      readWard(),
      getLocal('deviceId'),
      readBeds(),
      readWardPatients(),
      readDataUpTo(),
      readDeviceNames(),
    ]);
    const present = patients.filter((patient) => patient.status === 'admitted');
    const board = buildBoard(beds, present);
    // Bed order, as every sheet lists them.
    const ordered = [...board.slots.flatMap((slot) => slot.patients), ...board.unplaced];
    const deviceName = deviceId ? deviceNames.get(deviceId) : undefined;
    return { ward, deviceId: deviceId ?? '', deviceName, beds, patients: ordered, dataUpTo };
  });

export type PrintBase = NonNullable<ReturnType<typeof usePrintBase>>;

/**
 * The chosen patients' events, read from an hour boundary so a new minute does not re-read;
 * undefined until read for these patients (never another choice's events meanwhile).
 */
function usePrintEvents(patientIds: readonly string[], sinceMs: number) {
  const since = Math.floor(sinceMs / HOUR) * HOUR;
  const key = `${patientIds.join(',')}@${since}`;
  const read = useLiveQuery(
    async () => ({ key, events: await readPrintEvents(patientIds, since) }),
    [key],
  );
  return read?.key === key ? read.events : undefined;
}

/**
 * The documents of a selection, each to be built from the log by the domain folds (the
 * preview builds them a few at a time); undefined while the data loads.
 */
export function usePrintPack(
  base: PrintBase | undefined,
  selection: PrintSelection,
  now: string,
  fmt: PrintFormat,
): { plan: PackItem[]; ctx: PrintContext } | undefined {
  const needEvents = selection.sheets.some(
    (kind) => kind !== 'labels' && kind !== 'blankAdmission',
  );
  // The ward sheets show everyone; the patient sheets only those chosen.
  const ids = useMemo(
    () =>
      !needEvents || !base
        ? []
        : selection.sheets.some((kind) => kind === 'wardList' || kind === 'handover')
          ? base.patients.map((patient) => patient.id)
          : [...selection.patientIds],
    [needEvents, base, selection.sheets, selection.patientIds],
  );
  const events = usePrintEvents(ids, readSince(selection, now, fmt.timeZone));
  const printedBy = useSyncExternalStore(subscribeSession, getSession).author?.name ?? null;
  // Its own memo: a new plan keeps the pages of the previous one drawn (memoised) meanwhile.
  const ctx = useMemo<PrintContext | undefined>(
    () =>
      base && {
        wardName: base.ward?.name ?? '',
        establishment: base.ward?.establishment ?? '',
        printedAt: now,
        dataUpTo: base.dataUpTo,
        deviceId: base.deviceId,
        ...(base.deviceName === undefined ? {} : { deviceName: base.deviceName }),
        today: wardDate(now, fmt.timeZone),
        printedBy,
        training: currentMode() === 'training',
      },
    [base, now, printedBy, fmt.timeZone],
  );
  return useMemo(() => {
    if (!base || !events || !ctx) return undefined;
    const source: PrintSource = { beds: base.beds, patients: base.patients, events };
    const plan = planPack(selection, source, {
      now,
      today: ctx.today,
      wardName: ctx.wardName,
      fmt,
      glucoseUnit: base.ward?.settings.glucoseUnit,
    });
    return { plan, ctx };
  }, [base, events, ctx, selection, now, fmt]);
}

/** Records identifiers for blank admission sheets in the log; they are printed only then. */
export const tryReserveTempIds = (count: number) => attempt(() => reserveTempIds(count));
