import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Control } from '../../../../shared/domain/controls';
import { VirtualTable } from '../../components/table/VirtualTable';
import { columns } from './columns';
import { useControlsView } from './view';

interface ControlsTableProps {
  controls: Control[];
  onOpen: (id: string) => void;
}

/**
 * Every control that passes the filters. The place in the list is kept while
 * the person visits a control, and a new filter or sort starts at the top.
 */
export function ControlsTable({ controls, onOpen }: ControlsTableProps) {
  const sorting = useControlsView((s) => s.sorting);
  const setSorting = useControlsView((s) => s.setSorting);
  const scrollRef = useRef<HTMLDivElement>(null);

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

  const shownBefore = useRef({ controls, sorting });
  useEffect(() => {
    if (shownBefore.current.controls === controls && shownBefore.current.sorting === sorting) return;
    shownBefore.current = { controls, sorting };
    scrollRef.current?.scrollTo({ top: 0 });
  }, [controls, sorting]);

  return (
    <VirtualTable
      label="Controls"
      testId="controls-scroller"
      data={controls}
      columns={columns}
      getRowId={(c) => c.id}
      sorting={sorting}
      onSortingChange={setSorting}
      onOpen={(c) => onOpen(c.id)}
      isDimmed={(c) => !c.inScope}
      fill
      minWidth="56rem"
      scrollRef={scrollRef}
    />
  );
}
