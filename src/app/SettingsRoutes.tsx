import { BedsSummary } from '../features/beds/BedsScreen';
import { IntegritySection } from '../features/integrity/IntegritySection';
import { LockSettings } from '../features/lock/LockSettings';
import { AddTabletSection } from '../features/tablets/AddTabletSection';
import { BackupReminderSetting } from '../features/tablets/BackupReminderSetting';
import { StaffPanel } from '../features/session/StaffPanel';
import { HubSection } from '../features/sync/HubSection';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TrainingEntry } from '../features/training/TrainingEntry';
import { QuarantineSection } from '../features/wardFile/QuarantineSection';

/** The Settings screen with the sections other features add, in a chunk of its own. */
export function SettingsRoutes() {
  return (
    <SettingsScreen>
      <BedsSummary />
      <StaffPanel />
      <LockSettings />
      <AddTabletSection />
      <BackupReminderSetting />
      <IntegritySection />
      <QuarantineSection />
      <HubSection />
      <TrainingEntry />
    </SettingsScreen>
  );
}
