import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { FilePassphraseForm, type FormStatus } from './FilePassphraseForm';
import { tryJoinOtherWard, tryMoveToJoinedWard } from './hooks';
import { useJoinWords } from './words';

/** Ward A takes in ward B's file with B's passphrase, and says what it took in words. */
function JoinOtherWard() {
  const { t } = useI18n();
  const words = useJoinWords();
  const [progress, setProgress] = useState<{ done: number; total: number }>();

  async function run(file: File, passphrase: string): Promise<FormStatus> {
    const outcome = await tryJoinOtherWard(file, passphrase, (done, total) =>
      setProgress({ done, total }),
    );
    setProgress(undefined);
    if (!outcome.ok) return { tone: 'error', text: words.problem(outcome.problem) };
    const report = outcome.value;
    const toLink = report.sharedBeds + report.possibleDuplicates > 0;
    const quarantined = report.quarantined > 0;
    return {
      tone: 'success',
      text: words.report(report),
      more: (
        <>
          {toLink && <> {t('joinWards.join.toLink')}</>}
          {quarantined && <> {t('wardFile.import.quarantined', { count: report.quarantined })}</>}
        </>
      ),
    };
  }

  const label = progress && t('joinWards.join.progress', progress);
  return (
    <div data-testid="join-other-ward">
      <h3>{t('joinWards.join.title')}</h3>
      <p>{t('joinWards.join.intro')}</p>
      <FilePassphraseForm
        labels={{
          file: t('joinWards.join.file'),
          passphrase: t('joinWards.join.passphrase'),
          submit: t('joinWards.join.submit'),
        }}
        working={t('joinWards.join.working')}
        run={run}
        progress={
          progress && (
            <p>
              <progress
                value={progress.done}
                max={Math.max(progress.total, 1)}
                aria-label={label}
              />{' '}
              {label}
            </p>
          )
        }
      />
    </div>
  );
}

/** This tablet's ward was joined into another: it moves there, once nothing would be lost. */
function MoveToJoinedWard() {
  const { t } = useI18n();
  const words = useJoinWords();

  async function run(file: File, passphrase: string): Promise<FormStatus> {
    const outcome = await tryMoveToJoinedWard(file, passphrase);
    // Once moved, the app locks this ward's screens and asks who is charting in the other.
    if (outcome.ok) return { tone: 'success', text: t('joinWards.move.done') };
    return { tone: 'error', text: words.problem(outcome.problem) };
  }

  return (
    <div data-testid="move-to-joined-ward">
      <h3>{t('joinWards.move.title')}</h3>
      <p>{t('joinWards.move.intro')}</p>
      <FilePassphraseForm
        labels={{
          file: t('joinWards.move.file'),
          passphrase: t('joinWards.move.passphrase'),
          submit: t('joinWards.move.submit'),
        }}
        working={t('joinWards.move.working')}
        run={run}
      />
    </div>
  );
}

/** The Data screen's section on two wards begun separately (issue 14, point 6). */
export function JoinWardsSection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="join-wards-title" className="panel">
      <h2 id="join-wards-title">{t('joinWards.title')}</h2>
      <JoinOtherWard />
      <MoveToJoinedWard />
    </section>
  );
}
