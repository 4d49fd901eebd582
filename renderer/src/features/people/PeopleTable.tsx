import type { PersonSummary } from '../../../../shared/domain/people';
import { VirtualTable } from '../../components/table/VirtualTable';
import { columns } from './columns';
import { usePeopleView } from './view';

/** People, sorted as the person last chose; people who left are greyed. */
export function PeopleTable({ people, onOpen }: { people: PersonSummary[]; onOpen: (id: number) => void }) {
  const sorting = usePeopleView((s) => s.sorting);
  const setSorting = usePeopleView((s) => s.setSorting);
  return (
    <VirtualTable
      label="People"
      testId="people-scroller"
      data={people}
      columns={columns}
      getRowId={(p) => String(p.id)}
      sorting={sorting}
      onSortingChange={setSorting}
      onOpen={(p) => onOpen(p.id)}
      isDimmed={(p) => p.status === 'left'}
      fill
      minWidth="58rem"
    />
  );
}
