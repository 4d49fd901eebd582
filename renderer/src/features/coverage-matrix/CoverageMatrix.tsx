import { Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { CRITERIA } from '../../../../shared/catalog/criteria';
import type { CriterionCoverage } from '../../../../shared/domain/controls';
import { ErrorNotice } from '../../components/ErrorNotice';
import { compareIds, countOf } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { gapSentence } from '../criteria/summary';
import { useCriteriaView } from '../criteria/view';
import { MatrixTable, type MatrixColumn, type MatrixRow } from './MatrixTable';

/**
 * Criteria (rows) × the controls that count (columns: in scope and applicable),
 * with a mark where a control maps to a criterion. Gaps are highlighted and
 * named in words; the count of gaps sits on top.
 */
export function CoverageMatrix({ coverage }: { coverage: readonly CriterionCoverage[] }) {
  const controls = useOperation('controls.list', {});
  const showAll = useCriteriaView((s) => s.matrixShowAll);
  const setShowAll = useCriteriaView((s) => s.setMatrixShowAll);
  const [find, setFind] = useState('');
  const deferredFind = useDeferredValue(find.trim().toLowerCase());

  const allColumns: MatrixColumn[] = useMemo(
    () =>
      (controls.data ?? [])
        .filter((c) => c.inScope && c.notApplicableReason === null)
        .sort((a, b) => compareIds(a.id, b.id))
        .map((c) => ({ id: c.id, name: c.name })),
    [controls.data],
  );
  const columns = useMemo(
    () =>
      deferredFind ? allColumns.filter((c) => `${c.id} ${c.name}`.toLowerCase().includes(deferredFind)) : allColumns,
    [allColumns, deferredFind],
  );

  const rows: MatrixRow[] = useMemo(() => {
    const byId = new Map(coverage.map((c) => [c.criterionId, c]));
    return CRITERIA.flatMap((criterion) => {
      const cov = byId.get(criterion.id);
      if (!cov || (!showAll && !cov.inScope)) return [];
      return [{ criterion, state: cov.state, controls: new Set(cov.controls.map((c) => c.id)) }];
    });
  }, [coverage, showAll]);

  const gaps = coverage.filter((c) => c.state === 'gap').length;
  const outOfScope = coverage.filter((c) => !c.inScope).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Group gap={8} wrap="nowrap" c={gaps ? 'red.8' : 'teal'} data-testid="matrix-gaps" role="status">
          {gaps ? <IconAlertTriangle size={18} aria-hidden /> : <IconCircleCheck size={18} aria-hidden />}
          <Text fw={600} inherit className="attest-num">
            {gapSentence(gaps)}
          </Text>
        </Group>
        <Switch
          label={`Show out-of-scope criteria too (${countOf(outOfScope, 'more', 'more')})`}
          checked={showAll}
          onChange={(event) => setShowAll(event.currentTarget.checked)}
          disabled={outOfScope === 0}
        />
      </Group>
      <Group gap="md" align="flex-end" wrap="nowrap">
        <TextInput
          label="Find control columns"
          placeholder="ID or name, e.g. AC- or review"
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={find}
          onChange={(event) => setFind(event.currentTarget.value)}
          w={280}
          style={{ flexShrink: 0 }}
        />
        <Text size="sm" c="dimmed" pb={6} className="attest-num">
          {deferredFind
            ? `Showing ${countOf(columns.length, 'control')} of the ${allColumns.length} in scope that apply.`
            : `Columns are the ${countOf(allColumns.length, 'control')} in scope that apply; those marked not applicable or out of scope are left out. Scroll sideways for more, and open a control from its heading.`}
        </Text>
      </Group>
      {controls.error ? <ErrorNotice error={controls.error} title="The controls could not be read" /> : null}
      {controls.data && columns.length === 0 && allColumns.length > 0 ? (
        <Text size="sm">No control in scope matches “{find.trim()}”. Clear the search to see every column.</Text>
      ) : controls.data ? (
        <MatrixTable rows={rows} columns={columns} />
      ) : controls.status === 'loading' ? (
        <Loading label="Loading the controls…" />
      ) : null}
    </Stack>
  );
}
