import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTable, type Header, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Control } from '../../../../shared/domain/controls';
import { columns, features } from './columns';
import classes from './Controls.module.css';
import { useControlsView } from './view';

const ROW_HEIGHT = 45;

interface ControlsTableProps {
  controls: Control[];
  onOpen: (id: string) => void;
}

type ControlHeader = Header<typeof features, Control, unknown>;

function ariaSort(header: ControlHeader): 'ascending' | 'descending' | 'none' {
  const sorted = header.column.getIsSorted();
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

function SortIcon({ header }: { header: ControlHeader }) {
  const sorted = header.column.getIsSorted();
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return <Icon size={14} aria-hidden className={sorted ? undefined : classes.sortIdle} />;
}

/**
 * Every control that passes the filters, in a table that only puts the rows in
 * view into the page, so a vault with thousands of controls stays quick.
 * Headers sort (click, Enter or Space); a row opens with a click or Enter, and
 * the arrow keys move between rows.
 */
export function ControlsTable({ controls, onOpen }: ControlsTableProps) {
  const sorting = useControlsView((s) => s.sorting);
  const setSorting = useControlsView((s) => s.setSorting);
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const current = useControlsView.getState().sorting;
      setSorting(typeof updater === 'function' ? updater(current) : updater);
    },
    [setSorting],
  );

  const table = useTable({
    features,
    columns,
    data: controls,
    getRowId: (c) => c.id,
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

  // Come back to where the person was after visiting a control.
  useLayoutEffect(() => {
    const top = useControlsView.getState().scrollTop;
    if (scrollRef.current && top > 0) scrollRef.current.scrollTop = top;
  }, []);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => useControlsView.getState().setScrollTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, []);

  // A new filter or sort starts at the top; coming back keeps the place restored above.
  const shownBefore = useRef({ controls, sorting });
  useEffect(() => {
    if (shownBefore.current.controls === controls && shownBefore.current.sorting === sorting) return;
    shownBefore.current = { controls, sorting };
    scrollRef.current?.scrollTo({ top: 0 });
  }, [controls, sorting]);

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

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index - 1);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      focusRow(rows.length - 1);
    }
  };

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="controls-scroller">
      <table className={classes.table} aria-label="Controls" aria-rowcount={rows.length + 1}>
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
                data-out-of-scope={!row.original.inScope || undefined}
                onClick={() => onOpen(row.id)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, row.id)}
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
