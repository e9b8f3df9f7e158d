import { SEXES } from '../../domain/identity';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { TextField } from '../../ui/TextField';
import type { AdmissionValues } from './admissionValues';

export interface SectionProps {
  values: AdmissionValues;
  onChange: (patch: Partial<AdmissionValues>) => void;
  /** The message of a problem at a path of the admission ('identity.birthName'). */
  error: (path: string) => string | undefined;
}

interface IdentityFieldsProps extends SectionProps {
  /** Editing a recorded patient: the temporary identifier is on a wristband, it never changes. */
  editing: boolean;
  /** Asks for a temporary identifier when the nurse chooses one. */
  onTemporary: () => void;
}

/** The identity traits (RNIV) and the identifier, IPP or temporary. */
export function IdentityFields({
  values,
  onChange,
  error,
  editing,
  onTemporary,
}: IdentityFieldsProps) {
  const { t } = useI18n();
  const label = (key: Parameters<typeof t>[0], required = false) =>
    required ? `${t(key)} ${t('patients.form.requiredMark')}` : t(key);
  const temporaryOnly = editing && values.identifier === 'temp';
  return (
    <fieldset>
      <legend>{t('patients.form.identitySection')}</legend>
      <div className="form-grid">
        <TextField
          label={label('patients.identity.birthName', true)}
          hint={t('patients.form.birthNameHint')}
          error={error('identity.birthName')}
          value={values.birthName}
          onValue={(birthName) => onChange({ birthName })}
          autoCapitalize="characters"
        />
        <TextField
          label={label('patients.identity.usedName')}
          error={error('identity.usedName')}
          value={values.usedName}
          onValue={(usedName) => onChange({ usedName })}
          autoCapitalize="characters"
        />
        <TextField
          label={label('patients.identity.firstName', true)}
          error={error('identity.firstName')}
          value={values.firstName}
          onValue={(firstName) => onChange({ firstName })}
        />
        <TextField
          label={label('patients.identity.firstNames')}
          hint={t('patients.form.firstNamesHint')}
          error={error('identity.firstNames')}
          value={values.firstNames}
          onValue={(firstNames) => onChange({ firstNames })}
        />
        <TextField
          label={label('patients.identity.usedFirstName')}
          error={error('identity.usedFirstName')}
          value={values.usedFirstName}
          onValue={(usedFirstName) => onChange({ usedFirstName })}
        />
        <TextField
          label={label('patients.identity.birthDate', true)}
          hint={t('patients.form.birthDateHint')}
          error={error('identity.birthDate')}
          value={values.birthDate}
          onValue={(birthDate) => onChange({ birthDate })}
          inputMode="numeric"
          className="input-medium"
        />
        <TextField
          label={label('patients.identity.birthPlaceCode')}
          hint={t('patients.form.birthPlaceHint')}
          error={error('identity.birthPlaceCode')}
          value={values.birthPlaceCode}
          onValue={(birthPlaceCode) => onChange({ birthPlaceCode })}
          className="input-short"
          autoCapitalize="characters"
        />
      </div>
      <ChoiceField
        legend={label('patients.identity.sex', true)}
        error={error('identity.sex')}
        inline
      >
        {SEXES.map((sex) => (
          <Choice
            key={sex}
            type="radio"
            name="sex"
            label={t(`patients.identity.sexes.${sex}`)}
            checked={values.sex === sex}
            onChange={() => onChange({ sex })}
          />
        ))}
      </ChoiceField>
      {temporaryOnly ? (
        <TemporaryId value={values.tempId} />
      ) : (
        <>
          {!editing && (
            <ChoiceField
              legend={label('patients.form.identifier', true)}
              error={values.identifier ? undefined : error('identity.ipp')}
              inline
            >
              <Choice
                type="radio"
                name="identifier"
                label={t('patients.form.identifierIpp')}
                checked={values.identifier === 'ipp'}
                onChange={() => onChange({ identifier: 'ipp' })}
              />
              <Choice
                type="radio"
                name="identifier"
                label={t('patients.form.identifierTemp')}
                checked={values.identifier === 'temp'}
                onChange={() => {
                  onChange({ identifier: 'temp' });
                  if (!values.tempId) onTemporary();
                }}
              />
            </ChoiceField>
          )}
          {values.identifier === 'ipp' && (
            <TextField
              label={label('patients.identity.ipp', true)}
              hint={t('patients.form.ippHint')}
              error={error('identity.ipp')}
              value={values.ipp}
              onValue={(ipp) => onChange({ ipp })}
              inputMode="numeric"
              className="input-medium"
            />
          )}
          {values.identifier === 'temp' && <TemporaryId value={values.tempId} />}
        </>
      )}
    </fieldset>
  );
}

/** The temporary identifier, shown so it can be copied onto the wristband. */
function TemporaryId({ value }: { value: string }) {
  const { t } = useI18n();
  return (
    <div className="temp-id" role="group" aria-label={t('patients.identity.tempId')}>
      <p className="temp-id-label">
        {t('patients.identity.tempId')} — <strong>{t('patients.identity.temporary')}</strong>
      </p>
      <p className="temp-id-value mono" data-testid="temp-id">
        {value || t('patients.form.tempIdDrawing')}
      </p>
      <p className="field-hint">{t('patients.form.tempIdHint')}</p>
    </div>
  );
}
