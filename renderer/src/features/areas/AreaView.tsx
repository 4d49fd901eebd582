import type { VaultInfo } from '../../../../shared/domain/vault';
import { findArea, type AreaId } from '../../areas';
import { AreaEmptyState } from '../../components/AreaEmptyState';
import { ControlsPage } from '../controls/ControlsPage';
import { CriteriaPage } from '../criteria/CriteriaPage';
import { EvidencePage } from '../evidence/EvidencePage';
import { OverviewPage } from '../overview/OverviewPage';
import { PoliciesPage } from '../policies/PoliciesPage';
import { ScopePage } from '../scope/ScopePage';

/** The main pane for an area; areas without tools yet explain what they will hold. */
export function AreaView({ area, sub, vault }: { area: AreaId; sub: string; vault: VaultInfo }) {
  switch (area) {
    case 'overview':
      return <OverviewPage vault={vault} />;
    case 'scope':
      return <ScopePage vault={vault} />;
    case 'criteria':
      return <CriteriaPage sub={sub} />;
    case 'controls':
      return <ControlsPage sub={sub} />;
    case 'policies':
      return <PoliciesPage sub={sub} />;
    case 'evidence':
      return <EvidencePage sub={sub} />;
    default:
      return <AreaEmptyState area={findArea(area)} />;
  }
}
