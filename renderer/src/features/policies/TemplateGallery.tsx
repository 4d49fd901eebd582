import { Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { PolicySummary } from '../../../../shared/domain/policies';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';
import { Label } from '../../components/labels';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import classes from './Policies.module.css';

interface TemplateGalleryProps {
  opened: boolean;
  onClose: () => void;
  /** The policies already in the vault, to open the one made from an "Added" template. */
  policies: readonly PolicySummary[];
  onOpenPolicy: (id: string) => void;
}

function TemplateList({ policies, onOpenPolicy }: Omit<TemplateGalleryProps, 'opened' | 'onClose'>) {
  const templates = useOperation('policies.templates', {});
  const [adding, setAdding] = useState<string | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);

  const add = async (templateId: string) => {
    setAdding(templateId);
    setError(null);
    const result = await call('policies.createFromTemplate', { templateId });
    setAdding(null);
    if (result.ok) onOpenPolicy(result.value.id);
    else setError(result.error);
  };

  if (templates.error) return <ErrorNotice error={templates.error} title="The templates could not be read" />;
  if (!templates.data) return <Loading label="Loading the templates…" />;

  return (
    <Stack gap="md">
      {error ? <ErrorNotice error={error} title="The policy was not added" onClose={() => setError(null)} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" role="list" aria-label="Policy templates">
        {templates.data.map((t) => {
          const existing = t.inVault ? policies.find((p) => p.templateId === t.id) : undefined;
          return (
            <Card
              key={t.id}
              withBorder
              radius="md"
              padding="md"
              role="listitem"
              aria-label={t.title}
              className={classes.templateCard}
              data-added={t.inVault || undefined}
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb={6}>
                <Text fw={600} size="sm">
                  {t.title}
                </Text>
                {t.inVault ? (
                  <Label color="teal" title="This template is already a policy in the vault">
                    Added
                  </Label>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                {t.summary}
              </Text>
              <Group justify="space-between" mt="sm" gap="xs">
                <Text size="xs" c="dimmed" className="attest-num">
                  Supports {countOf(t.controls.length, 'control')} · review every {t.reviewCadenceMonths} months
                </Text>
                {existing ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconCheck size={14} aria-hidden />}
                    aria-label={`Open ${t.title}`}
                    onClick={() => onOpenPolicy(existing.id)}
                  >
                    Open
                  </Button>
                ) : (
                  <Button
                    size="compact-sm"
                    variant={t.inVault ? 'default' : 'light'}
                    leftSection={<IconPlus size={14} aria-hidden />}
                    aria-label={`Add ${t.title}`}
                    loading={adding === t.id}
                    disabled={adding !== null && adding !== t.id}
                    onClick={() => void add(t.id)}
                  >
                    Add
                  </Button>
                )}
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * Attest's policy templates for the categories in scope. One click adds a
 * template as draft 1.0, filled with the organisation's name, and opens it.
 */
export function TemplateGallery({ opened, onClose, policies, onOpenPolicy }: TemplateGalleryProps) {
  return (
    <Modal opened={opened} onClose={onClose} size="56rem" title="Add a policy from a template">
      <Text size="sm" c="dimmed" mb="md">
        Each template is written for AI agencies and names the controls it supports. It is added as draft 1.0 with your
        organisation&apos;s name filled in; edit it to match how your team works, then have it approved.
      </Text>
      {opened ? <TemplateList policies={policies} onOpenPolicy={onOpenPolicy} /> : null}
    </Modal>
  );
}
