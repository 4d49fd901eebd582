import { Alert, Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DerivedList, DescriptionPreview } from '../../../../shared/domain/description';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Rows({ header, rows, empty }: { header: string[]; rows: ReactNode[][]; empty: string }) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={600} maxHeight={420}>
      <Table striped stickyHeader verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            {header.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              {row.map((cell, j) => (
                <Table.Td key={j} style={{ verticalAlign: 'top', whiteSpace: 'pre-line' }}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A derived section: its rows, or a plain statement that the register does not exist yet. */
function Derived<T>({
  list,
  register,
  header,
  row,
  empty,
}: {
  list: DerivedList<T>;
  register: string;
  header: string[];
  row: (item: T) => ReactNode[];
  empty: string;
}) {
  if (!list.available) {
    return (
      <Text size="sm" c="dimmed">
        No records exist: this vault does not keep {register} yet, so the description says none are reported.
      </Text>
    );
  }
  return <Rows header={header} rows={list.rows.map(row)} empty={empty} />;
}

function Assertion({ p }: { p: DescriptionPreview }) {
  const s = p.description.signatory;
  return (
    <Section title="Management's assertion">
      <Text fw={600}>{p.assertion.heading}</Text>
      {p.assertion.paragraphs.map((text, i) => (
        <Text key={i} size="sm">
          {text}
        </Text>
      ))}
      <Text size="sm">{p.assertion.confirmation}</Text>
      <List type="ordered" listStyleType="lower-alpha" size="sm" spacing={4}>
        {p.assertion.statements.map((text, i) => (
          <List.Item key={i}>{text}</List.Item>
        ))}
      </List>
      <Text size="sm" c={s.name ? undefined : 'dimmed'}>
        Signed: {s.name || '(nobody named yet)'}
        {s.title ? `, ${s.title}` : ''}
        {s.date ? ` on ${formatDate(s.date)}` : ' (not yet dated)'}
      </Text>
    </Section>
  );
}

function Review({ p }: { p: DescriptionPreview }) {
  return (
    <Stack gap="lg" maw={980}>
      {p.gaps.length ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="The description is not complete"
        >
          <List size="sm">
            {p.gaps.map((g) => (
              <List.Item key={g}>{g}</List.Item>
            ))}
          </List>
          <Anchor href={hashForArea('export')} size="sm">
            Complete it on the Description tab
          </Anchor>
        </Alert>
      ) : null}
      <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={`${p.systemName}, ${p.periodLabel}`}>
        Sections DC4 to DC9 come from the vault&apos;s registers and the scope; correct them where they are kept.
      </Alert>
      <Assertion p={p} />
      <Section
        title={
          p.reportType === 'type2' ? 'Significant incidents during the period (DC4)' : 'Significant incidents (DC4)'
        }
      >
        <Derived
          list={p.dc4Incidents}
          register="an incident log"
          header={['Date', 'Incident', 'Effect', 'Resolution']}
          row={(i) => [
            formatDate(i.date),
            `${i.ref} ${i.title} (${i.severity})`,
            i.effect,
            i.resolvedOn ? `Resolved on ${formatDate(i.resolvedOn)}. ${i.cause}` : `Not yet resolved (${i.status})`,
          ]}
          empty="No significant incidents."
        />
      </Section>
      <Section title="Trust services criteria in scope and related controls (DC5)">
        <Rows
          header={['Criterion', 'Topic', 'Controls']}
          rows={p.dc5Criteria.map((c) => [
            c.criterionId,
            c.topic,
            c.controls.length ? c.controls.map((k) => k.id).join(', ') : 'No control mapped yet',
          ])}
          empty="No criteria in scope."
        />
      </Section>
      <Section title="Complementary user entity controls (DC6)">
        <Derived
          list={p.dc6Cuecs}
          register="complementary user entity controls"
          header={['Ref', 'Control expected of user entities', 'Criteria']}
          row={(c) => [c.ref, c.description, c.criteria.join(', ')]}
          empty="No complementary user entity controls."
        />
      </Section>
      <Section title="Subservice organizations (DC7)">
        <Derived
          list={p.dc7Subservice}
          register="a vendor register"
          header={['Organization', 'Service', 'Treatment', 'Expected controls (CSOCs)']}
          row={(s) => [s.name, s.service, s.treatment === 'carve-out' ? 'Carve-out' : 'Inclusive', s.csocs.join('\n')]}
          empty="No subservice organizations."
        />
      </Section>
      <Section title="Criteria not applicable (DC8)">
        <Rows
          header={['Criterion', 'Topic', 'Why it does not apply']}
          rows={p.dc8NotApplicable.map((c) => [c.criterionId, c.topic, c.reason])}
          empty="Every criterion of the categories in scope applies."
        />
      </Section>
      <Section title="Significant changes during the period (DC9)">
        {p.reportType === 'type1' ? (
          <Text size="sm" c="dimmed">
            Not applicable: a Type I description speaks for a single date.
          </Text>
        ) : (
          <Derived
            list={p.dc9Changes}
            register="change records"
            header={['Date', 'Change', 'Kind', 'What changed']}
            row={(c) => [formatDate(c.date), `${c.ref} ${c.title}`, c.kind, c.description]}
            empty="No significant changes during the period."
          />
        )}
      </Section>
    </Stack>
  );
}

export function ReviewTab() {
  const state = useOperation('description.preview', { draft: false });
  if (state.status === 'failed' && !state.data) return <ErrorNotice error={state.error} />;
  if (!state.data) return <Loading label="Assembling the description…" />;
  return <Review p={state.data} />;
}
