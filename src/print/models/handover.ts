import { buildBoard } from '../../domain/board';
import type { LogEvent } from '../../domain/chartEvents';
import type { PatientState } from '../../domain/patient';
import { todoList, patientTodoSources, type TodoItem } from '../../domain/todo';
import type { PrintFormat } from '../format';
import { bodyCapacity, cellChars, TEXT } from '../geometry';
import { pagesOf, paginate, splitLines } from '../paginate';
import { clampLines, wrapText } from '../text';
import type { SheetWindow } from '../types';
import { careText, medText } from './chartText';
import {
  allergiesText,
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
import { recentNotes, noteSummary } from './notes';
import { sheetWindow } from './windows';

/** Handwriting lines under each block, for what the next team is told by mouth. */
export const HANDOVER_RULED = { count: 2, heightMm: 6.5 } as const;
const MAX_TODO_LINES = 3;
const NOTES_SHOWN = 2;
const NOTE_LINES = 2;
const PAD_MM = 1.6;

export interface HandoverBlock {
  key: string;
  /** First line bold: bed and identity. */
  lines: string[];
  /** Handwriting lines under the block (none on a block that continues). */
  ruled: number;
  heightMm: number;
}

export interface HandoverDoc {
  kind: 'handover';
  window: SheetWindow;
  pages: HandoverBlock[][];
}

const CHARS = cellChars(190);

function todoText(item: TodoItem, fmt: PrintFormat): string {
  // Never a complete set: due now, but "20:06" would read as a time someone set.
  if (item.kind === 'observations' && item.frequency === null)
    return fmt.t('print.handover.noObservations');
  const what =
    item.kind === 'observations'
      ? fmt.t('print.handover.observations')
      : item.kind === 'medication'
        ? medText(item.prescription, fmt)
        : careText(item.care, fmt);
  return `${what} ${fmt.time(item.dueAt)} (${fmt.t(`print.handover.status.${item.status}`)})`;
}

function blockLines(
  patient: PatientState,
  events: readonly LogEvent[],
  source: PrintSource,
  context: { now: string; today: string; fmt: PrintFormat },
): string[] {
  const { now, today, fmt } = context;
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
  const todo = todoList(
    [patientTodoSources(patient.id, events, now, { spo2Scale: scaleOf(patient) })],
    now,
  );
  const notes = recentNotes(events).slice(-NOTES_SHOWN);
  const labelled = (key: Parameters<typeof t>[0], text: string) =>
    wrapText(`${t(key)} : ${text}`, CHARS);
  return [
    ...wrapText(who, CHARS),
    ...labelled('print.handover.reason', header.reason),
    ...labelled('print.handover.allergies', allergiesText(header, fmt)),
    ...wrapText(
      [
        `${t('print.handover.isolation')} : ${isolationText(header, fmt)}`,
        header.diet && `${t('print.handover.diet')} : ${header.diet}`,
        `${t('print.handover.level')} : ${levelText(header, fmt)}`,
      ]
        .filter(Boolean)
        .join(' · '),
      CHARS,
    ),
    ...labelled(
      'print.handover.news2',
      news2 ? `${news2Text(news2, fmt)} (${fmt.shortDateTime(news2.at)})` : t('print.common.none'),
    ),
    ...clampLines(
      labelled(
        'print.handover.todo',
        todo.length > 0
          ? todo.map((item) => todoText(item, fmt)).join(' ; ')
          : t('print.common.none'),
      ),
      MAX_TODO_LINES,
      CHARS,
    ),
    ...(notes.length === 0
      ? labelled('print.handover.notes', t('print.common.none'))
      : notes.flatMap((note) =>
          clampLines(wrapText(noteSummary(note, fmt), CHARS), NOTE_LINES, CHARS),
        )),
  ];
}

/**
 * The shift handover: one compact block per patient present, in bed order, with blank
 * lines to write on. Summaries are clamped (the notes sheet has them whole); allergies
 * and identity never are.
 */
export function buildHandover(
  source: PrintSource,
  now: string,
  today: string,
  fmt: PrintFormat,
): HandoverDoc {
  const board = buildBoard(source.beds, source.patients);
  const patients = [...board.slots.flatMap((slot) => slot.patients), ...board.unplaced];
  const { t } = fmt;
  const capacityMm = bodyCapacity({ orientation: 'portrait', band: false });
  const ruledMm = HANDOVER_RULED.count * HANDOVER_RULED.heightMm;
  const frameMm = PAD_MM + TEXT.borderMm;
  // A block taller than a page continues in the next one, its first line repeated.
  const maxLines = Math.floor((capacityMm - ruledMm - frameMm) / TEXT.lineMm) - 1;
  const blocks = patients.flatMap((patient) => {
    const lines = blockLines(patient, eventsOf(source, patient), source, { now, today, fmt });
    const parts = splitLines(lines, maxLines);
    return parts.map((part, index) => {
      const last = index === parts.length - 1;
      const shown =
        index === 0 ? part : [`${lines[0] ?? ''} ${t('print.notes.continued')}`, ...part];
      return {
        key: index === 0 ? patient.id : `${patient.id}-${index}`,
        lines: shown,
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
    window: sheetWindow('handover', now, today),
    pages: pagesOf(blocks, pages),
  };
}
