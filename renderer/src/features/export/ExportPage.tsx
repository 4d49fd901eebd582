import { Tabs } from '@mantine/core';
import { IconFileDescription, IconListCheck, IconPackageExport } from '@tabler/icons-react';
import { PageHeader } from '../../components/PageHeader';
import { hashForArea } from '../../store/hash';
import { DescriptionTab } from './DescriptionTab';
import { PackageTab } from './PackageTab';
import { ReviewTab } from './ReviewTab';

const TABS = ['description', 'review', 'package'] as const;
type ExportTab = (typeof TABS)[number];

/** `#/export` edits the description, `#/export/review` shows it whole, `#/export/package` writes the package. */
export function ExportPage({ sub }: { sub: string }) {
  const tab: ExportTab = (TABS as readonly string[]).includes(sub) ? (sub as ExportTab) : 'description';
  const go = (next: string | null) => {
    if (next) window.location.hash = hashForArea('export', next === 'description' ? '' : next);
  };
  return (
    <>
      <PageHeader
        title="Export"
        description="Write what management says about the system, review the whole description and the assertion, then export the package your CPA firm receives."
      />
      <Tabs value={tab} onChange={go} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="description" leftSection={<IconFileDescription size={16} aria-hidden />}>
            Description
          </Tabs.Tab>
          <Tabs.Tab value="review" leftSection={<IconListCheck size={16} aria-hidden />}>
            Review
          </Tabs.Tab>
          <Tabs.Tab value="package" leftSection={<IconPackageExport size={16} aria-hidden />}>
            Package
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="description">
          <DescriptionTab />
        </Tabs.Panel>
        <Tabs.Panel value="review">
          <ReviewTab />
        </Tabs.Panel>
        <Tabs.Panel value="package">
          <PackageTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
