import { useI18n } from '../../i18n/I18nProvider';
import { AddStaffForm } from './AddStaffForm';
import { useWard } from './hooks';

/** The ward's staff list, and a form to grow it. */
export function StaffPanel() {
  const { t } = useI18n();
  const ward = useWard();
  return (
    <section aria-labelledby="staff-title" className="panel">
      <h2 id="staff-title">{t('staff.listTitle')}</h2>
      <ul className="staff-list">
        {ward?.staff.map((person) => (
          <li key={person.staffId}>
            <strong>{person.name}</strong> ({person.initials}) — {t(`staff.roles.${person.role}`)}
          </li>
        ))}
      </ul>
      <h3>{t('staff.addTitle')}</h3>
      <AddStaffForm />
    </section>
  );
}
