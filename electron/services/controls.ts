import type { CategoryId } from '../../shared/catalog/categories';
import { controlsForCategories } from '../../shared/catalog/controls';
import { CRITERIA } from '../../shared/catalog/criteria';
import { AppError } from '../../shared/contract/errors';
import type { z } from 'zod';
import {
  categoriesOfCriteria,
  type Control,
  type ControlFields,
  type CriterionCoverage,
} from '../../shared/domain/controls';
import type {
  controlApplicabilitySchema,
  controlCreateSchema,
  controlMappingsSchema,
  controlUpdateSchema,
  criterionExclusionSchema,
} from '../../shared/domain/controls';
import type { Db } from '../vault/database';
import * as q from '../vault/queries/controls';
import { getCategories } from '../vault/queries/engagement';
import type { Vault } from '../vault/vault';

const CRITERION_ORDER = new Map(CRITERIA.map((c, i) => [c.id, i]));

function toControl(
  row: q.ControlRow,
  criteria: string[],
  inScopeCategories: ReadonlySet<CategoryId>,
  policies: { id: string; title: string }[],
): Control {
  const sorted = [...criteria].sort((a, b) => (CRITERION_ORDER.get(a) ?? 0) - (CRITERION_ORDER.get(b) ?? 0));
  const categories = categoriesOfCriteria(sorted);
  return {
    ...row,
    suggestedEvidence: JSON.parse(row.suggestedEvidence) as string[],
    ai: row.ai === 1,
    criteria: sorted,
    categories,
    inScope: categories.some((c) => inScopeCategories.has(c)),
    policies,
  };
}

export function listControls(vault: Vault): Control[] {
  const scope = new Set(getCategories(vault.db));
  const mappings = q.mappingsByControl(vault.db);
  const policies = q.policiesByControl(vault.db);
  return q
    .listControlRows(vault.db)
    .map((row) => toControl(row, mappings.get(row.id) ?? [], scope, policies.get(row.id) ?? []));
}

export function getControl(vault: Vault, id: string): Control {
  const row = q.getControlRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No control ${id} in this vault`);
  const policies = q.policiesByControl(vault.db, id).get(id) ?? [];
  return toControl(row, q.mappingsOf(vault.db, id), new Set(getCategories(vault.db)), policies);
}

/** Copies the library controls for these categories that the vault does not have yet. */
export function seedLibrary(db: Db, categories: readonly CategoryId[], at: string): string[] {
  const present = q.libraryIdsPresent(db);
  const added: string[] = [];
  for (const template of controlsForCategories(categories)) {
    if (present.has(template.id)) continue;
    if (q.getControlRow(db, template.id)) continue; // a custom control already took this ID
    q.insertFromLibrary(db, template, at);
    added.push(template.id);
  }
  return added;
}

function nextCustomId(db: Db): string {
  const used = q.customIds(db, 'CU').map((id) => Number(id.slice(3)));
  const next = (used.length ? Math.max(...used) : 0) + 1;
  return `CU-${String(next).padStart(2, '0')}`;
}

export function createControl(vault: Vault, input: z.output<typeof controlCreateSchema>): Control {
  return vault.write('controls.create', (tx) => {
    const id = input.id ?? nextCustomId(vault.db);
    if (q.getControlRow(vault.db, id)) throw new AppError('conflict', `A control with ID ${id} already exists`);
    const { criteria, id: _id, ...fields } = input;
    q.insertCustom(vault.db, id, fields, tx.at);
    q.replaceMappings(vault.db, id, criteria);
    tx.audit('control', id, `Added custom control ${id} "${fields.name}" mapped to ${criteria.join(', ')}`);
    return getControl(vault, id);
  });
}

const FIELD_LABELS: Record<keyof ControlFields, string> = {
  name: 'name',
  description: 'description',
  ownerRole: 'owner role',
  owner: 'owner',
  frequency: 'frequency',
  type: 'type',
  mode: 'mode',
  status: 'status',
};

export function updateControl(vault: Vault, input: z.output<typeof controlUpdateSchema>): Control {
  return vault.write('controls.update', (tx) => {
    const before = getControl(vault, input.id);
    const { id, ...fields } = input;
    const changed = (Object.keys(FIELD_LABELS) as (keyof ControlFields)[]).filter((k) => before[k] !== fields[k]);
    q.updateFields(vault.db, id, fields, tx.at);
    const detail = changed
      .map((k) =>
        k === 'description' ? 'description' : `${FIELD_LABELS[k]}: ${before[k] || '(none)'} → ${fields[k] || '(none)'}`,
      )
      .join('; ');
    tx.audit('control', id, changed.length ? `Changed ${detail}` : 'Saved with no changes');
    return getControl(vault, id);
  });
}

export function setControlMappings(vault: Vault, input: z.output<typeof controlMappingsSchema>): Control {
  return vault.write('controls.setMappings', (tx) => {
    const before = getControl(vault, input.id);
    q.replaceMappings(vault.db, input.id, input.criteria);
    q.touch(vault.db, input.id, tx.at);
    const added = input.criteria.filter((k) => !before.criteria.includes(k));
    const removed = before.criteria.filter((k) => !input.criteria.includes(k));
    const parts = [
      added.length ? `added ${added.join(', ')}` : '',
      removed.length ? `removed ${removed.join(', ')}` : '',
    ];
    tx.audit('control', input.id, `Mappings ${parts.filter(Boolean).join('; ') || 'unchanged'}`);
    return getControl(vault, input.id);
  });
}

export function setControlApplicability(vault: Vault, input: z.output<typeof controlApplicabilitySchema>): Control {
  return vault.write('controls.setApplicability', (tx) => {
    getControl(vault, input.id);
    const reason = input.notApplicable ? input.reason : null;
    q.setNotApplicable(vault.db, input.id, reason, tx.at);
    tx.audit('control', input.id, reason ? `Marked not applicable: ${reason}` : 'Marked applicable again');
    return getControl(vault, input.id);
  });
}

export function criteriaCoverage(vault: Vault): CriterionCoverage[] {
  const scope = new Set(getCategories(vault.db));
  const exclusions = q.criterionExclusions(vault.db);
  const byCriterion = new Map<string, Control[]>();
  for (const control of listControls(vault)) {
    if (control.notApplicableReason !== null) continue;
    for (const k of control.criteria) {
      const list = byCriterion.get(k);
      if (list) list.push(control);
      else byCriterion.set(k, [control]);
    }
  }
  return CRITERIA.map((criterion) => {
    const controls = byCriterion.get(criterion.id) ?? [];
    const implemented = controls.filter((c) => c.status === 'implemented').length;
    const inScope = scope.has(criterion.category);
    const notApplicableReason = exclusions.get(criterion.id) ?? null;
    const state: CriterionCoverage['state'] = !inScope
      ? 'out-of-scope'
      : notApplicableReason !== null
        ? 'not-applicable'
        : implemented > 0
          ? 'covered'
          : controls.length > 0
            ? 'partial'
            : 'gap';
    return {
      criterionId: criterion.id,
      inScope,
      notApplicableReason,
      controls: controls.map((c) => ({ id: c.id, name: c.name, status: c.status })),
      implemented,
      state,
    };
  });
}

export function setCriterionExclusion(
  vault: Vault,
  input: z.output<typeof criterionExclusionSchema>,
): CriterionCoverage {
  return vault.write('criteria.setExclusion', (tx) => {
    const reason = input.reason === null || input.reason === '' ? null : input.reason;
    q.setCriterionExclusion(vault.db, input.criterionId, reason, tx.at);
    tx.audit(
      'criterion',
      input.criterionId,
      reason ? `Marked ${input.criterionId} not applicable: ${reason}` : `Marked ${input.criterionId} applicable`,
    );
    return criteriaCoverage(vault).find((c) => c.criterionId === input.criterionId)!;
  });
}
