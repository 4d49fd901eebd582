import { EvidenceDetailPage } from './EvidenceDetailPage';
import { EvidenceListPage } from './EvidenceListPage';

/** `#/evidence` is the list; `#/evidence/12` is that item's page. */
export function EvidencePage({ sub }: { sub: string }) {
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <EvidenceDetailPage key={id} id={id} /> : <EvidenceListPage />;
}
