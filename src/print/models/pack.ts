import { buildBoard } from '../../domain/board';
import { instantOf } from '../../domain/time';
import type { PrintFormat } from '../format';
import type { BlankAdmissionDoc } from '../sheets/BlankAdmissionSheet';
import { isPatientSheet, type PrintPatient, type SheetKind, type SheetWindow } from '../types';
import { eventsOf, printPatient, type PrintSource } from './common';
import { buildHandover, type HandoverDoc } from './handover';
import { buildLabels, type LabelsDoc } from './labels';
import { buildNotes, type NotesDoc } from './notes';
import { buildWardList, type WardListDoc } from './wardList';
import { sheetWindow } from './windows';

export type PatientDoc = NotesDoc | LabelsDoc;

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
 * From when events must be read for a selection: the earliest window, less a day (an
 * as-needed maximum counts the 24 h before a dose, and the latest NEWS2 may be older).
 */
export function readSince(selection: PrintSelection, now: string): number {
  const kinds: SheetKind[] = [...selection.sheets, 'handover'];
  const froms = kinds.map((kind) => instantOf(sheetWindow(kind, now, selection.startDay).from));
  return Math.min(...froms) - 24 * HOUR;
}

function patientDoc(kind: SheetKind, window: SheetWindow, patientId: string, source: PrintSource,
  context: { wardName: string; today: string; fmt: PrintFormat },
): PatientDoc | null {
  const patient = source.patients.find((p) => p.id === patientId);
  if (!patient) return null;
  const events = eventsOf(source, patientId);
  switch (kind) {
    case 'notes':
      return buildNotes(events, window, context.fmt);
    case 'labels':
      return buildLabels(patient, source, context.wardName, context.today, context.fmt);
    default:
      return null;
  }
}

/** How many pages a document prints: known before rendering. */
export function pageCountOf(doc: PrintDoc['doc']): number {
  switch (doc.kind) {
    case 'labels':
      return 1;
    case 'blankAdmission':
      return 2;
    default:
      return doc.pages.length;
  }
}

/**
 * The documents of a selection in print order: ward sheets, then each patient's sheets
 * together in bed order (a patient's folder), then the blank admission sheets.
 */
export function buildPack(
  selection: PrintSelection,
  source: PrintSource,
  context: { now: string; today: string; wardName: string; fmt: PrintFormat },
): PrintDoc[] {
  const { now, today, fmt } = context;
  const docs: PrintDoc[] = [];
  const push = (key: string, doc: WardListDoc | HandoverDoc | BlankAdmissionDoc) =>
    docs.push({ key, doc, pageCount: pageCountOf(doc) });
  const chosen = new Set(selection.sheets);
  if (chosen.has('wardList')) push('wardList', buildWardList(source, today, fmt));
  if (chosen.has('handover')) push('handover', buildHandover(source, now, today, fmt));
  const board = buildBoard(source.beds, source.patients);
  const inBedOrder = [...board.slots.flatMap((slot) => slot.patients), ...board.unplaced];
  const wanted = new Set(selection.patientIds);
  for (const patient of inBedOrder.filter((p) => wanted.has(p.id))) {
    for (const kind of selection.sheets.filter(isPatientSheet)) {
      const window = sheetWindow(kind, now, selection.startDay);
      const doc = patientDoc(kind, window, patient.id, source, context);
      if (!doc) continue;
      const key = `${kind}-${patient.id}`;
      docs.push({ key, doc, patient: printPatient(patient, source.beds), pageCount: pageCountOf(doc) });
    }
  }
  if (chosen.has('blankAdmission')) {
    for (const tempId of selection.tempIds) {
      push(`blank-${tempId}`, { kind: 'blankAdmission', tempId });
    }
  }
  return docs;
}
