import { useState, type FormEvent } from 'react';
import type { StaffMember } from '../../domain/staff';
import { useI18n } from '../../i18n/I18nProvider';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { emptyStaff, StaffFields, type StaffValues } from '../../ui/StaffFields';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryAddSelf, tryAddStaff } from './hooks';

interface AddStaffFormProps {
  /** True on "Qui saisit ?": the person added is at the tablet, signs her entry and charts. */
  self?: boolean;
  onAdded?: (person: StaffMember) => void;
}

/** Adds a person to the ward's staff list. */
export function AddStaffForm({ self = false, onAdded }: AddStaffFormProps) {
  const { t } = useI18n();
  const addStaff = self ? tryAddSelf : tryAddStaff;
  const form = useWriteForm();
  const [values, setValues] = useState<StaffValues>(emptyStaff);
  const [lastAdded, setLastAdded] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const person = await form.submit(() => addStaff(values));
    if (!person) return;
    setLastAdded(person.name);
    setValues(emptyStaff);
    onAdded?.(person);
  }

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('staff.addTitle')}
    >
      <StaffFields
        values={values}
        onChange={setValues}
        errorOf={(field) => form.issueAt(`payload.${field}`)}
      />
      <FormStatusNotice status={form.status} saved={t('staff.added', { name: lastAdded })} />
      <button type="submit" className="button-secondary" disabled={form.status.state === 'saving'}>
        {t('staff.add')}
      </button>
    </form>
  );
}
