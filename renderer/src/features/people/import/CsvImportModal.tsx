import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape, Result } from '../../../../../shared/contract/errors';
import { parseCsv } from '../../../../../shared/csv';
import {
  DATE_FORMATS,
  guessMapping,
  type DateFormat,
  type ImportField,
  type ImportReport,
  type RowProblem,
  type RowWarning,
} from '../../../../../shared/domain/csv-mapping';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { countOf, formatNumber } from '../../../components/format';

export interface ImportRequest {
  csv: string;
  mapping: Record<string, string>;
  dateFormat: DateFormat;
  dryRun: boolean;
  option: boolean;
}

interface CsvImportModalProps<K extends string> {
  title: string;
  /** What a row is: { one: 'person', many: 'people' }. */
  what: { one: string; many: string };
  fields: readonly ImportField<K>[];
  /** A yes/no choice the import offers, e.g. updating people already on record. */
  option?: { label: string; description: string };
  run: (request: ImportRequest) => Promise<Result<ImportReport>>;
  onClose: () => void;
  onImported: (report: ImportReport) => void;
}

interface Loaded {
  name: string;
  csv: string;
  headers: string[];
  rows: number;
}

const NOT_IMPORTED = '';

function ProblemTable({ problems }: { problems: RowProblem[] }) {
  return (
    <ScrollArea.Autosize mah={220} type="auto">
      <Table striped withTableBorder fz="sm" data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="4.5rem">Line</Table.Th>
            <Table.Th w="10rem">Column</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={i}>
              <Table.Td className="attest-num">{p.line}</Table.Td>
              <Table.Td>{p.column ?? '—'}</Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** Rows that import but that an auditor would question: shown before and after the import, never blocking it. */
function ImportWarnings({ warnings, imported }: { warnings: RowWarning[]; imported: boolean }) {
  if (!warnings.length) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={`${countOf(warnings.length, 'row')} an auditor would question`}
      data-testid="import-warnings"
    >
      <Text size="sm" mb="xs">
        {imported
          ? 'These rows were imported as they are and are flagged on their records.'
          : 'These rows will be imported as they are and flagged on their records.'}
      </Text>
      <ScrollArea.Autosize mah={180} type="auto">
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="4.5rem">Line</Table.Th>
              <Table.Th>Warning</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {warnings.map((w, i) => (
              <Table.Tr key={i}>
                <Table.Td className="attest-num">{w.line}</Table.Td>
                <Table.Td>{w.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}

/**
 * Imports a CSV export in three steps: choose the file, match its columns to
 * fields (guessed from the header), check every row, then import. Any bad row
 * is listed by line and nothing is imported until the file is fixed.
 */
export function CsvImportModal<K extends string>(props: CsvImportModalProps<K>) {
  const { fields, what } = props;
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<K, string>>>({});
  const [dateFormat, setDateFormat] = useState<DateFormat>('YYYY-MM-DD');
  const [option, setOption] = useState(false);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportReport | null>(null);

  const reset = () => {
    setChecked(null);
    setProblems([]);
    setFailure(null);
  };

  const choose = async (next: File | null) => {
    setFile(next);
    setLoaded(null);
    reset();
    if (!next) return;
    const csv = await next.text();
    try {
      const rows = parseCsv(csv).rows;
      const headers = rows[0]?.cells.map((c) => c.trim()).filter(Boolean) ?? [];
      setLoaded({ name: next.name, csv, headers, rows: Math.max(0, rows.length - 1) });
      setMapping(guessMapping(headers, fields));
    } catch (error) {
      setFailure({ code: 'invalid_input', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const request = (dryRun: boolean): ImportRequest => ({
    csv: loaded!.csv,
    mapping: Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as Record<string, string>,
    dateFormat,
    dryRun,
    option,
  });

  const check = async () => {
    reset();
    setBusy(true);
    const result = await props.run(request(true));
    setBusy(false);
    if (!result.ok) setFailure(result.error);
    else if (result.value.problems.length) setProblems(result.value.problems);
    else setChecked(result.value);
  };

  const importNow = async () => {
    setBusy(true);
    const result = await props.run(request(false));
    setBusy(false);
    if (result.ok) {
      setDone(result.value);
      props.onImported(result.value);
      return;
    }
    const listed = (result.error.details as { problems?: RowProblem[] } | undefined)?.problems;
    setChecked(null);
    if (listed) setProblems(listed);
    else setFailure(result.error);
  };

  const missing = fields.filter((f) => f.required && !mapping[f.key]);
  const headerOptions = [
    { value: NOT_IMPORTED, label: 'Not imported' },
    ...(loaded?.headers ?? []).map((h) => ({ value: h, label: h })),
  ];

  return (
    <Modal opened onClose={props.onClose} title={props.title} size="lg">
      {done ? (
        <Stack gap="md">
          <Alert color="teal" icon={<IconCheck aria-hidden />} title="Import complete" role="status">
            Imported {countOf(done.created, what.one, what.many)}
            {done.updated ? ` and updated ${formatNumber(done.updated)}` : ''} from {loaded?.name}.
          </Alert>
          <ImportWarnings warnings={done.warnings} imported />
          <Group justify="flex-end">
            <Button onClick={props.onClose} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <FileInput
            label="CSV file"
            description="An export from your HR system, tracker or spreadsheet, saved as CSV (comma or semicolon)"
            placeholder="Choose a .csv file"
            accept=".csv,text/csv"
            leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            value={file}
            onChange={(f) => void choose(f)}
            clearable
          />
          {loaded ? (
            <>
              <Text size="sm" c="dimmed" role="status">
                {countOf(loaded.rows, 'row')} under a header of {countOf(loaded.headers.length, 'column')}. Match the
                columns to the fields; Attest guessed from the header names.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} verticalSpacing="xs">
                {fields.map((f) => (
                  <Select
                    key={f.key}
                    label={f.label}
                    withAsterisk={f.required}
                    data={headerOptions}
                    value={mapping[f.key] ?? NOT_IMPORTED}
                    allowDeselect={false}
                    onChange={(v) => {
                      setMapping((m) => ({ ...m, [f.key]: v ?? NOT_IMPORTED }));
                      reset();
                    }}
                    error={
                      f.required && !mapping[f.key]
                        ? `Choose the column that holds ${f.label.toLowerCase()}`
                        : undefined
                    }
                  />
                ))}
              </SimpleGrid>
              <Group align="flex-end" gap="lg">
                <Select
                  label="Dates are written as"
                  data={DATE_FORMATS.map((d) => ({ value: d, label: d }))}
                  value={dateFormat}
                  allowDeselect={false}
                  onChange={(v) => {
                    setDateFormat((v ?? 'YYYY-MM-DD') as DateFormat);
                    reset();
                  }}
                  w={200}
                />
                {props.option ? (
                  <Checkbox
                    label={props.option.label}
                    description={props.option.description}
                    checked={option}
                    onChange={(e) => {
                      setOption(e.currentTarget.checked);
                      reset();
                    }}
                  />
                ) : null}
              </Group>
            </>
          ) : null}
          {problems.length ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={`${countOf(problems.length, 'problem')} in the file: nothing was imported`}
              role="alert"
            >
              <Text size="sm" mb="xs">
                Fix these lines in the file (or the column choices above), then check again.
              </Text>
              <ProblemTable problems={problems} />
            </Alert>
          ) : null}
          {checked ? (
            <Alert
              color="teal"
              variant="light"
              icon={<IconCheck aria-hidden />}
              title="The file is ready"
              role="status"
            >
              {countOf(checked.rows, 'row')} checked: {formatNumber(checked.created)} new
              {checked.updated ? `, ${formatNumber(checked.updated)} to update` : ''}.
            </Alert>
          ) : null}
          {checked ? <ImportWarnings warnings={checked.warnings} imported={false} /> : null}
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            {checked ? (
              <Button onClick={() => void importNow()} loading={busy}>
                Import {countOf(checked.created + checked.updated, what.one, what.many)}
              </Button>
            ) : (
              <Button
                onClick={() => void check()}
                loading={busy}
                disabled={!loaded || missing.length > 0}
                variant={loaded ? 'filled' : 'default'}
              >
                Check the file
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
