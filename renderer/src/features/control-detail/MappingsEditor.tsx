import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { categoryName, type CategoryId } from '../../../../shared/catalog/categories';
import { CRITERIA_BY_ID } from '../../../../shared/catalog/criteria';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { controlMappingsSchema, type Control } from '../../../../shared/domain/controls';
import { call, inputIssues } from '../../client';
import { CriteriaField } from '../../components/CriteriaField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { listInWords } from '../../components/format';
import { useDrafts } from '../../store/drafts';
import { SaveStatus } from '../../components/SaveStatus';

type MappingValues = z.input<typeof controlMappingsSchema>;
type MappingOutput = z.output<typeof controlMappingsSchema>;

interface MappingsEditorProps {
  control: Control;
  inScope: readonly CategoryId[];
  onSaved: (control: Control) => void;
}

function sameList(a: readonly string[], b: readonly string[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((x) => b.includes(x));
}

/** Explains mapped criteria that sit outside the categories in scope. */
function OutOfScopeNote({ criteria, inScope }: { criteria: readonly string[]; inScope: readonly CategoryId[] }) {
  const outside = criteria.filter((id) => {
    const c = CRITERIA_BY_ID.get(id);
    return c ? !inScope.includes(c.category) : false;
  });
  if (outside.length === 0) return null;
  const categories = [...new Set(outside.map((id) => CRITERIA_BY_ID.get(id)!.category))].map(categoryName);
  const all = outside.length === criteria.length;
  return (
    <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} aria-hidden />} p="sm">
      <Text size="sm">
        {listInWords(outside)} {outside.length === 1 ? 'is' : 'are'} out of scope: {listInWords(categories)}{' '}
        {categories.length === 1 ? 'is' : 'are'} not among the categories in scope.{' '}
        {all
          ? 'So this control is out of scope too, until one of its criteria is in scope.'
          : 'The auditor tests this control against the others only.'}
      </Text>
    </Alert>
  );
}

/** The criteria the control answers: chips to remove, a grouped picker to add, saved with controls.setMappings. */
export function MappingsEditor({ control, inScope, onSaved }: MappingsEditorProps) {
  const draftKey = `mappings:${control.id}`;
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const form = useForm<MappingValues, unknown, MappingOutput>({
    resolver: zodResolver(controlMappingsSchema),
    mode: 'onChange',
    defaultValues: { id: control.id, criteria: control.criteria },
  });
  const { control: formControl, handleSubmit, reset, setError, getValues, trigger, formState } = form;
  const criteria = useWatch({ control: formControl, name: 'criteria' });

  useEffect(() => {
    const draft = useDrafts.getState().drafts[draftKey] as string[] | undefined;
    if (draft && !sameList(draft, control.criteria)) {
      reset({ id: control.id, criteria: draft }, { keepDefaultValues: true });
      void trigger();
    }
    return () => {
      const now = getValues('criteria');
      if (sameList(now, form.formState.defaultValues?.criteria as string[] | undefined))
        useDrafts.getState().discard(draftKey);
      else useDrafts.getState().keep(draftKey, now);
    };
    // Only on mount and unmount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setJustSaved(false);
    const result = await call('controls.setMappings', values);
    if (result.ok) {
      reset({ id: result.value.id, criteria: result.value.criteria });
      useDrafts.getState().discard(draftKey);
      setJustSaved(true);
      onSaved(result.value);
      return;
    }
    const issue = inputIssues(result.error).find((i) => i.path.startsWith('criteria'));
    if (issue) setError('criteria', { type: 'server', message: issue.message });
    else setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Criteria mappings">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} fz="h4" fw={600}>
              Criteria it answers
            </Title>
            <Text size="sm" c="dimmed">
              The auditor tests this control for each criterion it maps to. A criterion with no control is a gap.
            </Text>
          </Stack>
          <Controller
            control={formControl}
            name="criteria"
            render={({ field, fieldState }) => (
              <CriteriaField
                label="Mapped criteria"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inScope={inScope}
                error={fieldState.error?.message}
              />
            )}
          />
          <OutOfScopeNote criteria={criteria} inScope={inScope} />
          {serverError ? (
            <ErrorNotice error={serverError} title="The mappings were not saved" onClose={() => setServerError(null)} />
          ) : null}
          <Divider />
          <Group gap="md">
            <Button type="submit" loading={formState.isSubmitting} disabled={!formState.isDirty}>
              Save mappings
            </Button>
            <SaveStatus saved={justSaved} dirty={formState.isDirty} savedText="Mappings saved" />
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
