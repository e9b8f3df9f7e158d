import { useI18n } from '../i18n/I18nProvider';

/** The button that hands over a file that lacks some entries, once the nurse has read why. */
export function GiveAnyway<File>({
  held,
  onGive,
}: {
  held: File | null;
  onGive: (made: File) => void;
}) {
  const { t } = useI18n();
  if (held === null) return null;
  return (
    <div className="actions">
      <button type="button" onClick={() => onGive(held)}>
        {t('wardFileCarry.giveAnyway')}
      </button>
    </div>
  );
}
