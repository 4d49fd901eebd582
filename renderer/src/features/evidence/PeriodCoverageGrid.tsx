import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties } from 'react';
import type { Bucket } from '../../../../shared/domain/period-coverage';
import type { ControlPeriodCoverage } from '../../../../shared/domain/evidence';
import { countOf, formatDate, formatNumber } from '../../components/format';
import { controlHref } from '../../store/hash';
import classes from './PeriodCoverage.module.css';

const FIRST = 280;
const COUNT = 96;
const TIMELINE = 560;
const ROW = 46;

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** Left offset and width, in px, of a date range on the period's timeline. */
function placer(start: string, end: string) {
  const first = dayNumber(start);
  const days = dayNumber(end) - first + 1;
  return (from: string, to: string) => {
    const left = ((dayNumber(from) - first) / days) * TIMELINE;
    const width = ((dayNumber(to) - dayNumber(from) + 1) / days) * TIMELINE;
    return { left, width };
  };
}

export function missingLabels(row: ControlPeriodCoverage): string[] {
  return row.buckets.filter((b) => b.items === 0).map((b) => b.label);
}

function rowSummary(row: ControlPeriodCoverage): string {
  const missing = missingLabels(row);
  const base = `${row.controlId} ${row.name}: ${formatNumber(row.covered)} of ${countOf(row.buckets.length, 'period')} with evidence`;
  if (!missing.length) return `${base}.`;
  return `${base}; missing ${missing.length > 6 ? `${formatNumber(missing.length)} periods` : missing.join(', ')}.`;
}

/**
 * Recurring controls (rows) against the audit period (a timeline): each of a
 * control's buckets is drawn where it falls, filled where evidence speaks for
 * it and striped where nothing does. The header and the control column stay
 * put while the grid scrolls; only the rows in view are in the page.
 */
export function PeriodCoverageGrid({
  rows,
  months,
  start,
  end,
}: {
  rows: readonly ControlPeriodCoverage[];
  months: readonly Bucket[];
  start: string;
  end: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 10,
    getItemKey: (index) => rows[index]?.controlId ?? index,
  });
  const place = placer(start, end);
  const width = FIRST + COUNT + TIMELINE + 24;
  const style = {
    '--first': `${FIRST}px`,
    '--count': `${COUNT}px`,
    '--timeline': `${TIMELINE}px`,
    minWidth: width,
  } as CSSProperties;

  return (
    <div className={classes.scroller} ref={scrollRef} data-testid="coverage-scroller" tabIndex={0}>
      <div
        className={classes.grid}
        style={style}
        role="table"
        aria-label="Period coverage"
        aria-rowcount={rows.length + 1}
      >
        <div className={classes.header} role="row" aria-rowindex={1}>
          <div className={classes.control} role="columnheader">
            Control
          </div>
          <div className={classes.count} role="columnheader">
            With evidence
          </div>
          <div className={classes.timeline} role="columnheader">
            <VisuallyHidden>{`Audit period ${formatDate(start)} to ${formatDate(end)}`}</VisuallyHidden>
            {months.map((m) => {
              const { left, width: w } = place(m.from, m.to);
              return (
                <span key={m.from} className={classes.month} style={{ left, width: w }} aria-hidden>
                  {m.label}
                </span>
              );
            })}
          </div>
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            const complete = row.covered === row.buckets.length;
            const thin = TIMELINE / Math.max(1, row.buckets.length) < 8;
            return (
              <div
                key={v.key}
                className={classes.row}
                style={{ top: v.start, height: ROW, minWidth: width }}
                role="row"
                aria-rowindex={v.index + 2}
                data-testid="coverage-row"
                data-control={row.controlId}
              >
                <div className={classes.control} role="rowheader">
                  <Text size="sm" truncate="end" title={row.name}>
                    <Anchor href={controlHref(row.controlId)} ff="monospace" fw={600} size="sm" mr={6}>
                      {row.controlId}
                    </Anchor>
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {row.frequency[0]!.toUpperCase() + row.frequency.slice(1)}
                    {row.owner ? ` · ${row.owner}` : ''}
                  </Text>
                </div>
                <div className={classes.count} role="cell">
                  <Text size="sm" className="attest-num" c={complete ? 'teal' : 'red.8'} fw={500}>
                    {formatNumber(row.covered)} of {formatNumber(row.buckets.length)}
                  </Text>
                </div>
                <div className={classes.timeline} role="cell" aria-label={rowSummary(row)}>
                  {row.buckets.map((b) => {
                    const { left, width: w } = place(b.from, b.to);
                    const label = `${b.label}: ${b.items ? countOf(b.items, 'item') : 'no evidence'}`;
                    return (
                      <span
                        key={b.from}
                        className={classes.bucket}
                        style={{ left: left + (thin ? 0 : 1), width: Math.max(1, w - (thin ? 0 : 2)) }}
                        data-covered={b.items ? '' : undefined}
                        data-thin={thin ? '' : undefined}
                        title={label}
                        aria-hidden
                      >
                        {b.items && w > 18 ? <IconCheck size={14} stroke={3} aria-hidden /> : null}
                      </span>
                    );
                  })}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
