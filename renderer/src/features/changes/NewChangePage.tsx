import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../store/app';
import { BackLink } from '../people/BackLink';
import { ChangeForm } from './ChangeForm';

/** Records a production change on its own page: the form is long, and nothing typed is lost to a stray click. */
export function NewChangePage() {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <Stack gap="md">
      <BackLink area="changes" label="All changes" />
      <PageHeader
        title="Record a production change"
        description="What was requested, who made, reviewed and approved it, how it was tested and when it reached production."
      />
      <Paper withBorder radius="md" p="lg" maw={960}>
        <ChangeForm
          change={null}
          onSaved={(c) => navigate('changes', String(c.id))}
          onCancel={() => navigate('changes')}
        />
      </Paper>
    </Stack>
  );
}
