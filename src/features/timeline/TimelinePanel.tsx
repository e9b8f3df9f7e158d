import { useMemo, useState } from 'react';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { instantOf } from '../../domain/time';
import {
  timeline,
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineKind,
} from '../../domain/timeline';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceLabel } from '../../ui/deviceLabel';
import { useDescribeEvent } from '../../ui/eventText';
import { ReasonAction } from '../../ui/ReasonAction';
import { useDeviceNames } from '../../hooks/devices';
import { tryVoidEntry } from './hooks';

const PAGE = 20;
/**
 * Every entry can be struck out, except an admission: without it the patient would vanish
 * from the board and from this screen, where the correction could be undone. A wrong
 * admission is corrected by the identity team, not at the bedside.
 */
const CORRECTABLE = (event: WardEvent) => event.type !== 'patient.admitted';
// A late entry is one recorded more than a quarter of an hour after it happened.
const LATE_MS = 15 * 60_000;

function Entry({
  entry,
  text,
  device,
}: {
  entry: TimelineEntry;
  text: string;
  /** The tablet it was entered on, by its name. */
  device: string | null;
}) {
  const { t, formatDateTime } = useI18n();
  const { event, voided } = entry;
  const who = (author: WardEvent['author']) => `${author.name} (${author.initials})`;
  const late = instantOf(event.recordedAt) - instantOf(event.at) > LATE_MS;
  return (
    <li className={`journal-entry timeline-${entry.kind}${voided ? ' voided' : ''}`}>
      <p className="journal-meta">
        {t('charting.common.by', { time: formatDateTime(event.at), author: who(event.author) })}
        {device && ` ${t('words.device.on', { name: device })}`}
        {late && ` — ${t('charting.common.late', { time: formatDateTime(event.recordedAt) })}`}
        {' · '}
        {t(`charting.timeline.kinds.${entry.kind}`)}
      </p>
      <p className="journal-text">{voided ? <del>{text}</del> : text}</p>
      {voided && (
        <p className="voided-by">
          <strong>{t('charting.timeline.voidedWord')}</strong>{' '}
          {t('charting.timeline.voidedBy', {
            author: who(voided.author),
            time: formatDateTime(voided.at),
            reason: voided.reason,
          })}
        </p>
      )}
      {entry.corrections
        .filter((correction) => correction.undoneBy)
        .map((correction) => (
          <p key={correction.voidId} className="journal-meta">
            {t('charting.timeline.restored', {
              author: correction.undoneBy ? who(correction.undoneBy.author) : '',
              time: correction.undoneBy ? formatDateTime(correction.undoneBy.at) : '',
              reason: correction.undoneBy?.reason ?? '',
            })}
          </p>
        ))}
      {!CORRECTABLE(event) ? null : voided ? (
        <ReasonAction
          label={t('charting.timeline.restore')}
          reasonLabel={t('charting.timeline.restoreReason')}
          confirmLabel={t('charting.timeline.restoreConfirm')}
          reasonPath="payload.reason"
          onConfirm={(reason) => tryVoidEntry(voided.voidId, reason)}
        />
      ) : (
        <ReasonAction
          label={t('charting.timeline.void')}
          accessibleLabel={t('charting.timeline.voidNamed', { what: text.slice(0, 80) })}
          reasonLabel={t('charting.timeline.voidReason')}
          reasonHint={t('charting.timeline.voidHint')}
          confirmLabel={t('charting.timeline.voidConfirm')}
          reasonPath="payload.reason"
          onConfirm={(reason) => tryVoidEntry(event.id, reason)}
        />
      )}
    </li>
  );
}

/** Everything recorded for the patient, newest first, by kind; corrections struck through. */
export function TimelinePanel({
  events,
  bedLabel,
}: {
  patient: PatientState;
  events: readonly WardEvent[];
  /** The ward's bed labels, as the patient's screen already read them. */
  bedLabel: (bedId: string | null) => string | undefined;
}) {
  const { t } = useI18n();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const [shown, setShown] = useState(PAGE);
  const names = useDeviceNames();
  const describe = useDescribeEvent(events, (id) => bedLabel(id) ?? '?');
  const deviceOf = (event: WardEvent) => deviceLabel(t, names, event.deviceId);
  const entries = useMemo(() => timeline(events, kinds).reverse(), [events, kinds]);
  const toggle = (kind: TimelineKind) =>
    setKinds(kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]);
  return (
    <section aria-labelledby="timeline-title" className="panel">
      <h2 id="timeline-title">{t('charting.timeline.title')}</h2>
      <div
        role="group"
        aria-label={t('charting.timeline.filters')}
        className="segmented segmented-wrap"
      >
        <button type="button" aria-pressed={kinds.length === 0} onClick={() => setKinds([])}>
          {t('charting.timeline.all')}
        </button>
        {TIMELINE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={kinds.includes(kind)}
            onClick={() => toggle(kind)}
          >
            {t(`charting.timeline.kinds.${kind}`)}
          </button>
        ))}
      </div>
      {entries.length === 0 && <p>{t('charting.timeline.none')}</p>}
      <ol className="journal timeline">
        {entries.slice(0, shown).map((entry) => (
          <Entry
            key={entry.event.id}
            entry={entry}
            text={describe(entry.event)}
            device={deviceOf(entry.event)}
          />
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
