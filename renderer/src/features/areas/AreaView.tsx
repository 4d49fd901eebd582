import type { VaultInfo } from '../../../../shared/domain/vault';
import { findArea, type AreaId } from '../../areas';
import { AreaEmptyState } from '../../components/AreaEmptyState';
import { OverviewPage } from '../overview/OverviewPage';
import { ScopePage } from '../scope/ScopePage';

/** The main pane for an area; areas without tools yet explain what they will hold. */
export function AreaView({ area, vault }: { area: AreaId; vault: VaultInfo }) {
  switch (area) {
    case 'overview':
      return <OverviewPage vault={vault} />;
    case 'scope':
      return <ScopePage vault={vault} />;
    default:
      return <AreaEmptyState area={findArea(area)} />;
  }
}
