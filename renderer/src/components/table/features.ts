import { createSortedRowModel, metaHelper, rowSortingFeature, sortFn_text, tableFeatures } from '@tanstack/react-table';

export interface ColumnMeta {
  /** Width of the column in the fixed table layout. */
  width: string;
  align?: 'left' | 'right';
}

/** What every sortable list table uses: sorting, text sort, and a width and alignment per column. */
export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
  columnMeta: metaHelper<ColumnMeta>(),
});

export type SortableFeatures = typeof sortableFeatures;
