import { carePlanFor } from '../../domain/carePlan';
import { ofType, type WardEvent } from '../../domain/events';
import { activeEvents } from '../../domain/voids';
import { marFor } from '../../domain/mar';
import { byStamp } from '../../domain/order';
import { instantOf } from '../../domain/time';
import type { PrintFormat } from '../format';
import { bodyCapacity, cellChars, rowHeight, tableHeadHeight, TEXT } from '../geometry';
import { paginateWithBlanks, pagesOf } from '../paginate';
import { noteCutter } from './noteSplit';
import { withUnit, wrapText } from '../text';
import type { SheetWindow } from '../types';
import { careReasons, medReasons, vitalsComments, type ReasonEntry } from './reasons';
import { vitalsSeries } from '../../domain/vitalsChart';

export type NoteEvent = WardEvent<'note.targeted' | 'result.phoned' | 'note.written'>;

/** A patient's notes and phoned results that stand, oldest first. */
export const recentNotes = (events: readonly WardEvent[]): NoteEvent[] =>
  ofType(byStamp(activeEvents(events)), 'note.targeted', 'result.phoned', 'note.written');

/** The body of a note as "D : … A : … R : …", or the phoned result, on one paragraph each. */
export function noteParagraphs(note: NoteEvent, fmt: PrintFormat): string[] {
  const { t } = fmt;
  if (note.type === 'note.written') return [note.payload.text];
  if (note.type === 'note.targeted') {
    const { data, actions, results } = note.payload;
    return [
      data && `${t('print.notes.data')} : ${data}`,
      actions && `${t('print.notes.actions')} : ${actions}`,
      results && `${t('print.notes.results')} : ${results}`,
    ].filter((text): text is string => Boolean(text));
  }
  const { test, value, unit, calledBy, readBack, note: comment } = note.payload;
  return [
    t('print.notes.phoned', { test, value: unit ? withUnit(value, unit) : value, calledBy }),
    t(readBack ? 'print.notes.readBack' : 'print.notes.notReadBack'),
    ...(comment ? [comment] : []),
  ];
}

export const noteTarget = (note: NoteEvent, fmt: PrintFormat): string =>
  note.type === 'note.targeted'
    ? note.payload.target
    : note.type === 'result.phoned'
      ? fmt.t('print.notes.result')
      : fmt.t('print.notes.free');

/** One line for the handover: "29/11 10:05 Douleur — D : … A : …". */
export const noteSummary = (note: NoteEvent, fmt: PrintFormat): string =>
  `${fmt.shortDateTime(note.at)} ${noteTarget(note, fmt)} — ${noteParagraphs(note, fmt).join(' ')}`;

/** Column widths (mm) of the notes table, 190 in all. */
export const NOTES_COLUMNS = { when: 26, target: 32, text: 132 } as const;
const NOTES_HEAD_MIN_MM = 7.5;
/** A ruled row to write a note by hand: handwriting needs about 7 mm. */
export const NOTES_BLANK_MM = 7.5;
const MIN_BLANKS = 8;

export interface NotesRow {
  key: string;
  when: string[];
  target: string[];
  text: string[];
  heightMm: number;
}

export interface NotesDoc {
  kind: 'notes';
  window: SheetWindow;
  /** The column headings, and the header row's height from them (mm). */
  headings: string[];
  headMm: number;
  pages: NotesRow[][];
  blanks: number[];
}

/** The reasons charted with doses, care and vitals in the window (the MAR's "see the notes"). */
function reasonsOf(events: readonly WardEvent[], window: SheetWindow, fmt: PrintFormat) {
  const { from, to } = window;
  return [
    ...medReasons(marFor(events, from, to, to, fmt.timeZone), fmt),
    ...careReasons(carePlanFor(events, from, to, to, fmt.timeZone), fmt),
    ...vitalsComments(vitalsSeries(events, from, to), fmt),
  ];
}

interface NoteItem {
  key: string;
  at: string;
  recordedAt: string;
  initials: string;
  target: string;
  paragraphs: string[];
}

const noteItem = (note: NoteEvent, fmt: PrintFormat): NoteItem => ({
  key: note.id,
  at: note.at,
  recordedAt: note.recordedAt,
  initials: note.author.initials,
  target: noteTarget(note, fmt),
  paragraphs: noteParagraphs(note, fmt),
});

const reasonItem = (entry: ReasonEntry, fmt: PrintFormat): NoteItem => ({
  key: `reason-${entry.key}`,
  at: entry.at,
  recordedAt: entry.at,
  initials: entry.initials,
  target: fmt.t('printDetails.reasons.notesTarget', { subject: entry.subject }),
  paragraphs: [entry.text],
});

/**
 * The targeted notes of the window, oldest first (the order of a paper sheet), then ruled
 * rows to continue by hand. A long note starts where the previous one ends and goes on over
 * the next page(s) (noteSplit.ts).
 */
export function buildNotes(
  events: readonly WardEvent[],
  window: SheetWindow,
  fmt: PrintFormat,
): NotesDoc {
  const headings = (['when', 'target', 'text'] as const).map((column) =>
    fmt.t(`print.notes.columns.${column}`),
  );
  const headMm = tableHeadHeight(headings, Object.values(NOTES_COLUMNS), NOTES_HEAD_MIN_MM);
  const capacityMm = bodyCapacity({ orientation: 'portrait', band: true }) - headMm;
  const maxLines = Math.floor((capacityMm - rowHeight(0)) / TEXT.lineMm);
  const chars = {
    when: cellChars(NOTES_COLUMNS.when),
    target: cellChars(NOTES_COLUMNS.target),
    text: cellChars(NOTES_COLUMNS.text),
  };
  const lo = instantOf(window.from);
  const hi = instantOf(window.to);
  const items = [
    ...recentNotes(events)
      .filter((note) => instantOf(note.at) >= lo && instantOf(note.at) <= hi)
      .map((note) => noteItem(note, fmt)),
    ...reasonsOf(events, window, fmt).map((entry) => reasonItem(entry, fmt)),
  ].sort((a, b) => instantOf(a.at) - instantOf(b.at));
  const cut = noteCutter(capacityMm, maxLines);
  const rows = items.flatMap((note) => {
    const late = instantOf(note.recordedAt) - instantOf(note.at) > 15 * 60_000;
    const when = [
      fmt.shortDateTime(note.at),
      note.initials,
      ...(late
        ? wrapText(
            fmt.t('print.notes.late', { at: fmt.shortDateTime(note.recordedAt) }),
            chars.when,
          )
        : []),
    ];
    const target = wrapText(note.target, chars.target);
    const text = note.paragraphs.flatMap((paragraph) => wrapText(paragraph, chars.text));
    // A continuation repeats when, who and the target, marked "(suite)".
    const next = {
      when: [fmt.shortDateTime(note.at), note.initials],
      target: [...target, ...wrapText(fmt.t('print.notes.continued'), chars.target)],
    };
    return cut({ when, target }, next, text).map((chunk, index) => ({
      key: `${note.key}-${index}`,
      ...chunk,
    }));
  });
  const { pages, blanks } = paginateWithBlanks(
    rows.map((row) => row.heightMm),
    { capacityMm },
    NOTES_BLANK_MM,
    MIN_BLANKS,
  );
  return { kind: 'notes', window, headings, headMm, pages: pagesOf(rows, pages), blanks };
}
