import { Paper, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { PlanItem } from '../../../../shared/check/plan';
import type { Finding } from '../../../../shared/check/types';
import type { ListEntry } from './filter';
import { FindingRow } from './FindingRow';
import { SEVERITY_COLORS, SEVERITY_PLURALS } from './labels';

interface FindingListProps {
  entries: ListEntry[];
  plan: Record<string, PlanItem>;
  today: string;
  onAssign: (finding: Finding) => void;
}

/**
 * Findings under a heading per severity. Only the rows in view are in the
 * page (a large vault has thousands of findings); rows measure themselves
 * because messages wrap.
 */
export function FindingList({ entries, plan, today, onAssign }: FindingListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (entries[i]?.kind === 'group' ? 44 : 128),
    overscan: 6,
    getItemKey: (i) => {
      const e = entries[i]!;
      return e.kind === 'group' ? `group:${e.severity}` : e.finding.key;
    },
  });

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <div
        ref={scrollRef}
        style={{ height: 'min(70vh, 900px)', overflowY: 'auto' }}
        role="region"
        aria-label="Findings"
        tabIndex={0}
        data-testid="finding-list"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const entry = entries[row.index]!;
            return (
              <div
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${row.start}px)`,
                }}
              >
                {entry.kind === 'group' ? (
                  <Title
                    order={3}
                    fz="h5"
                    fw={600}
                    px="md"
                    py="xs"
                    c={`${SEVERITY_COLORS[entry.severity]}.9`}
                    bg={`${SEVERITY_COLORS[entry.severity]}.0`}
                    data-testid="finding-group"
                  >
                    {SEVERITY_PLURALS[entry.severity]}{' '}
                    <Text span c="dimmed" fw={500} className="attest-num">
                      ({entry.count})
                    </Text>
                  </Title>
                ) : (
                  <FindingRow
                    finding={entry.finding}
                    item={plan[entry.finding.key]}
                    today={today}
                    onAssign={onAssign}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
