import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';

/** The clinical header: allergies and isolation first, they change what one does at the door. */
export function PatientHeaderPanel({ patient }: { patient: PatientState }) {
  const { t, formatNumber } = useI18n();
  const { header } = patient;
  // Absent: an imported census that did not say; never shown as "none known".
  const allergies = !header.allergies
    ? t('printHeader.unrecorded')
    : header.allergies.status === 'known'
      ? header.allergies.items
          .map((a) =>
            [a.substance, a.reaction, t(`patients.form.severities.${a.severity}`)]
              .filter(Boolean)
              .join(' — '),
          )
          .join(t('words.listSeparator'))
      : t('patients.form.noKnownAllergy');
  // Absent: an imported census that did not say; never shown as "no isolation".
  const isolation = header.isolation
    ? header.isolation.map((p) => t(`patients.form.isolations.${p}`)).join(', ')
    : t('censusGaps.isolationUnrecorded');
  const trusted = header.trustedPerson;
  const rows: [string, string | undefined, boolean?][] = [
    [t('patients.form.allergiesSection'), allergies, header.allergies?.status !== 'noneKnown'],
    [t('patients.form.isolation'), isolation, !header.isolation?.includes('none')],
    [t('patients.form.reason'), header.reason],
    [t('patients.form.physician'), header.physician],
    [
      t('patients.form.levelOfCare'),
      header.levelOfCare
        ? t(`patients.form.levels.${header.levelOfCare}`)
        : t('patients.form.levelNotSet'),
    ],
    [
      t('patients.form.weight'),
      header.weightKg === undefined ? undefined : formatNumber(header.weightKg),
    ],
    [
      t('patients.form.height'),
      header.heightCm === undefined ? undefined : formatNumber(header.heightCm),
    ],
    [t('patients.form.diet'), header.diet],
    [
      t('patients.form.trustedSection'),
      trusted && [trusted.name, trusted.relationship, trusted.phone].filter(Boolean).join(' — '),
    ],
    [t('patients.form.note'), header.note],
  ];
  return (
    <section aria-labelledby="header-title" className="panel">
      <h2 id="header-title">{t('patients.patient.headerTitle')}</h2>
      <dl className="facts">
        {rows.map(([label, value, alert]) => (
          <div key={label} className={alert ? 'fact-alert' : undefined}>
            <dt>{label}</dt>
            <dd>{value ?? t('patients.patient.notGiven')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
