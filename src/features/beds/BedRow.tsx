import { useState, type FormEvent } from 'react';
import type { Bed } from '../../domain/beds';
import { useI18n } from '../../i18n/I18nProvider';
import { FailureNotice } from '../../ui/FailureNotice';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { useWriteForm } from '../../ui/useWriteForm';
import type { WriteFailure } from '../../domain/failure';
import { tryMoveBed, tryUpdateBed } from './hooks';

interface BedRowProps {
  bed: Bed;
  first: boolean;
  last: boolean;
}

/** One bed in the setup list: up, down, rename, close or reopen, each in a tap. */
export function BedRow({ bed, first, last }: BedRowProps) {
  const { t } = useI18n();
  const form = useWriteForm();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(bed.label);
  const [room, setRoom] = useState(bed.room ?? '');
  // What the form showed when opened: only what the nurse changes from it is sent.
  const [shown, setShown] = useState({ label: bed.label, room: bed.room ?? '' });
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const error = issueText(t, form.issueAt);
  const name = { label: bed.label };

  async function run(write: () => Promise<{ ok: boolean; failure?: WriteFailure }>) {
    const result = await write();
    setFailure(result.ok ? null : (result.failure ?? null));
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => tryUpdateBed(bed.bedId, { label, room }, shown))) setEditing(false);
    // Refused because changed meanwhile: the stored value is on the row above; saving again
    // keeps what she typed.
    else setShown({ label: bed.label, room: bed.room ?? '' });
  }

  function toggleEditing() {
    if (!editing) {
      const stored = { label: bed.label, room: bed.room ?? '' };
      setShown(stored);
      setLabel(stored.label);
      setRoom(stored.room);
    }
    setEditing(!editing);
  }

  return (
    <li className={bed.unavailable ? 'bed-row bed-row-closed' : 'bed-row'}>
      <div className="bed-row-main">
        <span className="bed-row-name">
          <span className="bed-row-label">
            {t('patients.board.bed', name)}
            {bed.room && ` · ${t('patients.board.room', { room: bed.room })}`}
          </span>
          {bed.unavailable && <span className="badge">{t('patients.beds.closed')}</span>}
        </span>
        <span className="bed-row-actions">
          <button
            type="button"
            aria-label={t('patients.beds.moveUp', name)}
            disabled={first}
            onClick={() => void run(() => tryMoveBed(bed.bedId, -1))}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('patients.beds.moveDown', name)}
            disabled={last}
            onClick={() => void run(() => tryMoveBed(bed.bedId, 1))}
          >
            ↓
          </button>
          <button
            type="button"
            aria-expanded={editing}
            aria-label={t('patients.beds.edit', name)}
            onClick={toggleEditing}
          >
            {t('patients.beds.editShort')}
          </button>
          <button
            type="button"
            onClick={() =>
              void run(() => tryUpdateBed(bed.bedId, { unavailable: !bed.unavailable }))
            }
          >
            {bed.unavailable ? t('patients.beds.reopen') : t('patients.beds.close')}
          </button>
        </span>
      </div>
      {failure && <FailureNotice failure={failure} />}
      {editing && (
        <form
          autoComplete="off"
          onSubmit={(event) => void onSave(event)}
          noValidate
          aria-label={t('patients.beds.edit', name)}
          className="inline-fields"
        >
          <TextField
            label={t('patients.beds.label')}
            error={error('payload.label')}
            value={label}
            onValue={setLabel}
            className="input-medium"
          />
          <TextField
            label={t('patients.beds.room')}
            error={error('payload.room')}
            value={room}
            onValue={setRoom}
            className="input-medium"
          />
          <button
            type="submit"
            className="button-primary"
            disabled={form.status.state === 'saving'}
          >
            {t('patients.beds.save')}
          </button>
          <FormStatusNotice status={form.status} saved={t('patients.beds.saved')} />
          <FormIssues
            status={form.status}
            shown={(path) => path === 'payload.label' || path === 'payload.room'}
          />
        </form>
      )}
    </li>
  );
}
