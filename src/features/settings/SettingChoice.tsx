import { useState, type FormEvent } from 'react';
import type { WardSettingsChange } from '../../domain/wardSettings';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryChangeWardSettings } from './hooks';

/**
 * One ward setting chosen then saved (glycaemia unit, time zone): what the nurse picked,
 * until then the stored value, live; saving the stored value again writes nothing and says so.
 */
export function useSettingChoice<T>(
  stored: T | undefined,
  change: (value: T) => WardSettingsChange,
) {
  const form = useWriteForm();
  const [picked, setPicked] = useState<T | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const value = picked ?? stored;

  function pick(next: T) {
    setPicked(next);
    form.reset();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (value === undefined) return;
    const written = await form.submit(() => tryChangeWardSettings(change(value)));
    setUnchanged(written === false);
    if (written !== undefined) setPicked(null);
  }

  return { value, pick, onSubmit, form, unchanged: unchanged && form.status.state === 'saved' };
}

type Choice = ReturnType<typeof useSettingChoice>;

/** Below a setting: what its save did, and the save button. */
export function SettingSave({
  choice,
  saved,
  unchanged,
  label,
}: {
  choice: Pick<Choice, 'form' | 'unchanged'> & { value: unknown };
  saved: string;
  unchanged: string;
  label: string;
}) {
  return (
    <>
      {choice.unchanged ? (
        <Notice tone="info">{unchanged}</Notice>
      ) : (
        <FormStatusNotice status={choice.form.status} saved={saved} />
      )}
      <button
        type="submit"
        className="button-secondary"
        disabled={choice.value === undefined || choice.form.status.state === 'saving'}
      >
        {label}
      </button>
    </>
  );
}
