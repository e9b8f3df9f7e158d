import type { PatientId } from '../../domain/ids';
import { useState, type ReactNode } from 'react';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { placedSince } from '../../domain/moves';
import { useFlash } from './flash';
import { usePatientHistory, type HistoryEntry } from './hooks';
import { PatientFrame, type FrameContext } from './PatientFrame';
import { PatientHeaderPanel } from './PatientHeaderPanel';
import { PatientHistory } from './PatientHistory';

/** Entries and corrections of the history read at first, and added by each "show earlier". */
const HISTORY_PAGE = 30;

interface PatientScreenProps {
  patientId: PatientId;
  /** The charting sections (vitals, MAR, care, notes...), composed by the app. */
  charting?: (patient: PatientState, bedLabel: FrameContext['bedLabel']) => ReactNode;
}

/** A patient's screen: identity band, where and since when, actions, charting, header, history. */
export function PatientScreen({ patientId, charting }: PatientScreenProps) {
  const { t, formatDateTime } = useI18n();
  const saved = useFlash();
  // Read once, shown twice: where the patient is since when, and the history at the bottom.
  // A window of the newest entries: "show earlier" widens it (the cost follows what is shown).
  const [limit, setLimit] = useState(HISTORY_PAGE);
  const historyWindow = usePatientHistory(patientId, limit);
  const history = historyWindow?.entries;
  return (
    <PatientFrame patientId={patientId} back="board">
      {({ patient, bedLabel }) => {
        const bed = bedLabel(patient.bed);
        const admitted = patient.status === 'admitted';
        const base = `#/patient/${patient.id}`;
        const actions = admitted
          ? [
              ['move', t('patients.patient.move')],
              ['edit', t('patients.patient.edit')],
              ['discharge', t('patients.patient.discharge')],
            ]
          : [
              ['readmit', t('patients.patient.readmit')],
              ['edit', t('patients.patient.edit')],
            ];
        if (patient.identity.tempId && !patient.identity.ipp) {
          actions.push(['link', t('patients.patient.link')]);
        }
        return (
          <>
            {saved && (
              <Notice tone="success">
                {t(`patients.patient.saved.${saved}`, { sex: patient.identity.sex })}
              </Notice>
            )}
            <h1 className="patient-status">
              {admitted ? (
                <PresentSince patient={patient} bed={bed} history={history} />
              ) : (
                t('patients.patient.dischargedOn', {
                  date: formatDateTime(patient.dischargedAt ?? patient.admittedAt),
                  sex: patient.identity.sex,
                })
              )}
            </h1>
            {patient.discharge && (
              <p>
                {t(`patients.patient.destinations.${patient.discharge.destination}`)}
                {patient.discharge.detail && ` — ${patient.discharge.detail}`}
              </p>
            )}
            <nav aria-label={t('patients.patient.actions')} className="action-bar">
              {actions.map(([action, label]) => (
                <a key={action} className="button button-secondary" href={`${base}/${action}`}>
                  {label}
                </a>
              ))}
            </nav>
            {charting?.(patient, bedLabel)}
            <PatientHeaderPanel patient={patient} />
            <PatientHistory
              history={history}
              bedLabel={bedLabel}
              onShowEarlier={
                historyWindow?.earlier ? () => setLimit((shown) => shown + HISTORY_PAGE) : undefined
              }
            />
          </>
        );
      }}
    </PatientFrame>
  );
}

/**
 * "Lit 2 — Présent depuis le …": since the patient is in this bed (the last move that stands),
 * with the admission's date when a move came after it.
 */
function PresentSince({
  patient,
  bed,
  history,
}: {
  patient: PatientState;
  bed: string | undefined;
  history: readonly HistoryEntry[] | undefined;
}) {
  const { t, formatDateTime } = useI18n();
  const placed =
    (history && placedSince(history.filter((e) => !e.voided).map((e) => e.event))) ??
    patient.admittedAt;
  const where = bed ? t('patients.patient.inBed', { bed }) : t('patients.patient.noBed');
  const since = t('patients.patient.admittedSince', {
    date: formatDateTime(placed),
    sex: patient.identity.sex,
  });
  const admitted =
    placed === patient.admittedAt
      ? ''
      : ` (${t('escalation.moves.admittedOn', { date: formatDateTime(patient.admittedAt), sex: patient.identity.sex })})`;
  return <>{`${where} — ${since}${admitted}`}</>;
}
