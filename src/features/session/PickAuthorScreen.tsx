import { useI18n } from '../../i18n/I18nProvider';
import type { StaffMember } from '../../domain/staff';
import { AddStaffForm } from './AddStaffForm';
import { chooseAuthor, useWard } from './hooks';

/** Who is charting: every event recorded from now on carries this person. */
export function PickAuthorScreen({ onChosen }: { onChosen?: () => void }) {
  const { t } = useI18n();
  const ward = useWard();

  function pick(person: StaffMember) {
    chooseAuthor(person);
    onChosen?.();
  }

  return (
    <main id="main" className="screen screen-narrow">
      <h1>{t('session.pickTitle')}</h1>
      <p>{t('session.pickIntro')}</p>
      <ul className="choice-list">
        {ward?.staff.map((person) => (
          <li key={person.staffId}>
            <button type="button" className="choice" onClick={() => pick(person)}>
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
