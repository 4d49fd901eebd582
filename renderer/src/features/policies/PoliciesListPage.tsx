import { useFileDrop } from '../../hooks/useFileDrop';
import { Button, EmptyState, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileExport, IconFilePlus, IconFileText, IconTemplate, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { ExportModal, type ExportRequest } from './ExportModal';
import { ImportProgressPanel, ImportReportPanel } from './ImportPanels';
import { ACCEPTED_FILES, importPolicyFiles, type ImportProgress } from './importFiles';
import { NewPolicyModal } from './NewPolicyModal';
import { PoliciesTable } from './PoliciesTable';
import classes from './Policies.module.css';
import { TemplateGallery } from './TemplateGallery';
import { usePoliciesView } from './view';

/** Reads dropped or chosen files and imports them one by one, with progress and a way to stop. */
function useImport(onDone: () => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [stopping, setStopping] = useState(false);
  const stopRef = useRef(false);
  const setReport = usePoliciesView((s) => s.setImportReport);

  const start = async (files: File[]) => {
    if (files.length === 0 || progress) return;
    stopRef.current = false;
    setStopping(false);
    setReport(null);
    setProgress({ phase: 'reading', index: 1, total: files.length, file: files[0]!.name });
    try {
      const outcome = await importPolicyFiles(files, setProgress, () => stopRef.current);
      setReport(outcome);
    } finally {
      setProgress(null);
      onDone();
    }
  };
  const stop = () => {
    stopRef.current = true;
    setStopping(true);
  };
  return { progress, stopping, start, stop };
}

/** Policies: every policy in the vault, how it stands, and the ways to add one. */
export function PoliciesListPage() {
  const policies = useOperation('policies.list', {});
  const navigate = useAppStore((s) => s.navigate);
  const report = usePoliciesView((s) => s.importReport);
  const setReport = usePoliciesView((s) => s.setImportReport);
  const [gallery, setGallery] = useState(false);
  const [blank, setBlank] = useState(false);
  const [exportRequest, setExportRequest] = useState<ExportRequest | null>(null);
  const importer = useImport(policies.reload);

  const open = (id: string) => navigate('policies', id);
  const all = policies.data ?? [];
  const approved = all.filter((p) => p.live).length;

  const importButton = (variant: 'default' | 'filled') => (
    <FileButton onChange={(files) => void importer.start(files)} accept={ACCEPTED_FILES} multiple>
      {(props) => (
        <Button
          {...props}
          variant={variant}
          leftSection={<IconUpload size={16} aria-hidden />}
          disabled={importer.progress !== null}
        >
          Import files
        </Button>
      )}
    </FileButton>
  );

  const { dragging, handlers: dropHandlers } = useFileDrop({ onFiles: (files) => void importer.start(files) });

  return (
    <>
      <PageHeader
        title="Policies"
        description="Your written policies, each with its versions and approvals. Drop Markdown or Word files on this page to import them."
        actions={
          all.length > 0 ? (
            <>
              {importButton('default')}
              <Button
                variant="default"
                leftSection={<IconFilePlus size={16} aria-hidden />}
                onClick={() => setBlank(true)}
              >
                New blank policy
              </Button>
              <Button leftSection={<IconTemplate size={16} aria-hidden />} onClick={() => setGallery(true)}>
                Add from a template
              </Button>
            </>
          ) : null
        }
      />
      <div className={classes.dropArea} {...dropHandlers} data-testid="policies-drop-area">
        {dragging ? (
          <div className={classes.dropOverlay} aria-hidden>
            <Group gap="xs">
              <IconUpload size={20} />
              <Text fw={600}>Drop the files to import them as policies</Text>
            </Group>
          </div>
        ) : null}
        <Stack gap="md">
          {importer.progress ? (
            <ImportProgressPanel progress={importer.progress} stopping={importer.stopping} onStop={importer.stop} />
          ) : null}
          {report ? <ImportReportPanel report={report} onOpen={open} onDismiss={() => setReport(null)} /> : null}
          {policies.error ? <ErrorNotice error={policies.error} title="The policies could not be read" /> : null}
          {policies.status === 'loading' && !policies.data ? <Loading label="Loading the policies…" /> : null}
          {policies.data && all.length > 0 ? (
            <>
              <Group justify="space-between" gap="sm" mih={30}>
                <Text size="sm" c="dimmed" className="attest-num">
                  {countOf(all.length, 'policy', 'policies')}, {approved} approved
                </Text>
                {approved > 0 ? (
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconFileExport size={14} aria-hidden />}
                    onClick={() =>
                      setExportRequest({
                        format: 'pdf',
                        what: 'approved policies',
                        note: `Writes the approved version in force of each of the ${countOf(approved, 'policy', 'policies')} that ${approved === 1 ? 'has' : 'have'} one, one file each. Drafts are left out.`,
                      })
                    }
                  >
                    Export approved policies
                  </Button>
                ) : null}
              </Group>
              <PoliciesTable policies={all} onOpen={open} />
            </>
          ) : null}
          {policies.data && all.length === 0 ? (
            <Paper withBorder radius="md" p="xl">
              <EmptyState
                align="left"
                size="sm"
                variant="light"
                icon={<IconFileText aria-hidden stroke={1.5} />}
                title="No policies yet"
                description={
                  <>
                    <Text component="span" display="block" size="sm" c="var(--mantine-color-text)" mb="xs">
                      Policies are the written rules your controls rest on: how access is granted, how changes ship, how
                      incidents are handled. The auditor reads each one and checks that management approved it and that
                      it is reviewed on schedule, usually every year.
                    </Text>
                    <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
                      Start from Attest&apos;s templates written for AI agencies, or import the policies you already
                      have as Markdown or Word files (you can also drop them here).
                    </Text>
                  </>
                }
              >
                <Group mt="md" gap="sm">
                  <Button leftSection={<IconTemplate size={16} aria-hidden />} onClick={() => setGallery(true)}>
                    Add from a template
                  </Button>
                  {importButton('default')}
                  <Button
                    variant="subtle"
                    leftSection={<IconFilePlus size={16} aria-hidden />}
                    onClick={() => setBlank(true)}
                  >
                    New blank policy
                  </Button>
                </Group>
              </EmptyState>
            </Paper>
          ) : null}
        </Stack>
      </div>
      <TemplateGallery
        opened={gallery}
        onClose={() => setGallery(false)}
        policies={all}
        onOpenPolicy={(id) => {
          setGallery(false);
          open(id);
        }}
      />
      <NewPolicyModal
        opened={blank}
        onClose={() => setBlank(false)}
        onCreated={(id) => {
          setBlank(false);
          open(id);
        }}
      />
      <ExportModal request={exportRequest} onClose={() => setExportRequest(null)} />
    </>
  );
}
