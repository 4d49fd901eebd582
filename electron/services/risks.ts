import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import { addMonthsToDate } from '../../shared/domain/dates';
import { STARTER_RISKS, STARTER_RISKS_BY_KEY } from '../../shared/domain/risk-starters';
import {
  riskAttention,
  riskRef,
  type AddStartersResult,
  type Risk,
  type RiskAssessment,
  type RiskFields,
  type riskAddStartersSchema,
  type riskAssessmentSchema,
  type riskRemoveSchema,
} from '../../shared/domain/risks';
import { existingControlIds } from '../vault/queries/controls';
import * as q from '../vault/queries/risks';
import type { Vault } from '../vault/vault';

function toRisk(row: q.RiskRow, controls: { id: string; name: string }[], today: string): Risk {
  const base = { ...row, ref: riskRef(row.id), controls };
  return { ...base, attention: riskAttention(base, today) };
}

export function listRisks(vault: Vault): Risk[] {
  const controls = q.controlsByRisk(vault.db);
  const today = vault.today();
  return q.listRiskRows(vault.db).map((row) => toRisk(row, controls.get(row.id) ?? [], today));
}

export function getRisk(vault: Vault, id: number): Risk {
  const row = q.getRiskRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No risk ${riskRef(id)} in this vault`);
  return toRisk(row, q.controlsByRisk(vault.db, id).get(id) ?? [], vault.today());
}

function requireControls(vault: Vault, controls: readonly string[]): void {
  const known = existingControlIds(vault.db, controls);
  const unknown = controls.filter((c) => !known.includes(c));
  if (unknown.length) {
    throw new AppError('not_found', `No control ${unknown.join(', ')} in this vault`, {
      issues: [{ path: 'fields.controls', message: `No control ${unknown.join(', ')} in this vault` }],
    });
  }
}

function scoreText(r: Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>): string {
  const residual =
    r.residualLikelihood === null ? 'residual not assessed' : `residual ${r.residualLikelihood}×${r.residualImpact}`;
  return `inherent ${r.likelihood}×${r.impact}, ${residual}`;
}

export function createRisk(vault: Vault, input: { fields: RiskFields }): Risk {
  return vault.write('risks.create', (tx) => {
    const { controls, ...fields } = input.fields;
    requireControls(vault, controls);
    const id = q.insertRisk(vault.db, fields, null, tx.at);
    q.replaceRiskControls(vault.db, id, controls);
    tx.audit('risk', riskRef(id), `Added risk "${fields.title}" (${scoreText(fields)})`);
    return getRisk(vault, id);
  });
}

const LABELS: Partial<Record<keyof RiskFields, string>> = {
  title: 'title',
  category: 'category',
  likelihood: 'likelihood',
  impact: 'impact',
  residualLikelihood: 'residual likelihood',
  residualImpact: 'residual impact',
  treatment: 'treatment',
  owner: 'owner',
  lastReviewed: 'last reviewed',
  nextReview: 'next review',
};

/** "likelihood: 3 → 4; owner: (none) → Ana" for the audit trail. */
function describeChanges(before: Risk, after: RiskFields): string {
  const parts: string[] = [];
  for (const [key, label] of Object.entries(LABELS) as [keyof RiskFields, string][]) {
    const a = before[key as keyof Risk];
    const b = after[key];
    if (a !== b) parts.push(`${label}: ${String(a ?? '(none)') || '(none)'} → ${String(b ?? '(none)') || '(none)'}`);
  }
  if (before.description !== after.description) parts.push('description');
  if (before.treatmentRationale !== after.treatmentRationale) parts.push('treatment rationale');
  const was = before.controls.map((c) => c.id);
  const added = after.controls.filter((c) => !was.includes(c));
  const removed = was.filter((c) => !after.controls.includes(c));
  if (added.length) parts.push(`linked ${added.join(', ')}`);
  if (removed.length) parts.push(`unlinked ${removed.join(', ')}`);
  return parts.length ? `Changed ${parts.join('; ')}` : 'Saved with no changes';
}

export function updateRisk(vault: Vault, input: { id: number; fields: RiskFields }): Risk {
  return vault.write('risks.update', (tx) => {
    const before = getRisk(vault, input.id);
    const { controls, ...fields } = input.fields;
    requireControls(vault, controls);
    q.updateRisk(vault.db, input.id, fields, tx.at);
    q.replaceRiskControls(vault.db, input.id, controls);
    tx.audit('risk', before.ref, describeChanges(before, input.fields));
    return getRisk(vault, input.id);
  });
}

export function removeRisk(vault: Vault, input: z.output<typeof riskRemoveSchema>): null {
  return vault.write('risks.remove', (tx) => {
    const before = getRisk(vault, input.id);
    q.deleteRisk(vault.db, input.id);
    tx.audit('risk', before.ref, `Removed risk "${before.title}" (${scoreText(before)}): ${input.reason}`);
    return null;
  });
}

/**
 * Adopts starter risks into the register with their suggested scores and the
 * library controls the vault has; nothing else is decided for the owner.
 */
export function addStarterRisks(vault: Vault, input: z.output<typeof riskAddStartersSchema>): AddStartersResult {
  const unknown = (input.keys ?? []).filter((k) => !STARTER_RISKS_BY_KEY.has(k));
  if (unknown.length) {
    throw new AppError('invalid_input', `keys: unknown starter risk ${unknown.join(', ')}`, {
      issues: [{ path: 'keys', message: `Unknown starter risk ${unknown.join(', ')}` }],
    });
  }
  return vault.write('risks.addStarters', (tx) => {
    const present = q.starterKeysPresent(vault.db);
    const wanted = input.keys ? STARTER_RISKS.filter((s) => input.keys!.includes(s.key)) : STARTER_RISKS;
    const ids: number[] = [];
    const skipped: string[] = [];
    for (const s of wanted) {
      if (present.has(s.key)) {
        skipped.push(s.key);
        continue;
      }
      const id = q.insertRisk(
        vault.db,
        {
          title: s.title,
          description: s.description,
          category: s.category,
          likelihood: s.likelihood,
          impact: s.impact,
          residualLikelihood: null,
          residualImpact: null,
          treatment: null,
          treatmentRationale: '',
          owner: '',
          lastReviewed: null,
          nextReview: null,
        },
        s.key,
        tx.at,
      );
      q.replaceRiskControls(vault.db, id, existingControlIds(vault.db, s.controls));
      ids.push(id);
    }
    tx.audit(
      'risk',
      ids.length ? ids.map(riskRef).join(',') : '-',
      ids.length ? `Added ${ids.length} starter risks to the register` : 'Starter risks: all already in the register',
    );
    return { added: ids.map((id) => getRisk(vault, id)), skipped };
  });
}

export function recordRiskAssessment(vault: Vault, input: z.output<typeof riskAssessmentSchema>): RiskAssessment {
  if (input.completedOn > vault.today()) {
    throw new AppError('invalid_input', 'completedOn: An assessment cannot be completed in the future', {
      issues: [{ path: 'completedOn', message: 'An assessment cannot be completed in the future' }],
    });
  }
  return vault.write('risks.recordAssessment', (tx) => {
    const riskCount = q.riskCount(vault.db);
    if (riskCount === 0) {
      throw new AppError(
        'conflict',
        'The register is empty: add the risks you assessed before recording the assessment',
      );
    }
    const marked = input.markReviewed
      ? q.markAllReviewed(vault.db, input.completedOn, addMonthsToDate(input.completedOn, 12), tx.at)
      : 0;
    const id = q.insertAssessment(vault.db, {
      completedOn: input.completedOn,
      performedBy: input.performedBy,
      notes: input.notes,
      riskCount,
      recordedAt: tx.at,
    });
    tx.audit(
      'risk-assessment',
      String(id),
      `Recorded a complete risk assessment of ${riskCount} risks on ${input.completedOn} by ${input.performedBy}` +
        (input.markReviewed ? `; ${marked} risks marked reviewed` : ''),
    );
    return q.getAssessment(vault.db, id);
  });
}

export function listRiskAssessments(vault: Vault): RiskAssessment[] {
  return q.listAssessments(vault.db);
}

/** The most recent complete risk assessment, or null if none was ever recorded. */
export function lastRiskAssessment(vault: Vault): RiskAssessment | null {
  return q.listAssessments(vault.db)[0] ?? null;
}
