import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../store/app';
import { BackLink } from '../risks/BackLink';
import { VendorDetailPage } from './VendorDetailPage';
import { VendorForm } from './VendorForm';
import { VendorsListPage } from './VendorsListPage';

function NewVendorPage() {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <Stack gap="md">
      <BackLink area="vendors" label="All vendors" />
      <PageHeader
        title="New vendor"
        description="What it does for your system, what data it sees, and how critical it is."
      />
      <VendorForm vendor={null} onSaved={(v) => navigate('vendors', String(v.id))} />
    </Stack>
  );
}

/** `#/vendors` is the list; `#/vendors/new` adds one; `#/vendors/3` is that vendor's page. */
export function VendorsPage({ sub }: { sub: string }) {
  if (sub === 'new') return <NewVendorPage />;
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <VendorDetailPage key={id} id={id} /> : <VendorsListPage />;
}
