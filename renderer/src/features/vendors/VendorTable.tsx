import type { Vendor } from '../../../../shared/domain/vendors';
import { VirtualTable } from '../../components/table/VirtualTable';
import { columns } from './columns';
import { useVendorView } from './view';

/** Vendors, sorted as the person last chose. */
export function VendorTable({ vendors, onOpen }: { vendors: Vendor[]; onOpen: (id: number) => void }) {
  const sorting = useVendorView((s) => s.sorting);
  const setSorting = useVendorView((s) => s.setSorting);
  return (
    <VirtualTable
      label="Vendors"
      testId="vendors-scroller"
      data={vendors}
      columns={columns}
      getRowId={(v) => String(v.id)}
      sorting={sorting}
      onSortingChange={setSorting}
      onOpen={(v) => onOpen(v.id)}
      minWidth="56rem"
    />
  );
}
