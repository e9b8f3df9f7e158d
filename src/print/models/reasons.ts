import type { CareRow } from '../../domain/carePlan';
import type { MarAdministration, MarRow } from '../../domain/mar';
import { withReason } from '../../domain/reasonText';
import { instantOf } from '../../domain/time';
import type { VitalsRow } from '../../domain/vitalsChart';
import type { PrintFormat } from '../format';
import { cellChars, rowHeight } from '../geometry';
import { wrapText } from '../text';
import { careText, medText } from './chartText';

// Why a dose or a care was not given, an as-needed indication, a deviation, a vitals comment:
// a code in a box says "see the reason", so the reason is printed on the same sheet (issue 10).

/** One reason, keyed to its box by date and time. */
export interface ReasonEntry {
  key: string;
  /** The box's time: the scheduled time when there is one, else the bedside time. */
  at: string;
  initials: string;
  /** What it is about: the drug, the care, "Constantes". */
  subject: string;
  text: string;
}

/** A full-width row at the foot of a chart table (the heading, then one per reason). */
export interface ReasonRow {
  kind: 'reason';
  key: string;
  lines: string[];
  strong: boolean;
  heightMm: number;
}

const d = 'printDetails.reasons';

function administrationText(record: MarAdministration, fmt: PrintFormat): string | null {
  const { t } = fmt;
  const parts = [
    record.outcome !== 'given' &&
      withReason(
        t(`${d}.outcome`, {
          code: t(`print.codes.${record.outcome}`),
          outcome: t(`${d}.outcomes.${record.outcome}`),
        }),
        record.reason,
      ),
    record.prnIndication && t(`${d}.indication`, { text: record.prnIndication }),
    record.override && t(`${d}.override`, { reason: record.override.reason }),
    record.deviation &&
      t(`${d}.deviation`, {
        kinds: record.deviation.kinds.map((kind) => t(`${d}.kinds.${kind}`)).join(', '),
        reason: record.deviation.reason,
      }),
    record.note && t(`${d}.note`, { text: record.note }),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ; ') : null;
}

/** The reasons of every dose charted on these MAR rows. */
export const medReasons = (rows: readonly MarRow[], fmt: PrintFormat): ReasonEntry[] =>
  rows.flatMap(({ prescription, administrations }) =>
    administrations.flatMap((record) => {
      const text = administrationText(record, fmt);
      if (text === null) return [];
      const subject = medText(prescription, fmt);
      const at = record.dueAt ?? record.at;
      return [{ key: record.id, at, initials: record.author.initials, subject, text }];
    }),
  );

/** The reasons (and notes) of every care recorded on these care plan rows. */
export const careReasons = (rows: readonly CareRow[], fmt: PrintFormat): ReasonEntry[] =>
  rows.flatMap(({ care, records }) =>
    records.flatMap((record) => {
      const parts = [
        record.outcome === 'not-done' &&
          withReason(
            fmt.t(`${d}.outcome`, {
              code: fmt.t('print.codes.not-done'),
              outcome: fmt.t(`${d}.outcomes.not-done`),
            }),
            record.reason,
          ),
        record.note && fmt.t(`${d}.note`, { text: record.note }),
      ].filter((part): part is string => Boolean(part));
      if (parts.length === 0) return [];
      const subject = careText(care, fmt);
      const text = parts.join(' ; ');
      return [
        { key: record.id, at: record.dueAt, initials: record.author.initials, subject, text },
      ];
    }),
  );

/** The comment of every set of vitals. */
export const vitalsComments = (rows: readonly VitalsRow[], fmt: PrintFormat): ReasonEntry[] =>
  rows.flatMap((row) =>
    row.values.comment
      ? [
          {
            key: row.id,
            at: row.at,
            initials: row.author.initials,
            subject: fmt.t(`${d}.vitals`),
            text: row.values.comment,
          },
        ]
      : [],
  );

export const byTime = (entries: readonly ReasonEntry[]): ReasonEntry[] =>
  [...entries].sort((a, b) => instantOf(a.at) - instantOf(b.at));

/** "29/11 12:00 AM — Paracétamol 1 g PO — R (refusé) — vomit" */
export const reasonLine = (entry: ReasonEntry, fmt: PrintFormat): string =>
  `${fmt.shortDateTime(entry.at)} ${entry.initials} — ${entry.subject} — ${entry.text}`;

/** The "Reasons" block as table rows: nothing when there is no reason. */
export function reasonRows(
  entries: readonly ReasonEntry[],
  widthMm: number,
  fmt: PrintFormat,
): ReasonRow[] {
  if (entries.length === 0) return [];
  const chars = cellChars(widthMm);
  const row = (key: string, lines: string[], strong: boolean): ReasonRow => ({
    kind: 'reason',
    key,
    lines,
    strong,
    heightMm: rowHeight(lines.length),
  });
  return [
    row('reasons', wrapText(fmt.t(`${d}.heading`), chars), true),
    ...byTime(entries).map((entry) =>
      row(`reason-${entry.key}`, wrapText(reasonLine(entry, fmt), chars), false),
    ),
  ];
}

/** Pages of rows and reasons paginated together, split back: the table rows, then the reasons. */
export function splitReasons<T extends { kind: string }>(
  pages: readonly (T | ReasonRow)[][],
): { rows: T[][]; reasons: ReasonRow[][] } {
  const isReason = (row: T | ReasonRow): row is ReasonRow => row.kind === 'reason';
  return {
    rows: pages.map((page) => page.filter((row): row is T => !isReason(row))),
    reasons: pages.map((page) => page.filter(isReason)),
  };
}
