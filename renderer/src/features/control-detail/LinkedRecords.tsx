import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ControlLink, ControlLinkGroup } from '../../../../shared/domain/control-links';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';
import { useAppStore } from '../../store/app';

function LinkRow({ link }: { link: ControlLink }) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <li>
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Anchor
          href={hashForArea(link.target.area, link.target.sub)}
          size="sm"
          fw={500}
          lineClamp={2}
          onClick={(event) => {
            event.preventDefault();
            navigate(link.target.area, link.target.sub);
          }}
        >
          {link.title}
        </Anchor>
        {link.attention ? (
          <Badge size="xs" color="orange" variant="light" style={{ flexShrink: 0 }}>
            {link.attention}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {link.detail}
      </Text>
    </li>
  );
}

/** A busy control can gather hundreds of changes: the first few (newest) show, the rest on asking. */
const FIRST = 8;

function LinkGroup({ group }: { group: ControlLinkGroup }) {
  const headingId = `linked-${group.kind}`;
  const [all, setAll] = useState(false);
  const shown = all ? group.links : group.links.slice(0, FIRST);
  return (
    <section aria-labelledby={headingId}>
      <Text id={headingId} size="sm" fw={600} mb={4}>
        {group.label} ({group.links.length})
      </Text>
      <Stack component="ul" gap={6} m={0} pl="md">
        {shown.map((link) => (
          <LinkRow key={`${link.kind}-${link.id}`} link={link} />
        ))}
      </Stack>
      {shown.length < group.links.length ? (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll(true)}>
          Show all {group.links.length}
        </Button>
      ) : null}
    </section>
  );
}

/**
 * What else in the vault rests on this control: the risks it treats, vendors that depend on it,
 * corrective actions and changes that touched it, and CUECs on the same criteria. Read-only;
 * links are made from the other record's page.
 */
export function LinkedRecords({ controlId }: { controlId: string }) {
  const links = useOperation('controls.links', { id: controlId });
  const groups = links.data?.groups.filter((g) => g.links.length > 0) ?? [];

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="linked-records-title">
      <Title order={2} fz="h4" fw={600} id="linked-records-title" mb={4}>
        Linked records
      </Title>
      {links.error ? <ErrorNotice error={links.error} title="The linked records could not be read" /> : null}
      {!links.data ? (
        links.status === 'loading' ? (
          <Loading label="Loading linked records…" />
        ) : null
      ) : groups.length ? (
        <Stack gap="md" mt="xs">
          {groups.map((g) => (
            <LinkGroup key={g.kind} group={g} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing in the vault points at this control yet. Link this control from a risk, vendor, incident action or
          change, on that record&apos;s page.
        </Text>
      )}
    </Paper>
  );
}
