import type { VaultInfo } from '../../../../shared/domain/vault';
import { findArea, type AreaId } from '../../areas';
import { AreaEmptyState } from '../../components/AreaEmptyState';
import { ChangesPage } from '../changes/ChangesPage';
import { ControlsPage } from '../controls/ControlsPage';
import { CriteriaPage } from '../criteria/CriteriaPage';
import { EvidencePage } from '../evidence/EvidencePage';
import { IncidentsPage } from '../incidents/IncidentsPage';
import { AccessReviewsPage } from '../access-reviews/AccessReviewsPage';
import { ExportPage } from '../export/ExportPage';
import { OverviewPage } from '../overview/OverviewPage';
import { PeoplePage } from '../people/PeoplePage';
import { PoliciesPage } from '../policies/PoliciesPage';
import { RisksPage } from '../risks/RisksPage';
import { ScopePage } from '../scope/ScopePage';
import { VendorsPage } from '../vendors/VendorsPage';
import { SelfCheckPage } from '../self-check/SelfCheckPage';

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
    case 'incidents':
      return <IncidentsPage sub={sub} />;
    case 'access-reviews':
      return <AccessReviewsPage sub={sub} />;
    case 'people':
      return <PeoplePage sub={sub} />;
    case 'changes':
      return <ChangesPage sub={sub} />;
    case 'export':
      return <ExportPage sub={sub} />;
    case 'self-check':
      return <SelfCheckPage />;
    case 'risks':
      return <RisksPage sub={sub} />;
    case 'vendors':
      return <VendorsPage sub={sub} />;
    default:
      return <AreaEmptyState area={findArea(area)} />;
  }
}
