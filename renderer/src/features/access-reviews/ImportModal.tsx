import { Alert, Button, Group, List, Modal, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconFileImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { AppError, type ErrorShape } from '../../../../shared/contract/errors';
import { parseCsv } from '../../../../shared/csv';
import {
  ACCOUNT_FIELDS,
  ACCOUNT_FIELD_LABELS,
  clashMessage,
  mappingClashes,
  readAccountsCsv,
  suggestMapping,
  type AccountField,
  type ColumnMapping,
} from '../../../../shared/domain/access-reviews';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatDate, formatNumber } from '../../components/format';

interface Loaded {
  name: string;
  text: string;
  headers: string[];
  rows: number;
}

/**
 * Imports a system's user export in two steps: choose the file, then check which column feeds each field, with a
 * preview and every problem listed by line before anything is written. The service checks the same rules again
 * and imports all rows or none.
 */
export function ImportModal({
  reviewId,
  onClose,
  onImported,
}: {
  reviewId: number;
  onClose: () => void;
  onImported: (message: string) => void;
}) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<Record<AccountField, number | null>>({
    name: null,
    email: null,
    role: null,
    lastLogin: null,
  });
  const [readError, setReadError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (picked: File | undefined) => {
    setReadError(null);
    setFailure(null);
    if (!picked) return;
    try {
      const text = await picked.text();
      const parsed = parseCsv(text);
      const headers = parsed.rows[0]?.cells.map((h) => h.trim()) ?? [];
      if (!headers.length) throw new Error('The file is empty');
      setFile({ name: picked.name, text, headers, rows: parsed.rows.length - 1 });
      setMapping(suggestMapping(headers));
    } catch (error) {
      setFile(null);
      setReadError(error instanceof AppError || error instanceof Error ? error.message : String(error));
    }
  };

  const check = useMemo(
    () => (file && mapping.email !== null ? readAccountsCsv(file.text, mapping as ColumnMapping) : null),
    [file, mapping],
  );

  const run = async () => {
    if (!file || mapping.email === null) return;
    setBusy(true);
    const result = await call('accessReviews.importAccounts', {
      reviewId,
      csv: file.text,
      mapping: mapping as ColumnMapping,
    });
    setBusy(false);
    if (result.ok) {
      onImported(
        `Imported ${countOf(result.value.imported, 'account')} from ${file.name}; the review holds ${formatNumber(result.value.total)}.`,
      );
      onClose();
    } else setFailure(result.error);
  };

  const options = (file?.headers ?? []).map((h, i) => ({ value: String(i), label: h || `Column ${i + 1}` }));
  const clashes = mappingClashes(mapping);
  const fieldError = (field: AccountField): string | undefined => {
    if (field === 'email' && mapping.email === null) return 'The email column is required';
    const clash = clashes.find((c) => c.field === field);
    return clash ? clashMessage(clash) : undefined;
  };
  const preview = check?.accounts.slice(0, 5) ?? [];

  return (
    <Modal opened onClose={onClose} title="Import accounts from a CSV file" size="xl">
      <Stack gap="md">
        <Text size="sm">
          Export the user list from the system (most admin consoles have a CSV download) and choose it here. Commas or
          semicolons, a byte-order mark and blank lines are all fine.
        </Text>
        <div>
          <Text component="label" htmlFor="accounts-csv" size="sm" fw={500} display="block" mb={4}>
            CSV file
          </Text>
          <input
            id="accounts-csv"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => void choose(e.currentTarget.files?.[0])}
          />
        </div>
        {readError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} title="The file could not be read">
            {readError}
          </Alert>
        ) : null}
        {file ? (
          <>
            <Text size="sm" fw={500}>
              {file.name}: {countOf(file.rows, 'row')} below the header. Which column holds each field?
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {ACCOUNT_FIELDS.map((field) => (
                <Select
                  key={field}
                  label={ACCOUNT_FIELD_LABELS[field]}
                  withAsterisk={field === 'email'}
                  placeholder={field === 'email' ? 'Choose a column' : 'Not in the file'}
                  clearable={field !== 'email'}
                  data={options}
                  value={mapping[field] === null ? null : String(mapping[field])}
                  onChange={(v) => setMapping((m) => ({ ...m, [field]: v === null ? null : Number(v) }))}
                  error={fieldError(field)}
                />
              ))}
            </SimpleGrid>
            {check && check.problems.length ? (
              <Alert
                color="red"
                icon={<IconAlertCircle size={18} aria-hidden />}
                title={`Nothing can be imported yet: ${countOf(check.problems.length, 'problem')} in the file`}
                data-testid="import-problems"
              >
                <List size="sm">
                  {check.problems.slice(0, 10).map((p) => (
                    <List.Item key={`${p.line}:${p.message}`}>
                      Line {p.line}: {p.message}
                    </List.Item>
                  ))}
                </List>
                {check.problems.length > 10 ? (
                  <Text size="sm" mt="xs">
                    and {formatNumber(check.problems.length - 10)} more. Fix the file and choose it again.
                  </Text>
                ) : null}
              </Alert>
            ) : null}
            {preview.length ? (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  The first accounts as they will be imported:
                </Text>
                <Table withTableBorder verticalSpacing={4} fz="sm" aria-label="Import preview">
                  <Table.Thead>
                    <Table.Tr>
                      {ACCOUNT_FIELDS.map((f) => (
                        <Table.Th key={f}>{ACCOUNT_FIELD_LABELS[f]}</Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.map((a) => (
                      <Table.Tr key={a.email}>
                        <Table.Td>{a.name}</Table.Td>
                        <Table.Td>{a.email}</Table.Td>
                        <Table.Td>{a.role}</Table.Td>
                        <Table.Td className="attest-num">{a.lastLogin ? formatDate(a.lastLogin) : 'Never'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            ) : null}
          </>
        ) : null}
        {failure ? <ErrorNotice error={failure} title="Nothing was imported" onClose={() => setFailure(null)} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            leftSection={<IconFileImport size={16} aria-hidden />}
            onClick={() => void run()}
            loading={busy}
            disabled={!check || check.problems.length > 0 || check.accounts.length === 0}
          >
            {check && !check.problems.length ? `Import ${countOf(check.accounts.length, 'account')}` : 'Import'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
