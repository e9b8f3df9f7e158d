import { useState, type ReactNode } from 'react';
import type { WardId } from '../../domain/ids';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateWardForm } from './CreateWardForm';
import { HubJoinForm } from './HubJoinForm';
import { JoinWardForm } from './JoinWardForm';
import './firstRun.css';

interface FirstRunProps {
  /** The ward's names to start from (the training ward's); empty otherwise. */
  initialWard?: { name: string; establishment: string };
  /** What to do once the ward exists (the training ward fills itself). */
  onCreated?: (wardId: WardId) => void;
  /** Shown after the form. */
  children?: ReactNode;
  /** Offers to restore or join the ward from a ward file (not for the training ward). */
  offerJoin?: boolean;
}

type Choice = 'create' | 'join' | 'restore' | 'hub';

/**
 * First start on a tablet: restore it from a ward file (its data was lost), join a ward
 * another tablet runs (with a ward file, or through the ward hub), or create the ward (the first tablet only). Restoring comes first:
 * a tablet whose data the browser erased cannot know it (everything of the origin went at
 * once), and a new empty ward would split it from the ward's other tablets.
 */
export function FirstRunScreen({
  initialWard,
  onCreated,
  children,
  offerJoin = true,
}: FirstRunProps) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<Choice>('create');
  return (
    <main id="main" className="screen screen-narrow">
      <h1>{t('tablets.firstRun.title')}</h1>
      {choice === 'hub' ? (
        <HubJoinForm onBack={() => setChoice('create')} />
      ) : choice !== 'create' ? (
        <JoinWardForm mode={choice} onBack={() => setChoice('create')} />
      ) : (
        <>
          {offerJoin && <JoinChoices onChoose={setChoice} />}
          <section aria-labelledby="create-title">
            <h2 id="create-title">{t('setup.title')}</h2>
            {offerJoin && <p>{t('tablets.firstRun.createText')}</p>}
            <p>{t('setup.intro')}</p>
            <CreateWardForm
              {...(initialWard ? { initialWard } : {})}
              {...(onCreated ? { onCreated } : {})}
            />
          </section>
        </>
      )}
      {children}
    </main>
  );
}

/** Restore (prominent: what a tablet that lost its data must do), join with a file or the hub. */
function JoinChoices({ onChoose }: { onChoose: (choice: 'join' | 'restore' | 'hub') => void }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="restore-choice" className="panel panel-prominent">
        <h2 id="restore-choice">{t('tablets.firstRun.restoreTitle')}</h2>
        <p>{t('tablets.firstRun.restoreText')}</p>
        <button type="button" className="button-primary" onClick={() => onChoose('restore')}>
          {t('tablets.firstRun.restore')}
        </button>
      </section>
      <section aria-labelledby="join-choice" className="panel">
        <h2 id="join-choice">{t('tablets.firstRun.joinTitle')}</h2>
        <p>{t('tablets.firstRun.joinText')}</p>
        <button type="button" className="button-secondary" onClick={() => onChoose('join')}>
          {t('tablets.firstRun.join')}
        </button>
      </section>
      <section aria-labelledby="hub-choice" className="panel">
        <h2 id="hub-choice">{t('hubJoin.choiceTitle')}</h2>
        <p>{t('hubJoin.choiceText')}</p>
        <button type="button" className="button-secondary" onClick={() => onChoose('hub')}>
          {t('hubJoin.choose')}
        </button>
      </section>
    </>
  );
}
