import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReportType } from '../../../../shared/domain/engagement';
import classes from './Scope.module.css';

const OPTIONS: { value: ReportType; label: string; description: string }[] = [
  {
    value: 'type1',
    label: 'Type I',
    description: 'The auditor checks that your controls are suitably designed and in place on one date.',
  },
  {
    value: 'type2',
    label: 'Type II',
    description: 'The auditor checks that your controls worked throughout a period, usually three to twelve months.',
  },
];

interface ReportTypeFieldProps {
  value: ReportType;
  onChange: (value: ReportType) => void;
  onBlur: () => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** Type I or Type II, as two radio cards with a line about each. */
export function ReportTypeField({ value, onChange, onBlur, error, disabled }: ReportTypeFieldProps) {
  return (
    <Radio.Group
      label="Report type"
      value={value}
      onChange={(next) => onChange(next as ReportType)}
      error={error}
      withAsterisk
      disabled={disabled}
      name="reportType"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={6}>
        {OPTIONS.map((option) => (
          <Radio.Card key={option.value} value={option.value} radius="md" className={classes.card} onBlur={onBlur}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Stack gap={2}>
                <Text fw={600} size="sm">
                  {option.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {option.description}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
