import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { useWriteForm } from '../../ui/useWriteForm';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { issueText } from '../../ui/FormIssues';
import { useWardNotes, tryWriteWardNote } from './hooks';

/** The ward's log book (main courante): notes that concern the whole ward. */
export function WardJournal() {
  const { t, formatDateTime } = useI18n();
  const notes = useWardNotes();
  const form = useWriteForm();
  const [text, setText] = useState('');
  const draft = useDraft('ward-note', 'ward', { text }, (saved) => setText(saved.text));
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => tryWriteWardNote(text))) {
      draft.clear();
      setText('');
    }
  }

  return (
    <section aria-labelledby="journal-title" className="panel">
      <h2 id="journal-title">{t('board.journalTitle')}</h2>
      <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
        <DraftNotice draft={draft} />
        <Field
          label={t('board.noteLabel')}
          hint={t('board.journalHint')}
          error={error('payload.text')}
        >
          {(props) => (
            <textarea
              {...props}
              autoComplete="off"
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <FormStatusNotice status={form.status} saved={t('board.noteSaved')} />
        <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
          {t('board.noteSave')}
        </button>
      </form>
      {notes?.length === 0 && <p>{t('board.noNotes')}</p>}
      <ol className="journal">
        {notes?.map((note) => (
          <li key={note.id} className="journal-entry">
            <p className="journal-meta">
              {t('board.byAuthor', {
                time: formatDateTime(note.at),
                author: `${note.author.name} (${note.author.initials})`,
              })}
            </p>
            <p className="journal-text">{note.payload.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
