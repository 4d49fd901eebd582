import { List, Paper, Text, Title } from '@mantine/core';

/** What an auditor will usually accept as proof that the control ran. */
export function SuggestedEvidence({ items }: { items: readonly string[] }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="evidence-title">
      <Title order={2} fz="h4" fw={600} id="evidence-title" mb={4}>
        Suggested evidence
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        What usually shows an auditor this control ran during the period.
      </Text>
      {items.length ? (
        <List size="sm" spacing={6}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">
          No suggestions for a custom control. Think of the record it leaves each time it runs: a ticket, a signed
          review, an export or a screenshot with its date.
        </Text>
      )}
    </Paper>
  );
}
