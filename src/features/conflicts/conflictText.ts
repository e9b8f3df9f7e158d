import type { Bed } from '../../domain/beds';
import type { Conflict } from '../../domain/conflicts/types';
import type { WardEvent } from '../../domain/events';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { useDeviceNames } from '../../hooks/devices';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceLabel } from '../../ui/deviceLabel';
import { FIELD_LABELS } from '../../ui/headerFields';

/** "DURAND Jeanne": how a conflict names a patient. */
export const patientName = (patient: Pick<PatientState, 'identity'> | undefined): string =>
  patient
    ? `${patient.identity.birthName.toLocaleUpperCase('fr')} ${patient.identity.firstName}`
    : '?';

/** The words of conflicts: what each is, and who recorded each entry, when, on which tablet. */
export function useConflictText(beds: readonly Bed[] | undefined) {
  const { t, formatDateTime } = useI18n();
  const names = useDeviceNames();
  const kind = (conflict: Conflict): string => {
    switch (conflict.kind) {
      case 'bed': {
        const bed = beds?.find((b) => b.bedId === conflict.bedId)?.label ?? '?';
        return t('conflicts.kinds.bed', { bed });
      }
      case 'header':
        return t('conflicts.kinds.header', { field: t(FIELD_LABELS[conflict.field]) });
      case 'dose':
      case 'care':
      case 'duplicate':
        return t(`conflicts.kinds.${conflict.kind}`);
    }
  };
  const entry = (event: WardEvent): string => {
    const line = t('conflicts.entry', {
      name: event.author.name,
      time: formatDateTime(event.at),
      device: deviceLabel(t, names, event.deviceId),
    });
    // A late entry says when it was typed: the order of the two may hang on it.
    return event.recordedAt === event.at
      ? line
      : `${line} (${t('conflicts.recordedLate', { time: formatDateTime(event.recordedAt) })})`;
  };
  return { kind, entry };
}

export const byId = (patients: readonly PatientState[] | undefined) =>
  new Map<PatientId, PatientState>((patients ?? []).map((p) => [p.id, p]));
