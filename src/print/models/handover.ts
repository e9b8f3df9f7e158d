import { buildBoard } from '../../domain/board';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { patientTodoSources } from '../../domain/todo';
import type { MessageKey } from '../../i18n/types';
import type { PrintFormat } from '../format';
import { bodyCapacity, cellChars, TEXT } from '../geometry';
import { pagesOf, paginate, splitLines } from '../paginate';
import { clampLines, wrapText } from '../text';
import type { SheetWindow } from '../types';
import {
  allergiesText,
  allergiesUnrecorded,
  bedLabel,
  birthText,
  eventsOf,
  identifierText,
  isolationText,
  lastNews2,
  levelText,
  nameText,
  news2Text,
  scaleOf,
  type PrintSource,
} from './common';
import { notDoneTexts, pendingByUrgency, pendingText } from './handoverItems';
import { recentNotes, noteSummary } from './notes';
import { perPatient, type PerPatientCache } from './perPatient';
import { sheetWindow } from './windows';

/** Handwriting lines under each block, for what the next team is told by mouth. */
export const HANDOVER_RULED = { count: 3, heightMm: 6.5 } as const;
const NOTES_SHOWN = 2;
const NOTE_LINES = 2;
const PAD_MM = 1.6;

export interface HandoverBlock {
  key: string;
  /** First line bold: bed and identity. */
  lines: string[];
  /** Indexes in `lines` of the warning that allergies are not recorded (framed, bold). */
  alert: number[];
  /** Indexes in `lines` set bold: the headings of the lists and the overdue items. */
  strong: number[];
  /** Handwriting lines under the block (none on a block that continues). */
  ruled: number;
  heightMm: number;
}

export interface HandoverDoc {
  kind: 'handover';
  window: SheetWindow;
  pages: HandoverBlock[][];
}

interface Line {
  text: string;
  mark: 'alert' | 'strong' | null;
}

const CHARS = cellChars(190);
const marked = (lines: readonly string[], mark: Line['mark'] = null): Line[] =>
  lines.map((text) => ({ text, mark }));
const plain = (lines: readonly string[]): Line[] => marked(lines);

function blockLines(
  patient: PatientState,
  events: readonly WardEvent[],
  source: PrintSource,
  context: { now: string; today: string; window: SheetWindow; fmt: PrintFormat },
): Line[] {
  const { now, today, window, fmt } = context;
  const { t } = fmt;
  const { identity, header } = patient;
  const bed = bedLabel(source.beds, patient.bed);
  const who = [
    bed ? t('print.handover.bed', { bed }) : t('print.common.noBed'),
    nameText(identity),
    birthText(identity, today, fmt),
    identifierText(identity, fmt),
  ].join(' — ');
  const news2 = lastNews2(events, now, scaleOf(patient));
  const sources = patientTodoSources(patient.id, events, now, {
    spo2Scale: scaleOf(patient),
    timeZone: fmt.timeZone,
  });
  const pending = pendingByUrgency(sources, now);
  const notDone = notDoneTexts(sources, window, fmt);
  const notes = recentNotes(events).slice(-NOTES_SHOWN);
  const field = (key: MessageKey, text: string) =>
    t('printHandover.field', { label: t(key), text });
  const labelled = (key: MessageKey, text: string) => wrapText(field(key, text), CHARS);
  // One item a paragraph: every one is printed, the block continues on the next page.
  const list = (key: MessageKey, items: readonly { text: string; strong: boolean }[]): Line[] =>
    items.length === 0
      ? plain(labelled(key, t('print.common.none')))
      : [
          ...marked([t('printHandover.heading', { label: t(key) })], 'strong'),
          ...items.flatMap((item) =>
            marked(wrapText(`• ${item.text}`, CHARS), item.strong ? 'strong' : null),
          ),
        ];
  const allergies = labelled('print.handover.allergies', allergiesText(header, fmt));
  return [
    ...plain(wrapText(who, CHARS)),
    ...plain(labelled('print.handover.reason', header.reason)),
    ...marked(allergies, allergiesUnrecorded(header) ? 'alert' : null),
    ...plain(
      wrapText(
        [
          field('print.handover.isolation', isolationText(header, fmt)),
          header.diet && field('print.handover.diet', header.diet),
          field('print.handover.level', levelText(header, fmt)),
        ]
          .filter(Boolean)
          .join(' · '),
        CHARS,
      ),
    ),
    ...plain(header.note ? labelled('printHandover.admissionNote', header.note) : []),
    ...plain(
      labelled(
        'print.handover.news2',
        news2
          ? `${news2Text(news2, fmt)} (${fmt.shortDateTime(news2.at)})`
          : t('print.common.none'),
      ),
    ),
    ...list(
      'printHandover.pending',
      pending.map((item) => ({
        text: pendingText(item, now, fmt),
        strong: item.status === 'late' || item.status === 'missed',
      })),
    ),
    ...(notDone.length > 0
      ? list(
          'printHandover.notDone',
          notDone.map((text) => ({ text, strong: false })),
        )
      : []),
    ...plain(
      notes.length === 0
        ? labelled('print.handover.notes', t('print.common.none'))
        : notes.flatMap((note) =>
            clampLines(wrapText(noteSummary(note, fmt), CHARS), NOTE_LINES, CHARS),
          ),
    ),
  ];
}

const blocksMade: PerPatientCache<Line[]> = new WeakMap();
const NO_EVENTS: readonly WardEvent[] = [];

/** A patient's block as worked out for these values, kept (`perPatient.ts`). */
function patientLines(
  patient: PatientState,
  source: PrintSource,
  context: { now: string; today: string; window: SheetWindow; fmt: PrintFormat },
): Line[] {
  const read = source.events.get(patient.id) ?? NO_EVENTS;
  const { now, today, window, fmt } = context;
  return perPatient(
    blocksMade,
    patient,
    read,
    [now, today, window.from, window.to, fmt, source.beds],
    () => blockLines(patient, eventsOf(source, patient), source, context),
  );
}

const inBedOrder = (source: PrintSource) => {
  const board = buildBoard(source.beds, source.patients);
  return [...board.slots.flatMap((slot) => slot.patients), ...board.unplaced];
};

/**
 * The handover's costly part, one patient a step (each works out her pending items from her
 * folds): the preview runs them a few per task, then `buildHandover` finds them made.
 */
export function handoverSteps(
  source: PrintSource,
  now: string,
  today: string,
  fmt: PrintFormat,
): (() => void)[] {
  const window = sheetWindow('handover', now, today, fmt.timeZone);
  return inBedOrder(source).map(
    (patient) => () => void patientLines(patient, source, { now, today, window, fmt }),
  );
}

/**
 * The shift handover: one block per patient present, in bed order, with blank lines to
 * write on. Pending items are all listed, most urgent first, and the admission note is whole;
 * only the last notes are clamped (the notes sheet has them whole).
 */
export function buildHandover(
  source: PrintSource,
  now: string,
  today: string,
  fmt: PrintFormat,
): HandoverDoc {
  const patients = inBedOrder(source);
  const { t } = fmt;
  const capacityMm = bodyCapacity({ orientation: 'portrait', band: false });
  const ruledMm = HANDOVER_RULED.count * HANDOVER_RULED.heightMm;
  const frameMm = PAD_MM + TEXT.borderMm;
  // A block taller than a page continues in the next one, its first line repeated.
  const maxLines = Math.floor((capacityMm - ruledMm - frameMm) / TEXT.lineMm) - 1;
  const window = sheetWindow('handover', now, today, fmt.timeZone);
  const blocks = patients.flatMap((patient) => {
    const context = { now, today, window, fmt };
    const lines = patientLines(patient, source, context);
    const parts = splitLines(lines, maxLines);
    return parts.map((part, index): HandoverBlock => {
      const last = index === parts.length - 1;
      const head = { text: `${lines[0]?.text ?? ''} ${t('print.notes.continued')}`, mark: null };
      const shown = index === 0 ? part : [head, ...part];
      return {
        key: index === 0 ? patient.id : `${patient.id}-${index}`,
        lines: shown.map((line) => line.text),
        alert: shown.flatMap((line, at) => (line.mark === 'alert' ? [at] : [])),
        strong: shown.flatMap((line, at) => (line.mark === 'strong' ? [at] : [])),
        ruled: last ? HANDOVER_RULED.count : 0,
        heightMm: shown.length * TEXT.lineMm + (last ? ruledMm : 0) + frameMm,
      };
    });
  });
  const pages = paginate(
    blocks.map((block) => block.heightMm),
    { capacityMm },
  );
  return {
    kind: 'handover',
    window,
    pages: pagesOf(blocks, pages),
  };
}
