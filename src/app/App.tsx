import { BoardScreen } from '../features/board/BoardScreen';
import { PickAuthorScreen } from '../features/session/PickAuthorScreen';
import { StaffPanel } from '../features/session/StaffPanel';
import { useCurrentAuthor, useWard } from '../features/session/hooks';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { FirstRunScreen } from '../features/setup/FirstRunScreen';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { ComingSoon } from './ComingSoon';
import { go, useRoute, type Route } from './routes';
import { Shell } from './Shell';
import { UpdatePrompt } from './UpdatePrompt';

function Screen({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.screen) {
    case 'board':
      return <BoardScreen />;
    case 'patient':
      return <ComingSoon title={t('nav.patient')} text={t('soon.patient')} />;
    case 'print':
      return <ComingSoon title={t('nav.print')} text={t('soon.print')} />;
    case 'data':
      return <ComingSoon title={t('nav.data')} text={t('soon.data')} />;
    case 'settings':
      return (
        <SettingsScreen>
          <StaffPanel />
        </SettingsScreen>
      );
    case 'author':
      return <PickAuthorScreen onChosen={() => go('#/')} />;
  }
}

/** First run, then who is charting, then the app. */
function Gate() {
  const { t } = useI18n();
  const route = useRoute();
  const ward = useWard();
  const author = useCurrentAuthor();
  if (ward === undefined || author === undefined) {
    return <p className="loading">{t('app.loading')}</p>;
  }
  if (ward === null) return <FirstRunScreen />;
  if (author === null) return <PickAuthorScreen />;
  return (
    <Shell route={route} author={author}>
      <Screen route={route} />
    </Shell>
  );
}

export function App() {
  return (
    <I18nProvider>
      <UpdatePrompt />
      <Gate />
    </I18nProvider>
  );
}
