import type { PatientId } from '../../domain/ids';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice } from '../../ui/ChoiceField';
import { TextField } from '../../ui/TextField';

interface SameIppChoiceProps {
  patientId: PatientId;
  ipp: string;
  busy: boolean;
  reasonError: string | undefined;
  /** Confirmed twice (the consequences read, then ticked), with the reason typed. */
  onForce: (reason: string) => void;
}

/**
 * An IPP already carried by another record: not linking is the prominent action. Linking
 * anyway is tucked away, says what will happen, and needs a tick and a reason.
 */
export function SameIppChoice({ patientId, ipp, busy, reasonError, onForce }: SameIppChoiceProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  return (
    <div className="same-ipp">
      <h3>{t('identityEdits.sameIpp.title')}</h3>
      <p>{t('identityEdits.sameIpp.intro')}</p>
      <p>{t('identityEdits.sameIpp.samePerson')}</p>
      <a className="button button-primary" href={`#/patient/${patientId}`}>
        {t('identityEdits.sameIpp.cancel')}
      </a>
      <details className="panel">
        <summary>{t('identityEdits.sameIpp.forceSummary')}</summary>
        <p>
          <strong>{t('identityEdits.sameIpp.consequence', { ipp })}</strong>
        </p>
        <TextField
          label={t('identityEdits.sameIpp.reason')}
          hint={t('identityEdits.sameIpp.reasonHint')}
          error={reasonError}
          value={reason}
          onValue={setReason}
        />
        <Choice
          type="checkbox"
          name="same-ipp-understood"
          label={t('identityEdits.sameIpp.acknowledge')}
          checked={understood}
          onChange={setUnderstood}
        />
        <button
          type="button"
          className="button-secondary"
          disabled={busy || !understood}
          onClick={() => onForce(reason)}
        >
          {t('identityEdits.sameIpp.force')}
        </button>
      </details>
    </div>
  );
}
