import { BedsSummary } from '../features/beds/BedsScreen';
import { IntegritySection } from '../features/integrity/IntegritySection';
import { LockSettings } from '../features/lock/LockSettings';
import { AddTabletSection } from '../features/tablets/AddTabletSection';
import { BackupReminderSetting } from '../features/tablets/BackupReminderSetting';
import { ReceiveFileSection } from '../features/tablets/ReceiveFileSection';
import { StaffPanel } from '../features/session/StaffPanel';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TrainingEntry } from '../features/training/TrainingEntry';

/** The Settings screen with the sections other features add, in a chunk of its own. */
export function SettingsRoutes() {
  return (
    <SettingsScreen>
      <BedsSummary />
      <StaffPanel />
      <LockSettings />
      <AddTabletSection />
      <ReceiveFileSection />
      <BackupReminderSetting />
      <IntegritySection />
      <TrainingEntry />
    </SettingsScreen>
  );
}
