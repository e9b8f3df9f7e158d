import { useMemo, useState } from 'react';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { stripBidiControls } from '../../domain/text';
import { timeline, type TimelineEntry } from '../../domain/timeline';
import { useI18n } from '../../i18n/I18nProvider';

const PAGE = 10;

function NoteBody({ entry }: { entry: TimelineEntry }) {
  const { t } = useI18n();
  const { event } = entry;
  if (event.type === 'note.targeted') {
    const { target, data, actions, results } = event.payload;
    return (
      <>
        <p className="journal-text">
          <strong>{t('charting.notes.targetShort', { target })}</strong>
        </p>
        {(
          [
            ['data', data],
            ['actions', actions],
            ['results', results],
          ] as const
        ).map(
          ([part, text]) =>
            text && (
              <p key={part} className="journal-text">
                <strong>{t(`charting.notes.letters.${part}`)}</strong>{' '}
                <bdi>{stripBidiControls(text)}</bdi>
              </p>
            ),
        )}
      </>
    );
  }
  if (event.type === 'result.phoned') {
    const p = event.payload;
    return (
      <p className="journal-text">
        <strong>
          {t('charting.results.line', { test: p.test, value: p.value, unit: p.unit ?? '' })}
        </strong>{' '}
        {t('charting.results.calledByName', { name: p.calledBy })} —{' '}
        {p.readBack ? t('charting.results.readBackYes') : t('charting.results.readBackNo')}
        {p.note && (
          <>
            {' — '}
            <bdi>{stripBidiControls(p.note)}</bdi>
          </>
        )}
      </p>
    );
  }
  if (event.type === 'note.written') {
    return (
      <p className="journal-text">
        <bdi>{stripBidiControls(event.payload.text)}</bdi>
      </p>
    );
  }
  return null;
}

/** Targeted notes and phoned results of the stay, newest first; a corrected one struck through. */
export function NotesPanel({
  patient,
  events,
}: {
  patient: PatientState;
  events: readonly WardEvent[];
}) {
  const { t, formatDateTime } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const entries = useMemo(() => timeline(events, ['notes']).reverse(), [events]);
  const base = `#/patient/${patient.id}`;
  return (
    <section aria-labelledby="notes-title" className="panel">
      <h2 id="notes-title">{t('charting.notes.title')}</h2>
      {patient.status === 'admitted' && (
        <div className="action-bar">
          <a className="button button-primary" href={`${base}/note`}>
            {t('charting.notes.write')}
          </a>
          <a className="button button-secondary" href={`${base}/result`}>
            {t('charting.results.record')}
          </a>
        </div>
      )}
      {entries.length === 0 && <p>{t('charting.notes.none')}</p>}
      <ol className="journal">
        {entries.slice(0, shown).map((entry) => (
          <li key={entry.event.id} className={`journal-entry${entry.voided ? ' voided' : ''}`}>
            <p className="journal-meta">
              {t('charting.common.by', {
                time: formatDateTime(entry.event.at),
                author: `${entry.event.author.name} (${entry.event.author.initials})`,
              })}
            </p>
            {entry.voided ? (
              <>
                <del>
                  <NoteBody entry={entry} />
                </del>
                <p className="voided-by">
                  {t('charting.timeline.voidedBy', {
                    author: `${entry.voided.author.name} (${entry.voided.author.initials})`,
                    time: formatDateTime(entry.voided.at),
                    reason: entry.voided.reason,
                  })}
                </p>
              </>
            ) : (
              <NoteBody entry={entry} />
            )}
          </li>
        ))}
      </ol>
      {entries.length > shown && (
        <button type="button" className="button-secondary" onClick={() => setShown(shown + PAGE)}>
          {t('charting.common.more')}
        </button>
      )}
    </section>
  );
}
