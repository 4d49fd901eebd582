import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape, Result } from '../../../../shared/contract/errors';
import type { PopulationCsv } from '../../../../shared/domain/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatDate } from '../../components/format';
import { useOperation } from '../../hooks/useOperation';
import { downloadText } from './download';

interface PopulationModalProps {
  title: string;
  /** What the auditor samples from, in a sentence. */
  intro: string;
  /** Which population, when there is a choice (hires or terminations). */
  choices?: { value: string; label: string }[];
  /** Singular and plural of a row, for the result line. */
  noun: (choice: string) => { one: string; many: string };
  run: (period: { from: string; to: string }, choice: string) => Promise<Result<PopulationCsv>>;
  onClose: () => void;
}

/**
 * Exports a population for a period as CSV, the file an auditor samples
 * from. The period starts as the engagement's audit period.
 */
export function PopulationModal({ title, intro, choices, noun, run, onClose }: PopulationModalProps) {
  const engagement = useOperation('engagement.get', {});
  // Until the person types a date, the engagement's period is shown.
  const [fromTyped, setFrom] = useState<string | null>(null);
  const [toTyped, setTo] = useState<string | null>(null);
  const [choice, setChoice] = useState(choices?.[0]?.value ?? '');
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [done, setDone] = useState<PopulationCsv | null>(null);
  const [busy, setBusy] = useState(false);

  const period = engagement.data;
  const from = fromTyped ?? period?.periodStart ?? '';
  const to = toTyped ?? period?.periodEnd ?? '';

  const invalid = !from || !to ? 'Give both dates' : to < from ? 'The period ends before it starts' : null;

  const download = async () => {
    setFailure(null);
    setDone(null);
    setBusy(true);
    const result = await run({ from, to }, choice);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    downloadText(result.value.fileName, result.value.csv);
    setDone(result.value);
  };

  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="md">
        <Text size="sm">{intro}</Text>
        {choices ? (
          <SegmentedControl
            aria-label="Population"
            data={choices}
            value={choice}
            onChange={(v) => {
              setChoice(v);
              setDone(null);
            }}
          />
        ) : null}
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label="From"
            withAsterisk
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={!from ? 'Give a start date' : undefined}
          />
          <TextInput
            type="date"
            label="To"
            withAsterisk
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={from && to && to < from ? 'The period ends before it starts' : !to ? 'Give an end date' : undefined}
          />
        </SimpleGrid>
        {period?.periodStart && period.periodEnd ? (
          <Text size="xs" c="dimmed">
            The audit period is {formatDate(period.periodStart)} to {formatDate(period.periodEnd)}; both ends are
            included.
          </Text>
        ) : null}
        {done ? (
          <Alert color="teal" variant="light" role="status" title="Downloaded">
            {done.fileName}: {countOf(done.rows, noun(choice).one, noun(choice).many)}.
          </Alert>
        ) : null}
        {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void download()}
            loading={busy}
            disabled={invalid !== null}
          >
            Download CSV
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
