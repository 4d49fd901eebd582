import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTable, type Header, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import { columns, features } from './columns';
import classes from './Evidence.module.css';
import { useEvidenceView } from './view';

const ROW_HEIGHT = 45;

type EvidenceHeader = Header<typeof features, EvidenceItem, unknown>;

function ariaSort(header: EvidenceHeader): 'ascending' | 'descending' | 'none' {
  const sorted = header.column.getIsSorted();
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

function SortIcon({ header }: { header: EvidenceHeader }) {
  const sorted = header.column.getIsSorted();
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return <Icon size={14} aria-hidden className={sorted ? undefined : classes.sortIdle} />;
}

/**
 * Evidence items in a table that only draws the rows in view. Headers sort;
 * a row opens with a click or Enter, and the arrow keys move between rows.
 */
export function EvidenceTable({ items, onOpen }: { items: EvidenceItem[]; onOpen: (id: number) => void }) {
  const sorting = useEvidenceView((s) => s.sorting);
  const setSorting = useEvidenceView((s) => s.setSorting);
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const current = useEvidenceView.getState().sorting;
      setSorting(typeof updater === 'function' ? updater(current) : updater);
    },
    [setSorting],
  );

  const table = useTable({
    features,
    columns,
    data: items,
    getRowId: (e) => String(e.id),
    state: { sorting },
    onSortingChange,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });

  const virtualItems = virtualizer.getVirtualItems();
  const paddingTop = virtualItems.length ? virtualItems[0]!.start : 0;
  const paddingBottom = virtualItems.length
    ? virtualizer.getTotalSize() - virtualItems[virtualItems.length - 1]!.end
    : 0;
  const leafColumns = table.getAllLeafColumns();

  const focusRow = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus();
    });
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: number) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index - 1);
    }
  };

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="evidence-scroller">
      <table className={classes.table} aria-label="Evidence" aria-rowcount={rows.length + 1}>
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
                  aria-sort={ariaSort(header)}
                  style={{ textAlign: header.column.columnDef.meta?.align ?? 'left' }}
                >
                  <UnstyledButton
                    className={classes.sortButton}
                    onClick={header.column.getToggleSortingHandler()}
                    data-align={header.column.columnDef.meta?.align}
                  >
                    <table.FlexRender header={header} />
                    <SortIcon header={header} />
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
          {virtualItems.map((v) => {
            const row = rows[v.index]!;
            return (
              <tr
                key={row.id}
                data-index={v.index}
                ref={virtualizer.measureElement}
                aria-rowindex={v.index + 2}
                tabIndex={0}
                className={classes.row}
                onClick={() => onOpen(row.original.id)}
                onKeyDown={(event) => onRowKeyDown(event, v.index, row.original.id)}
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
