import { Anchor, Button, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { AI_AGENCY_PRESET, CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../../../shared/catalog/categories';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { Engagement } from '../../../../shared/domain/engagement';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store/app';
import { useDrafts } from '../../store/drafts';
import { useControlsView } from '../controls/view';
import { describeCategoriesSaved, type CategoriesSaved } from './categoriesMessage';
import { CategoryOption } from './CategoryOption';

interface CategoriesFormProps {
  engagement: Engagement;
  onSaved: (engagement: Engagement) => void;
}

const DRAFT_KEY = 'scope:categories';

function normalise(categories: readonly CategoryId[]): CategoryId[] {
  return CATEGORY_IDS.filter((c) => c === 'security' || categories.includes(c));
}

function same(a: readonly CategoryId[], b: readonly CategoryId[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** The Trust Services categories in scope: Security always, the others by choice. */
export function CategoriesForm({ engagement, onSaved }: CategoriesFormProps) {
  const [saved, setSaved] = useState<CategoryId[]>(() => normalise(engagement.categories));
  // A choice left unsaved while visiting another area is still there on return.
  const [selected, setSelected] = useState<CategoryId[]>(
    () => (useDrafts.getState().drafts[DRAFT_KEY] as CategoryId[] | undefined) ?? saved,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [result, setResult] = useState<CategoriesSaved | null>(null);
  const navigate = useAppStore((s) => s.navigate);
  const dirty = !same(selected, saved);
  const presetChosen = same(selected, normalise(AI_AGENCY_PRESET));

  const choose = (next: CategoryId[]) => {
    setResult(null);
    setSelected(next);
    if (same(next, saved)) useDrafts.getState().discard(DRAFT_KEY);
    else useDrafts.getState().keep(DRAFT_KEY, next);
  };

  const toggle = (id: CategoryId, on: boolean) =>
    choose(normalise(on ? [...selected, id] : selected.filter((c) => c !== id)));

  const save = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    const response = await call('engagement.setCategories', { categories: selected });
    setBusy(false);
    if (!response.ok) {
      setError(response.error);
      return;
    }
    const next = normalise(response.value.engagement.categories);
    setResult({
      added: next.filter((c) => !saved.includes(c)),
      removed: saved.filter((c) => !next.includes(c)),
      addedControls: response.value.addedControls,
    });
    setSaved(next);
    setSelected(next);
    useDrafts.getState().discard(DRAFT_KEY);
    onSaved(response.value.engagement);
  };

  const showAdded = (category: CategoryId) => {
    useControlsView.getState().showCategory(category);
    navigate('controls');
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={760} component="section" aria-labelledby="categories-title">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} fz="h4" fw={600} id="categories-title">
            Categories in scope
          </Title>
          <Text size="sm" c="dimmed">
            The Trust Services categories your report covers. Each one you add brings its criteria into scope and copies
            the matching controls from the Attest library into this vault.
          </Text>
        </Stack>

        <Stack gap="xs" role="group" aria-labelledby="categories-title">
          {CATEGORIES.map((category) => (
            <CategoryOption
              key={category.id}
              category={category}
              checked={category.id === 'security' || selected.includes(category.id)}
              locked={category.id === 'security'}
              onChange={(on) => toggle(category.id, on)}
            />
          ))}
        </Stack>

        <Paper radius="md" p="md" bg="var(--mantine-color-gray-0)">
          <Stack gap="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
              <Text size="sm" fw={600}>
                Not sure? Most AI agencies start with Security, Confidentiality and Processing Integrity.
              </Text>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconSparkles size={14} aria-hidden />}
                onClick={() => choose(normalise(AI_AGENCY_PRESET))}
                disabled={presetChosen}
                style={{ flexShrink: 0 }}
              >
                Use the AI-agency preset
              </Button>
            </Group>
            <Text size="sm">
              You hold client data and models in confidence, and clients rely on what your pipelines and models produce.
              Add <strong>Availability</strong> when you run AI services for clients and promise them uptime, for
              example in a service-level agreement. Add <strong>Privacy</strong> when you collect or process personal
              information, such as the people who talk to a chatbot you built or customer records in training data.
            </Text>
          </Stack>
        </Paper>

        <Text size="sm" c="dimmed">
          Removing a category never deletes controls: they stay in the vault, shown as out of scope, and come back into
          scope if you add the category again.
        </Text>

        {error ? (
          <ErrorNotice error={error} title="The categories were not saved" onClose={() => setError(null)} />
        ) : null}

        <Divider />

        <Group gap="md" align="flex-start" wrap="nowrap">
          <Button onClick={() => void save()} loading={busy} disabled={busy || !dirty} style={{ flexShrink: 0 }}>
            Save categories
          </Button>
          <div role="status" aria-live="polite" style={{ minWidth: 0 }}>
            {result ? (
              <Group gap={8} wrap="nowrap" align="flex-start" mt={6}>
                <ThemeIcon size={20} radius="xl" color="teal" variant="light" style={{ flexShrink: 0 }}>
                  <IconCheck size={14} aria-hidden />
                </ThemeIcon>
                <Stack gap={2}>
                  {describeCategoriesSaved(result).map((line) => (
                    <Text key={line} size="sm" fw={500}>
                      {line}
                    </Text>
                  ))}
                  {result.added.length > 0 && result.addedControls.length > 0 ? (
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      ta="left"
                      onClick={() => showAdded(result.added[0]!)}
                    >
                      See them in Controls
                    </Anchor>
                  ) : null}
                </Stack>
              </Group>
            ) : dirty ? (
              <Text size="sm" c="dimmed" mt={8}>
                Unsaved changes
              </Text>
            ) : null}
          </div>
        </Group>
      </Stack>
    </Paper>
  );
}
