import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { inputIssues } from '../../client';
import { FORM_FIELDS, incidentFormSchema, type IncidentFormOutput, type IncidentFormValues } from './schema';

export type IncidentForm = UseFormReturn<IncidentFormValues, unknown, IncidentFormOutput>;

export function useIncidentForm(defaultValues: IncidentFormValues): IncidentForm {
  return useForm<IncidentFormValues, unknown, IncidentFormOutput>({
    resolver: zodResolver(incidentFormSchema),
    mode: 'onChange',
    defaultValues,
  });
}

/** Puts the service's field errors next to their inputs; returns false when none matched a field. */
export function placeServerIssues(form: IncidentForm, error: ErrorShape): boolean {
  let placed = 0;
  for (const issue of inputIssues(error)) {
    const head = issue.path.replace(/^fields\./, '').split('.')[0] ?? '';
    if ((FORM_FIELDS as string[]).includes(head)) {
      form.setError(head as keyof IncidentFormValues, { type: 'server', message: issue.message });
      placed++;
    }
  }
  return placed > 0;
}
