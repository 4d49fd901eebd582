import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../store/app';
import { BackLink } from './BackLink';
import { RiskDetailPage } from './RiskDetailPage';
import { RiskForm } from './RiskForm';
import { RisksListPage } from './RisksListPage';

function NewRiskPage() {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <Stack gap="md">
      <BackLink area="risks" label="All risks" />
      <PageHeader
        title="New risk"
        description="Describe it, score it before and after your controls, and say what you do about it."
      />
      <RiskForm risk={null} onSaved={(risk) => navigate('risks', String(risk.id))} />
    </Stack>
  );
}

/** `#/risks` is the register; `#/risks/new` adds one; `#/risks/7` is that risk's page. */
export function RisksPage({ sub }: { sub: string }) {
  if (sub === 'new') return <NewRiskPage />;
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <RiskDetailPage key={id} id={id} /> : <RisksListPage />;
}
