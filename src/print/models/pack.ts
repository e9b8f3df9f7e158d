import { buildBoard } from '../../domain/board';
import { instantOf } from '../../domain/time';
import type { PrintFormat } from '../format';
import type { BlankAdmissionDoc } from '../sheets/BlankAdmissionSheet';
import type { PatientState } from '../../domain/patient';
import type { GlucoseEntryUnit } from '../../domain/vitals';
import {
  isPatientSheet,
  type PatientSheetKind,
  type PrintPatient,
  type SheetKind,
  type SheetWindow,
} from '../types';
import { eventsOf, printPatient, scaleOf, type PrintSource } from './common';
import { buildCarePlan, type CarePlanDoc } from './carePlan';
import { buildHandover, handoverSteps, type HandoverDoc } from './handover';
import { buildLabels, type LabelsDoc } from './labels';
import { buildMar, type MarDoc } from './mar';
import { buildNotes, type NotesDoc } from './notes';
import { buildVitals, vitalsPageCount, type VitalsDoc } from './vitals';
import { buildWardList, type WardListDoc } from './wardList';
import { sheetWindow } from './windows';

export type PatientDoc = NotesDoc | LabelsDoc | CarePlanDoc | MarDoc | VitalsDoc;

/** One printed sheet: its pages are counted before anything is drawn. */
export type PrintDoc =
  | { key: string; pageCount: number; doc: WardListDoc | HandoverDoc | BlankAdmissionDoc }
  | { key: string; pageCount: number; doc: PatientDoc; patient: PrintPatient };

export interface PrintSelection {
  sheets: readonly SheetKind[];
  /** The patients whose sheets print. */
  patientIds: readonly string[];
  /** First day (YYYY-MM-DD) of the care plan and of the 3-day MAR. */
  startDay: string;
  /** Identifiers recorded for blank admission sheets, one sheet each. */
  tempIds: readonly string[];
}

const HOUR = 3_600_000;

/**
 * From when events must be read for a selection: the earliest window, and at least the
 * last 72 h (the latest NEWS2 of the ward list and handover), less a day (an as-needed
 * maximum counts the doses of the 24 h before).
 */
export function readSince(selection: PrintSelection, now: string, timeZone: string): number {
  const kinds: SheetKind[] = [...selection.sheets, 'vitals'];
  const froms = kinds.map((kind) =>
    instantOf(sheetWindow(kind, now, selection.startDay, timeZone).from),
  );
  return Math.min(...froms) - 24 * HOUR;
}

function patientDoc(
  kind: PatientSheetKind,
  window: SheetWindow,
  patient: PatientState,
  source: PrintSource,
  context: PackContext,
): PatientDoc {
  const events = eventsOf(source, patient);
  switch (kind) {
    case 'carePlan':
      return buildCarePlan(events, window, context.now, context.fmt);
    case 'mar':
      return buildMar(events, window, context.now, context.fmt);
    case 'vitals':
      return buildVitals(events, window, context.fmt, scaleOf(patient), context.glucoseUnit);
    case 'notes':
      return buildNotes(events, window, context.fmt);
    case 'labels':
      return buildLabels(patient, source, context.wardName, context.today, context.fmt);
  }
}

/** How many pages a document prints: known before rendering. */
export function pageCountOf(doc: PrintDoc['doc']): number {
  switch (doc.kind) {
    case 'labels':
      return 1;
    case 'blankAdmission':
      return 2;
    case 'vitals':
      return vitalsPageCount(doc);
    default:
      return doc.pages.length;
  }
}

/** A document still to build: building is the costly part, so the preview does it bit by bit. */
export interface PackItem {
  key: string;
  kind: SheetKind;
  /** The patient of a patient sheet (the index lists it before anything is built). */
  patient: PrintPatient | null;
  /** The temporary identifier of a blank admission sheet. */
  tempId?: string;
  /**
   * Everything the document is built from (compared one by one with Object.is): a document
   * built for the same key and inputs is the same, so a tick of a box need not rebuild it.
   */
  inputs: readonly unknown[];
  /**
   * The costly part of a ward sheet cut in slices (one patient each), whose results `build`
   * then finds made: the preview runs a few per task, so no task holds the whole ward.
   */
  steps?: readonly (() => void)[];
  build: () => PrintDoc;
}

type PackContext = {
  now: string;
  today: string;
  wardName: string;
  fmt: PrintFormat;
  /** The ward's glycaemia unit (Settings); mmol/L when never set. */
  glucoseUnit?: GlucoseEntryUnit;
};

/**
 * The documents of a selection in print order: ward sheets, then each patient's sheets
 * together in bed order (a patient's folder), then the blank admission sheets.
 */
export function planPack(
  selection: PrintSelection,
  source: PrintSource,
  context: PackContext,
): PackItem[] {
  const { now, today, fmt } = context;
  const items: PackItem[] = [];
  // What every document depends on besides its own data.
  const common = [now, today, fmt, context.wardName, context.glucoseUnit, source.beds];
  const ward = (
    key: string,
    kind: SheetKind,
    build: () => WardListDoc | HandoverDoc | BlankAdmissionDoc,
    tempId?: string,
    steps?: (() => void)[],
  ) =>
    items.push({
      key,
      kind,
      patient: null,
      ...(tempId === undefined ? {} : { tempId }),
      ...(steps === undefined ? {} : { steps }),
      inputs: [...common, source.patients, source.events],
      build: () => {
        const doc = build();
        return { key, doc, pageCount: pageCountOf(doc) };
      },
    });
  const chosen = new Set(selection.sheets);
  if (chosen.has('wardList'))
    ward('wardList', 'wardList', () => buildWardList(source, { now, today }, fmt));
  if (chosen.has('handover'))
    ward(
      'handover',
      'handover',
      () => buildHandover(source, now, today, fmt),
      undefined,
      handoverSteps(source, now, today, fmt),
    );
  const board = buildBoard(source.beds, source.patients);
  const inBedOrder = [...board.slots.flatMap((slot) => slot.patients), ...board.unplaced];
  const wanted = new Set(selection.patientIds);
  for (const patient of inBedOrder.filter((p) => wanted.has(p.id))) {
    const printed = printPatient(patient, source.beds);
    for (const kind of selection.sheets.filter(isPatientSheet)) {
      const key = `${kind}-${patient.id}`;
      const window = sheetWindow(kind, now, selection.startDay, fmt.timeZone);
      items.push({
        key,
        kind,
        patient: printed,
        inputs: [...common, window.from, window.to, patient, source.events.get(patient.id)],
        build: () => {
          const doc = patientDoc(kind, window, patient, source, context);
          return { key, doc, patient: printed, pageCount: pageCountOf(doc) };
        },
      });
    }
  }
  if (chosen.has('blankAdmission')) {
    for (const tempId of selection.tempIds) {
      ward(`blank-${tempId}`, 'blankAdmission', () => ({ kind: 'blankAdmission', tempId }), tempId);
    }
  }
  return items;
}

/** Every document of a selection, built at once (tests, benchmarks). */
export const buildPack = (
  selection: PrintSelection,
  source: PrintSource,
  context: PackContext,
): PrintDoc[] => planPack(selection, source, context).map((item) => item.build());
