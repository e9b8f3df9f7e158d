import type { PatientState } from '../../domain/patient';
import type { PrintFormat } from '../format';
import { bodyHeight, contentWidth } from '../geometry';
import { charsPerLine, clampLines, wrapText } from '../text';
import { bedLabel, birthText, identifierText, nameText, type PrintSource } from './common';

/** A page of stickers: 3 × 7 labels fill the body of a portrait page with a band. */
export const LABEL_GRID = { columns: 3, rows: 7, padMm: 1.5 } as const;
/** Larger than the tables: a label is read on a tube or a wristband. */
export const LABEL_TEXT = { fontPt: 10, lineMm: 4.3 } as const;

export const labelSize = () => ({
  width: contentWidth('portrait') / LABEL_GRID.columns,
  height: bodyHeight({ orientation: 'portrait', band: true }) / LABEL_GRID.rows,
});

export interface LabelsDoc {
  kind: 'labels';
  /** The text of one label (every label of the page is the same patient). */
  lines: string[];
}

/** Sheet 7: one page of identity labels for a patient (tubes, forms, the paper chart). */
export function buildLabels(
  patient: PatientState,
  source: PrintSource,
  wardName: string,
  today: string,
  fmt: PrintFormat,
): LabelsDoc {
  const { width, height } = labelSize();
  const chars = charsPerLine(width - 2 * LABEL_GRID.padMm, LABEL_TEXT.fontPt);
  const maxLines = Math.floor((height - 2 * LABEL_GRID.padMm) / LABEL_TEXT.lineMm);
  const bed = bedLabel(source.beds, patient.bed);
  const rest = [
    ...wrapText(birthText(patient.identity, today, fmt), chars),
    ...wrapText(identifierText(patient.identity, fmt), chars),
    ...wrapText(bed ? `${wardName} — ${fmt.t('print.handover.bed', { bed })}` : wardName, chars),
  ];
  const name = clampLines(
    wrapText(nameText(patient.identity), chars),
    maxLines - rest.length,
    chars,
  );
  return { kind: 'labels', lines: [...name, ...rest] };
}
