import { useMemo, useState, type ReactNode } from 'react';
import { boardCounts, filterBoard, type BoardFilter } from '../../domain/board';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { BedCard, PatientSummary } from './BedCard';
import { BoardFilters } from './BoardFilters';
import { useWardToday } from '../../ui/useNow';
import { useBoard, useBoardCharting, useWardName, type CardCharting } from './hooks';
import { WardJournal } from './WardJournal';
import '../../ui/patients.css';

/** The ward at a glance: one card per bed in bed order, search and filters, and the log book. */
export function BoardScreen({
  indicators,
  top,
}: {
  /** What charting shows on each patient's card (NEWS2, observations due), from the app. */
  indicators?: (patient: PatientState, charting: CardCharting | undefined) => ReactNode;
  /** Above the beds, from the app: the conflicts between tablets, the ward file reminder. */
  top?: ReactNode;
}) {
  const { t } = useI18n();
  const wardName = useWardName();
  const data = useBoard();
  const today = useWardToday();
  const present = useMemo(() => data?.board.slots.flatMap((slot) => slot.patients), [data]);
  const charting = useBoardCharting(present);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<BoardFilter>('all');
  const shown = data && filterBoard(data.board, query, filter);
  const counts = data && boardCounts(data.board);
  return (
    <main id="main" className="screen">
      <div className="board-head">
        <h1>{t('board.title', { name: wardName ?? '' })}</h1>
        <div className="action-bar">
          <a className="button button-primary" href="#/admit">
            {t('patients.board.admit')}
          </a>
          <a className="button button-secondary" href="#/beds">
            {t('patients.board.beds')}
          </a>
        </div>
      </div>
      {top}
      <section aria-labelledby="patients-title" className="panel">
        <h2 id="patients-title">{t('board.patientsTitle')}</h2>
        {counts && counts.beds > 0 && (
          <p className="board-counts" data-testid="board-counts">
            {t('patients.board.counts', counts)}
          </p>
        )}
        {data?.beds.length === 0 && (
          <p>
            {t('patients.board.noBeds')} <a href="#/beds">{t('patients.board.setUpBeds')}</a>
          </p>
        )}
        <BoardFilters query={query} onQuery={setQuery} filter={filter} onFilter={setFilter} />
        {shown &&
          shown.slots.length === 0 &&
          shown.unplaced.length === 0 &&
          data.beds.length > 0 && <p role="status">{t('patients.board.noMatch')}</p>}
        <ul className="cards" aria-label={t('patients.board.beds')}>
          {shown?.slots.map((slot) => (
            <li key={slot.bed.bedId} data-bed={slot.bed.label}>
              <BedCard
                slot={slot}
                today={today}
                indicators={
                  indicators && ((patient) => indicators(patient, charting?.get(patient.id)))
                }
              />
            </li>
          ))}
        </ul>
        {shown && shown.unplaced.length > 0 && (
          <>
            <h3>{t('patients.board.unplacedTitle')}</h3>
            <ul className="cards">
              {shown.unplaced.map((patient) => (
                <li key={patient.id}>
                  <a className="card card-occupied" href={`#/patient/${patient.id}`}>
                    <span className="card-bed">{t('board.noBed')}</span>
                    <PatientSummary patient={patient} today={today} />
                    {indicators?.(patient, charting?.get(patient.id))}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <WardJournal />
    </main>
  );
}
