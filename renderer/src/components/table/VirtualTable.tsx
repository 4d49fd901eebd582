import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  useTable,
  type Header,
  type RowData,
  type SortingState,
  type TableOptions,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import { sortableFeatures, type SortableFeatures } from './features';
import classes from './VirtualTable.module.css';

const ROW_HEIGHT = 45;

interface VirtualTableProps<T extends RowData> {
  /** The table's accessible name. */
  label: string;
  testId: string;
  data: T[];
  columns: TableOptions<SortableFeatures, T>['columns'];
  getRowId: (row: T) => string;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  onOpen: (row: T) => void;
  /** Rows shown greyed, e.g. out-of-scope controls. */
  isDimmed?: (row: T) => boolean;
  /** Keeps the table's height fixed to the page rather than shrinking to its rows. */
  fill?: boolean;
  minWidth: string;
  /** For callers that remember the scroll position between visits. */
  scrollRef?: RefObject<HTMLDivElement | null>;
}

type AnyHeader = Header<SortableFeatures, never, unknown>;

function ariaSort(header: AnyHeader): 'ascending' | 'descending' | 'none' {
  const sorted = header.column.getIsSorted();
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

function SortIcon({ header }: { header: AnyHeader }) {
  const sorted = header.column.getIsSorted();
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return <Icon size={14} aria-hidden className={sorted ? undefined : classes.sortIdle} />;
}

/**
 * A sortable table that only puts the rows in view into the page, so lists of
 * tens of thousands of rows stay quick. Headers sort (click, Enter or Space);
 * a row opens with a click, Enter or Space; the arrow keys move between rows
 * and Ctrl+Home / Ctrl+End jump to the ends.
 */
export function VirtualTable<T extends RowData>(props: VirtualTableProps<T>) {
  const { sorting, onSortingChange: setSorting, onOpen } = props;
  const latestSorting = useRef(sorting);
  latestSorting.current = sorting;
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) =>
      setSorting(typeof updater === 'function' ? updater(latestSorting.current) : updater),
    [setSorting],
  );

  const table = useTable({
    features: sortableFeatures,
    columns: props.columns,
    data: props.data,
    getRowId: props.getRowId,
    state: { sorting },
    onSortingChange,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;

  const ownRef = useRef<HTMLDivElement>(null);
  const scrollRef = props.scrollRef ?? ownRef;
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });

  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length ? items[0]!.start : 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const leafColumns = table.getAllLeafColumns();

  const focusRow = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus();
    });
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) => {
    // Links inside a row keep their own keys.
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number | undefined> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: event.ctrlKey ? 0 : undefined,
      End: event.ctrlKey ? rows.length - 1 : undefined,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    }
  };

  return (
    <div ref={scrollRef} className={classes.scroller} data-fill={props.fill || undefined} data-testid={props.testId}>
      <table
        className={classes.table}
        style={{ minWidth: props.minWidth }}
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          {leafColumns.map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSort(header as unknown as AnyHeader)}
                  style={{ textAlign: header.column.columnDef.meta?.align ?? 'left' }}
                >
                  <UnstyledButton
                    className={classes.sortButton}
                    onClick={header.column.getToggleSortingHandler()}
                    data-align={header.column.columnDef.meta?.align}
                  >
                    <table.FlexRender header={header} />
                    <SortIcon header={header as unknown as AnyHeader} />
                  </UnstyledButton>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden className={classes.spacer}>
              <td colSpan={leafColumns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                tabIndex={0}
                className={classes.row}
                data-dimmed={props.isDimmed?.(row.original) || undefined}
                onClick={() => onOpen(row.original)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, row.original)}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} style={{ textAlign: cell.column.columnDef.meta?.align ?? 'left' }}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden className={classes.spacer}>
              <td colSpan={leafColumns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
