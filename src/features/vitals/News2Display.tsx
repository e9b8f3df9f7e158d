import type { LevelOfCare } from '../../domain/admission';
import { escalationMessage, triggersEscalation } from '../../domain/escalation';
import type { News2Attempt, News2Parameter, News2Result } from '../../domain/news2';
import type { ObservationDue } from '../../domain/vitalsChart';
import { useI18n } from '../../i18n/I18nProvider';
import { useEscalationText } from '../../ui/escalationText';

const PARAMETERS: News2Parameter[] = [
  'respiratoryRate',
  'spo2',
  'onOxygen',
  'systolicBp',
  'pulse',
  'consciousness',
  'temperature',
];

/** The score and its risk in words (readable in black and white), coloured as a second cue. */
export function News2Badge({ result }: { result: News2Result }) {
  const { t } = useI18n();
  return (
    <span className={`news2 news2-${result.risk}`}>
      <span className="news2-total">{t('charting.news2.score', { total: result.total })}</span>
      <span className="news2-risk">{t(`charting.news2.risks.${result.risk}`)}</span>
    </span>
  );
}

/**
 * NEWS2 as the form is typed: the score, what to do, and how often to observe. A score that
 * triggers says whom to call, within the patient's level of care.
 */
export function News2Live({
  attempt,
  scale,
  levelOfCare,
}: {
  attempt: News2Attempt;
  scale: 1 | 2;
  levelOfCare?: LevelOfCare | undefined;
}) {
  const { t } = useI18n();
  const escalationText = useEscalationText();
  if (attempt.kind !== 'scored') {
    const missing = attempt.missing
      .filter((field) => field !== 'spo2Scale')
      .map((field) => t(`charting.news2.parameters.${field}`))
      .join(', ');
    return (
      <div className="news2-live news2-live-incomplete" role="status" aria-atomic="true">
        <p className="news2-live-title">{t('charting.news2.title')}</p>
        <p>
          {missing
            ? t('charting.news2.incomplete', { fields: missing })
            : t('charting.news2.invalid')}
        </p>
      </div>
    );
  }
  const { result } = attempt;
  const escalation = triggersEscalation(result) ? escalationMessage(result, levelOfCare) : null;
  return (
    <div className={`news2-live news2-live-${result.risk}`} role="status" aria-atomic="true">
      <p className="news2-live-title">
        <News2Badge result={result} />
      </p>
      {result.anyParameterScores3 && <p className="news2-flag">{t('charting.news2.param3')}</p>}
      {escalation && <p className="news2-escalation">{escalationText(escalation)}</p>}
      {/* The chart's response calls the resuscitation team: not said when care excludes it. */}
      {!(escalation?.urgency === 'emergency' && !escalation.callMet) && (
        <p className="news2-response">{t(`charting.news2.responses.${result.response}`)}</p>
      )}
      <p className="news2-frequency">
        {t(`charting.news2.frequencies.${result.minimumFrequency.code}`)}
      </p>
      <p className="news2-scale">
        {scale === 2 ? t('charting.vitals.scale.two') : t('charting.vitals.scale.one')}
      </p>
      <ul className="news2-scores" aria-label={t('charting.news2.detail')}>
        {PARAMETERS.map((parameter) => (
          <li key={parameter}>
            {t('words.labelled', {
              label: t(`charting.vitals.short.${parameter}`),
              text: result.scores[parameter],
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** When the next observations are due; what needs doing starts with a word: "EN RETARD". */
export function ObservationStatus({ due }: { due: ObservationDue }) {
  const { t, formatTime } = useI18n();
  const time = due.dueAt ? formatTime(due.dueAt) : '';
  return (
    <span className={`obs-status obs-${due.status}`}>
      {due.status !== 'upcoming' && (
        <strong className="obs-word">{t(`charting.vitals.statusWord.${due.status}`)} </strong>
      )}
      {t(`charting.vitals.due.${due.status}`, { time })}
    </span>
  );
}
