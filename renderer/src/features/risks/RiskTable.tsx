import type { Risk } from '../../../../shared/domain/risks';
import { VirtualTable } from '../../components/table/VirtualTable';
import { columns } from './columns';
import { useRiskView } from './view';

/** The register, sorted as the person last chose. */
export function RiskTable({ risks, onOpen }: { risks: Risk[]; onOpen: (id: number) => void }) {
  const sorting = useRiskView((s) => s.sorting);
  const setSorting = useRiskView((s) => s.setSorting);
  return (
    <VirtualTable
      label="Risks"
      testId="risks-scroller"
      data={risks}
      columns={columns}
      getRowId={(r) => String(r.id)}
      sorting={sorting}
      onSortingChange={setSorting}
      onOpen={(r) => onOpen(r.id)}
      minWidth="58rem"
    />
  );
}
