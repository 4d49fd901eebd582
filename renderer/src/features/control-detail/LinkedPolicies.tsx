import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import type { Control } from '../../../../shared/domain/controls';
import { hashForArea } from '../../store/hash';
import { useAppStore } from '../../store/app';

/** The policies that say they support this control; links are made from a policy's Details tab. */
export function LinkedPolicies({ policies }: { policies: Control['policies'] }) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="policies-title">
      <Title order={2} fz="h4" fw={600} id="policies-title" mb={4}>
        Policies
      </Title>
      {policies.length ? (
        <List size="sm" spacing={6}>
          {policies.map((p) => (
            <List.Item key={p.id}>
              <Anchor
                href={hashForArea('policies', p.id)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate('policies', p.id);
                }}
              >
                {p.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          No policy names this control yet. Auditors expect each control to rest on a policy: open a policy and link
          this control on its Details tab.
        </Text>
      )}
    </Paper>
  );
}
