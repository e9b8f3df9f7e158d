import { useState, type FormEvent } from 'react';
import type { WriteResult } from '../domain/failure';
import { useI18n } from '../i18n/I18nProvider';
import { FormIssues } from './FormIssues';
import { FormStatusNotice } from './FormStatusNotice';
import { TextField } from './TextField';
import { useWriteForm } from './useWriteForm';

interface ReasonActionProps {
  /** The button that opens the form: "Annuler cette saisie", "Arrêter". */
  label: string;
  /** Names what it acts on, for screen readers ("Arrêter Paracétamol"). */
  accessibleLabel?: string;
  reasonLabel: string;
  reasonHint?: string;
  confirmLabel: string;
  /** Where the write reports a missing reason ('payload.reason'). */
  reasonPath: string;
  onConfirm: (reason: string) => Promise<WriteResult<unknown>>;
}

/**
 * An action that needs a reason kept in the log (a correction, a stop): one tap opens the
 * reason, a second confirms. Nothing is written before the confirmation.
 */
export function ReasonAction(props: ReasonActionProps) {
  const { label, accessibleLabel, reasonLabel, reasonHint, confirmLabel, reasonPath } = props;
  const { t } = useI18n();
  const form = useWriteForm();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const code = form.issueAt(reasonPath);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => props.onConfirm(reason))) {
      setOpen(false);
      setReason('');
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button-secondary reason-action"
        aria-label={accessibleLabel}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <form
      autoComplete="off"
      className="reason-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <TextField
        label={reasonLabel}
        hint={reasonHint}
        error={code && t(`validation.${code}`)}
        value={reason}
        onValue={setReason}
        // The form opens on a tap meant for it: the reason is what comes next.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      />
      <FormStatusNotice status={form.status} saved="" />
      <FormIssues status={form.status} shown={(path) => path === reasonPath} />
      <div className="action-bar">
        <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
