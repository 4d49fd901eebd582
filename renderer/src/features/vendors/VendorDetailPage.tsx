import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { VENDOR_KIND_LABELS, type Vendor } from '../../../../shared/domain/vendors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { BackLink } from '../risks/BackLink';
import { RemoveModal } from '../risks/RemoveRiskModal';
import { CriticalityLabel, SubserviceLabel, VendorAttentionLabels } from './labels';
import { VendorForm } from './VendorForm';

/** One vendor: what is missing for it, and its details to edit. */
export function VendorDetailPage({ id }: { id: number }) {
  const loaded = useOperation('vendors.get', { id });
  const navigate = useAppStore((s) => s.navigate);
  const [latest, setLatest] = useState<Vendor | null>(null);
  const [removing, setRemoving] = useState(false);
  const vendor = latest ?? loaded.data;
  return (
    <Stack gap="md">
      <BackLink area="vendors" label="All vendors" />
      {loaded.error && !vendor ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? 'No such vendor' : 'The vendor could not be read'}
        />
      ) : null}
      {!vendor ? (
        loaded.status === 'loading' ? (
          <Loading label="Loading the vendor…" />
        ) : null
      ) : (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={6}>
              <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
                {vendor.name}
              </Title>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {VENDOR_KIND_LABELS[vendor.kind]}
                </Text>
                <CriticalityLabel criticality={vendor.criticality} />
                <SubserviceLabel method={vendor.subserviceMethod} />
              </Group>
              <Group gap="xs" data-testid="vendor-attention">
                <VendorAttentionLabels attention={vendor.attention} />
              </Group>
            </Stack>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setRemoving(true)}
            >
              Remove
            </Button>
          </Group>
          <VendorForm key={vendor.id} vendor={vendor} onSaved={setLatest} />
          {removing ? (
            <RemoveModal
              operation="vendors.remove"
              id={vendor.id}
              title={vendor.name}
              what="vendor"
              onClose={() => setRemoving(false)}
              onRemoved={() => navigate('vendors')}
            />
          ) : null}
        </>
      )}
    </Stack>
  );
}
