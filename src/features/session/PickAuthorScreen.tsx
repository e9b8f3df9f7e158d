import { useI18n } from '../../i18n/I18nProvider';
import { FailureNotice } from '../../ui/FailureNotice';
import { useState } from 'react';
import type { WriteFailure } from '../../domain/failure';
import { AddStaffForm } from './AddStaffForm';
import { tryChooseAuthor, useWard } from './hooks';

/** Who is charting: every event recorded from now on carries this person. */
export function PickAuthorScreen({ onChosen }: { onChosen?: () => void }) {
  const { t } = useI18n();
  const ward = useWard();
  const [failure, setFailure] = useState<WriteFailure | null>(null);

  async function pick(staffId: Parameters<typeof tryChooseAuthor>[0]) {
    const result = await tryChooseAuthor(staffId);
    if (result.ok) onChosen?.();
    else setFailure(result.failure);
  }

  return (
    <main id="main" className="screen screen-narrow">
      <h1>{t('session.pickTitle')}</h1>
      <p>{t('session.pickIntro')}</p>
      {failure && <FailureNotice failure={failure} />}
      <ul className="choice-list">
        {ward?.staff.map((person) => (
          <li key={person.staffId}>
            <button type="button" className="choice" onClick={() => void pick(person.staffId)}>
              <span className="choice-main">{person.name}</span>
              <span className="choice-detail">
                {person.initials} · {t(`staff.roles.${person.role}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <details className="panel">
        <summary>{t('session.notListed')}</summary>
        <AddStaffForm self onAdded={() => onChosen?.()} />
      </details>
    </main>
  );
}
