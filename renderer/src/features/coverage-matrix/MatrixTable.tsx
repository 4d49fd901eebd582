import { Text, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Criterion } from '../../../../shared/catalog/types';
import { COVERAGE_LABELS, type CoverageState } from '../../../../shared/domain/controls';
import { countOf, formatNumber } from '../../components/format';
import { CoverageLabel } from '../../components/labels';
import { controlHref, criterionHref } from '../../store/hash';
import classes from './Matrix.module.css';

export interface MatrixColumn {
  id: string;
  name: string;
}

export interface MatrixRow {
  criterion: Criterion;
  state: CoverageState;
  /** IDs of the applicable controls mapped to it. */
  controls: ReadonlySet<string>;
}

/** Width of the sticky criterion column and of each control column, in px. */
const FIRST = 340;
const CELL = 30;

/**
 * The grid itself. Only the control columns in view are in the page (a vault
 * can hold a thousand controls); the criterion column and the header stay put
 * while the rest scrolls.
 */
export function MatrixTable({ rows, columns }: { rows: readonly MatrixRow[]; columns: readonly MatrixColumn[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL,
    scrollMargin: FIRST,
    overscan: 8,
    getItemKey: (index) => columns[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const padLeft = items.length ? items[0]!.start - FIRST : 0;
  const padRight = items.length ? total - (items[items.length - 1]!.end - FIRST) : 0;
  const visible = items.map((item) => columns[item.index]!);

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No criteria in scope. Choose the categories in Scope first.
      </Text>
    );
  }

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="coverage-matrix">
      <table
        className={classes.table}
        style={{ width: FIRST + Math.max(total, 0) }}
        aria-label="Coverage matrix: criteria by controls"
        aria-colcount={columns.length + 1}
        aria-rowcount={rows.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={classes.corner} style={{ width: FIRST }} aria-colindex={1}>
              Criterion
            </th>
            {padLeft > 0 ? <th aria-hidden className={classes.pad} style={{ width: padLeft }} /> : null}
            {items.map((item, i) => {
              const column = visible[i]!;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={classes.colHead}
                  style={{ width: CELL }}
                  aria-colindex={item.index + 2}
                >
                  <a href={controlHref(column.id)} title={`${column.id} ${column.name}`} className={classes.colLink}>
                    <span className={classes.vertical}>{column.id}</span>
                    <VisuallyHidden> {column.name}</VisuallyHidden>
                  </a>
                </th>
              );
            })}
            {padRight > 0 ? <th aria-hidden className={classes.pad} style={{ width: padRight }} /> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.criterion.id} data-state={row.state} aria-rowindex={r + 2} className={classes.row}>
              <th scope="row" className={classes.rowHead} aria-colindex={1}>
                <div className={classes.rowHeadInner}>
                  <a href={criterionHref(row.criterion.id)} className={classes.criterionId}>
                    {row.criterion.id}
                  </a>
                  <span className={classes.topic} title={row.criterion.topic}>
                    {row.criterion.topic}
                  </span>
                  {/* Gaps and exceptions stand out in words; the usual states stay quiet but are still read out. */}
                  {row.state === 'covered' || row.state === 'partial' ? (
                    <VisuallyHidden>{COVERAGE_LABELS[row.state]}</VisuallyHidden>
                  ) : (
                    <CoverageLabel state={row.state} />
                  )}
                  <span className={classes.count} title={countOf(row.controls.size, 'control')}>
                    {formatNumber(row.controls.size)}
                    <VisuallyHidden> {row.controls.size === 1 ? 'control' : 'controls'}</VisuallyHidden>
                  </span>
                </div>
              </th>
              {padLeft > 0 ? <td aria-hidden className={classes.pad} /> : null}
              {items.map((item, i) => {
                const column = visible[i]!;
                const mapped = row.controls.has(column.id);
                return (
                  <td key={column.id} className={classes.cell} aria-colindex={item.index + 2}>
                    {mapped ? (
                      <span
                        role="img"
                        aria-label={`${column.id} maps to ${row.criterion.id}`}
                        title={`${column.id} maps to ${row.criterion.id}`}
                        className={classes.mark}
                      />
                    ) : null}
                  </td>
                );
              })}
              {padRight > 0 ? <td aria-hidden className={classes.pad} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
