import type { EvidenceSummary } from '../../../../shared/domain/evidence';
import { VirtualTable } from '../../components/table/VirtualTable';
import { columns } from './columns';
import { useEvidenceView } from './view';

/** Evidence items, sorted as the person last chose. */
export function EvidenceTable({ items, onOpen }: { items: EvidenceSummary[]; onOpen: (id: number) => void }) {
  const sorting = useEvidenceView((s) => s.sorting);
  const setSorting = useEvidenceView((s) => s.setSorting);
  return (
    <VirtualTable
      label="Evidence"
      testId="evidence-scroller"
      data={items}
      columns={columns}
      getRowId={(e) => String(e.id)}
      sorting={sorting}
      onSortingChange={setSorting}
      onOpen={(e) => onOpen(e.id)}
      minWidth="58rem"
    />
  );
}
