import { DuePage } from './DuePage';
import { EvidenceDetailPage } from './EvidenceDetailPage';
import { EvidenceListPage } from './EvidenceListPage';
import { PeriodCoveragePage } from './PeriodCoveragePage';

/** `#/evidence` is the list, `#/evidence/coverage` and `#/evidence/due` its views, `#/evidence/12` an item. */
export function EvidencePage({ sub }: { sub: string }) {
  if (sub === 'coverage') return <PeriodCoveragePage />;
  if (sub === 'due') return <DuePage />;
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <EvidenceDetailPage key={id} id={id} /> : <EvidenceListPage />;
}
