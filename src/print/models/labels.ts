import type { PatientState } from '../../domain/patient';
import type { PrintFormat } from '../format';
import { bodyHeight, contentWidth } from '../geometry';
import { charsPerLine, clampLines, wrapText } from '../text';
import { fullNameText, labelAllergyLine } from './clinical';
import { bedLabel, birthText, identifierText, printPatient, type PrintSource } from './common';

/** A page of stickers: 3 × 7 labels fill the body of a portrait page with a band. */
export const LABEL_GRID = { columns: 3, rows: 7, padMm: 1.5 } as const;
/**
 * Larger than the tables: a label is read on a tube or a wristband. A long name is set
 * smaller, down to 8 pt, rather than cut; the ward line goes before any identity trait.
 */
export const LABEL_TEXT = { fontPt: 10, lineMm: 4.3 } as const;
const LABEL_SIZES = [LABEL_TEXT, { fontPt: 9, lineMm: 3.9 }, { fontPt: 8, lineMm: 3.5 }] as const;

export const labelSize = () => ({
  width: contentWidth('portrait') / LABEL_GRID.columns,
  height: bodyHeight({ orientation: 'portrait', band: true }) / LABEL_GRID.rows,
});

export interface LabelsDoc {
  kind: 'labels';
  /** The text of one label (every label of the page is the same patient). */
  lines: string[];
  /** Type size and line pitch the lines were counted for. */
  fontPt: number;
  lineMm: number;
}

/**
 * Sheet 7: one page of identity labels for a patient (tubes, forms, the paper chart): every
 * identity trait (all first names), then the allergies, then the ward when room is left.
 */
export function buildLabels(
  patient: PatientState,
  source: PrintSource,
  wardName: string,
  today: string,
  fmt: PrintFormat,
): LabelsDoc {
  const { width, height } = labelSize();
  const { clinical } = printPatient(patient, source.beds);
  const bed = bedLabel(source.beds, patient.bed);
  const ward = bed ? `${wardName} — ${fmt.t('print.handover.bed', { bed })}` : wardName;
  let lines: string[] = [];
  for (const size of LABEL_SIZES) {
    const chars = charsPerLine(width - 2 * LABEL_GRID.padMm, size.fontPt);
    const maxLines = Math.floor((height - 2 * LABEL_GRID.padMm) / size.lineMm);
    const identity = [
      ...wrapText(fullNameText(patient.identity), chars),
      ...wrapText(birthText(patient.identity, today, fmt), chars),
      ...wrapText(identifierText(patient.identity, fmt), chars),
    ];
    const allergy = clampLines(wrapText(labelAllergyLine(clinical, chars, fmt), chars), 1, chars);
    const withWard = [...identity, ...allergy, ...wrapText(ward, chars)];
    lines = withWard.length <= maxLines ? withWard : [...identity, ...allergy];
    if (lines.length <= maxLines) return { kind: 'labels', lines, ...size };
  }
  // Beyond 8 pt a name no label can hold: printed whole all the same, the preview flags the
  // overflow and blocks printing.
  return { kind: 'labels', lines, fontPt: 8, lineMm: 3.5 };
}
