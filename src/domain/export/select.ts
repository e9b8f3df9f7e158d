import type { WardEvent } from '../events';
import { instantOf } from '../time';

/** Which part of the log an export takes: patients (all when absent) and a window [from, to). */
export interface ExportSelection {
  patientIds?: readonly string[];
  from?: string;
  to?: string;
}

/**
 * The events an export covers: the chosen patients' events within the window; with every
 * patient, the ward's own events too (log book, beds, staff). Corrections are events.
 */
export function selectEvents(
  events: readonly WardEvent[],
  selection: ExportSelection,
): WardEvent[] {
  const fromMs = selection.from ? instantOf(selection.from) : -Infinity;
  const toMs = selection.to ? instantOf(selection.to) : Infinity;
  const chosen = selection.patientIds ? new Set(selection.patientIds) : null;
  return events.filter((event) => {
    const t = instantOf(event.at);
    if (t < fromMs || t >= toMs) return false;
    if (event.patientId === null) return chosen === null;
    return chosen === null || chosen.has(event.patientId);
  });
}
