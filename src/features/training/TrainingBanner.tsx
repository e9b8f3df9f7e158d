import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { useWriteForm } from '../../ui/useWriteForm';
import { inTraining, tryLeaveTraining, useFilling } from './hooks';
import './training.css';

/**
 * On every screen of the training ward, lock and first run included: the word FORMATION,
 * what it means, and the way out (which deletes the training ward, after a confirmation).
 */
export function TrainingBanner() {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const form = useWriteForm();
  const filling = useFilling();
  if (!inTraining()) return null;
  const percent =
    filling.state === 'filling' && filling.total > 0 ? filling.done / filling.total : 0;
  return (
    <aside className="training-band" aria-labelledby="training-band-title">
      <p>
        <strong id="training-band-title">{t('training.band')}</strong> {t('training.bandText')}
      </p>
      {confirming ? (
        <div role="group" aria-label={t('training.leaveConfirm')} className="training-actions">
          <p>{t('training.leaveConfirm')}</p>
          <button
            type="button"
            className="button-danger"
            disabled={form.status.state === 'saving'}
            onClick={() => void form.submit(tryLeaveTraining)}
          >
            {t('training.leaveYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('training.leaveNo')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('training.leave')}
        </button>
      )}
      {form.status.state === 'failed' && <Notice tone="error">{t('training.leaveFailed')}</Notice>}
      <p role="status" className="training-filling">
        {filling.state === 'filling' &&
          t('training.filling', { percent: Math.round(percent * 100) })}
        {filling.state === 'done' && t('training.filled')}
      </p>
      {filling.state === 'failed' && <Notice tone="error">{t('training.fillFailed')}</Notice>}
    </aside>
  );
}
