import { isOneOf } from '../../domain/oneOf';
import { SHEET_KINDS, type SheetKind } from '../../print/types';

/** What the nurse chose in the print centre; kept in the hash so a link opens it ready. */
export interface CentreChoice {
  sheets: SheetKind[];
  /** 'all' follows the ward: a patient admitted meanwhile is in the pack. */
  patients: 'all' | string[];
  startDay: 'today' | 'tomorrow';
}

export const DEFAULT_CHOICE: CentreChoice = { sheets: [], patients: 'all', startDay: 'today' };

const isSheet = (value: string): value is SheetKind => isOneOf(SHEET_KINDS, value);

/**
 * Reads "#/print/mar,vitals/all/tomorrow" (sheets, patients: 'all' or ids, first day);
 * anything missing or unknown falls back to the default.
 */
export function parseChoice(hash: string): CentreChoice {
  const [, screen, sheets = '', patients = '', startDay = ''] = hash.replace(/^#/, '').split('/');
  if (screen !== 'print') return DEFAULT_CHOICE;
  const ids = patients.split(',').filter(Boolean);
  return {
    sheets: SHEET_KINDS.filter((kind) => sheets.split(',').filter(isSheet).includes(kind)),
    patients: patients === 'all' || ids.length === 0 ? 'all' : ids,
    startDay: startDay === 'tomorrow' ? 'tomorrow' : 'today',
  };
}

export function choiceHash(choice: CentreChoice): string {
  const patients = choice.patients === 'all' ? 'all' : choice.patients.join(',');
  return `#/print/${choice.sheets.join(',')}/${patients}/${choice.startDay}`;
}

/** Toggles an item in a list, keeping the order of `all`. */
export function toggle<T>(list: readonly T[], item: T, on: boolean, all: readonly T[]): T[] {
  return all.filter((value) => (value === item ? on : list.includes(value)));
}

/** The whole ward pack: every sheet (the blank admission sheet too) for every patient present. */
export const wholeWard = (choice: CentreChoice): CentreChoice => ({
  sheets: [...SHEET_KINDS],
  patients: 'all',
  startDay: choice.startDay,
});
