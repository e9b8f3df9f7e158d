import { useI18n } from '../../i18n/I18nProvider';
import { SheetPage } from '../SheetPage';
import type { PrintContext } from '../types';
import { BlankCarePage } from './BlankCarePage';
import { BlankField, Boxes, FormSection } from './blankParts';

export interface BlankAdmissionDoc {
  kind: 'blankAdmission';
  /** Allocated for this sheet and recorded in the log before printing. */
  tempId: string;
}

/** Where the identity band goes on a blank sheet: the identifier, and the traits to write. */
function BlankBand({ tempId }: { tempId: string }) {
  const { t } = useI18n();
  return (
    <section className="identity-band blank-band" aria-label={t('patients.identity.bandLabel')}>
      <p className="blank-temp-id">
        {t('print.blank.tempId')} <strong className="mono">{tempId}</strong>
      </p>
      <p className="blank-hint">{t('print.blank.tempIdHint')}</p>
      <div className="form-row form-row-band">
        <BlankField label={t('patients.identity.birthName')} wide />
        <BlankField label={t('patients.identity.firstName')} wide />
      </div>
      <div className="form-row form-row-band">
        <BlankField label={t('patients.identity.birthDate')} />
        <Boxes label={t('patients.identity.sex')} options={['F', 'M', 'I']} />
      </div>
    </section>
  );
}

/** Sheet 8: a blank admission and care record for a patient who arrives on paper. */
export function BlankAdmissionSheet({ doc, ctx }: { doc: BlankAdmissionDoc; ctx: PrintContext }) {
  const { t } = useI18n();
  const common = {
    ctx,
    kind: 'blankAdmission' as const,
    window: { from: ctx.printedAt, to: ctx.printedAt },
    // The identifier is printed large in the band: on the title line it cut the title short.
    windowText: '',
    band: <BlankBand tempId={doc.tempId} />,
    tempId: doc.tempId,
    patient: null,
    pageCount: 2,
  };
  const levels = ['full', 'noCpr', 'noIcu', 'comfort', 'notSet'] as const;
  return (
    <>
      <SheetPage {...common} title={t('print.blank.admissionTitle')} pageNumber={1}>
        <FormSection title={t('patients.form.identitySection')}>
          <div className="form-row">
            <BlankField label={t('patients.identity.birthName')} wide />
            <BlankField label={t('patients.identity.usedName')} wide />
          </div>
          <div className="form-row">
            <BlankField label={t('patients.identity.firstNames')} wide />
            <BlankField label={t('patients.identity.usedFirstName')} />
          </div>
          <div className="form-row">
            <BlankField label={t('patients.identity.birthPlaceCode')} />
            <BlankField label={t('print.blank.ippIfKnown')} />
            <BlankField label={t('print.blank.document')} wide />
          </div>
        </FormSection>
        <FormSection title={t('patients.form.staySection')}>
          <div className="form-row">
            <BlankField label={t('patients.form.admittedAt')} wide />
            <BlankField label={t('patients.form.bed')} />
            <BlankField label={t('print.blank.weight')} />
            <BlankField label={t('print.blank.height')} />
          </div>
          <div className="form-row">
            <BlankField label={t('patients.form.reason')} wide />
          </div>
          <div className="form-row">
            <BlankField label={t('patients.form.physician')} wide />
            <BlankField label={t('print.blank.origin')} wide />
          </div>
        </FormSection>
        <FormSection title={t('patients.form.allergiesSection')}>
          <div className="form-row">
            <Boxes options={[t('patients.form.noKnownAllergy'), t('print.blank.allergyList')]} />
          </div>
          <div className="form-row ruled" />
          <div className="form-row ruled" />
        </FormSection>
        <FormSection title={t('patients.form.careSection')}>
          <div className="form-row">
            <Boxes
              label={t('patients.form.isolation')}
              options={(['none', 'contact', 'droplet', 'airborne', 'protective'] as const).map(
                (kind) => t(`patients.form.isolations.${kind}`),
              )}
            />
          </div>
          <div className="form-row">
            <Boxes
              label={t('print.blank.level')}
              options={levels.map((level) => t(`print.levels.${level}`))}
            />
          </div>
          <div className="form-row">
            <BlankField label={t('patients.form.diet')} wide />
          </div>
        </FormSection>
        <FormSection title={t('patients.form.trustedSection')}>
          <div className="form-row">
            <BlankField label={t('patients.form.trustedName')} wide />
            <BlankField label={t('patients.form.trustedPhone')} />
            <BlankField label={t('patients.form.trustedRelationship')} />
          </div>
        </FormSection>
        <FormSection title={t('print.blank.history')}>
          <div className="form-row ruled" />
          <div className="form-row ruled" />
          <div className="form-row ruled" />
        </FormSection>
        <FormSection title={t('patients.form.note')}>
          <div className="form-row ruled" />
          <div className="form-row ruled" />
        </FormSection>
        <p className="blank-entered">{t('print.blank.entered')}</p>
      </SheetPage>
      <SheetPage {...common} title={t('print.blank.careTitle')} pageNumber={2}>
        <BlankCarePage />
      </SheetPage>
    </>
  );
}
