import { CensusSection } from '../features/census/CensusSection';
import { PurgeSection } from '../features/purge/PurgeSection';
import { ReconcileSection } from '../features/reconcile/ReconcileSection';
import { RecoverySection } from '../features/recovery/RecoverySection';
import { WardFileSection } from '../features/wardFile/WardFileSection';
import { JoinWardsSection } from '../features/joinWards/JoinWardsSection';
import { DataScreen } from './DataScreen';

/**
 * The Data screen with its sections, in a chunk of its own (lazyScreens.ts): the census
 * reader, the FHIR and CSV export and the purge are not needed to open the board.
 */
export function DataRoutes() {
  return (
    <DataScreen>
      {/* One section per line (issue 13): census import, recovery export, reconciliation, purge. */}
      <CensusSection />
      <RecoverySection />
      <WardFileSection />
      <JoinWardsSection />
      <ReconcileSection />
      <PurgeSection />
    </DataScreen>
  );
}
