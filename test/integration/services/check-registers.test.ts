import { describe, expect, it } from 'vitest';
import type { CheckRunView } from '../../../shared/check/plan';
import type { Finding } from '../../../shared/check/types';
import type { NewVault } from '../../../electron/vault/vault';
import { dispatch } from '../../../electron/services/dispatch';
import { type Workbench } from '../../../electron/services/workbench';
import { newWorkbench, TYPE2_JAN_JUN } from '../../helpers/vault';

// The register rules on a real vault filled through the operations a user (or an import) runs, on a clock set
// after the fact: the vault is set up on 10 July 2026 for a period that began in January.

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function vaultOn(now: string, init: Partial<NewVault> = {}): Workbench {
  return newWorkbench({ now, init: { ...TYPE2_JAN_JUN, ...init } });
}

async function check(wb: Workbench, ruleId: string, asOf?: string): Promise<Finding[]> {
  const run = await call<CheckRunView>(wb, 'check.run', asOf ? { asOf } : {});
  return run.result.findings.filter((f) => f.ruleId === ruleId);
}

async function completedReview(wb: Workbench, systemId: number, reviewDate: string, periodEnd: string) {
  const review = await call<{ id: number }>(wb, 'accessReviews.create', {
    systemId,
    periodStart: reviewDate.slice(0, 8) + '01',
    periodEnd,
    reviewer: 'Dana Price',
    reviewDate,
  });
  await call(wb, 'accessReviews.addAccounts', { reviewId: review.id, accounts: [{ email: 'dana@acme.ai' }] });
  await call(wb, 'accessReviews.complete', { id: review.id, keepUndecided: true });
}

describe('access-review-cadence on a vault set up after the fact', () => {
  it('Type II: a system added in July still owes the reviews of every quarter of the period', async () => {
    const wb = vaultOn('2026-07-10T09:00:00Z');
    const github = await call<{ id: number }>(wb, 'accessSystems.create', { name: 'GitHub' });
    const aws = await call<{ id: number }>(wb, 'accessSystems.create', { name: 'AWS production account' });
    await completedReview(wb, github.id, '2026-03-20', '2026-03-31');
    await completedReview(wb, aws.id, '2026-03-18', '2026-03-31');
    await completedReview(wb, aws.id, '2026-06-22', '2026-06-30');

    const findings = await check(wb, 'access-review-cadence');
    expect(findings.map((f) => f.message)).toEqual([
      'GitHub (reviewed quarterly): no completed access review for Q2 2026.',
    ]);
    expect(findings[0]).toMatchObject({
      key: `access-review-cadence:${github.id}`,
      severity: 'blocker',
      link: { area: 'access-reviews', sub: `system/${github.id}`, label: 'Access reviews: GitHub' },
    });
    // On 15 April, Q2 is still running: only Q1 is due, and it was reviewed.
    expect(await check(wb, 'access-review-cadence', '2026-04-15')).toEqual([]);
    wb.closeVault();
  });

  it('Type I: a system never reviewed is due now, not one frequency after it was entered', async () => {
    const wb = vaultOn('2026-07-10T09:00:00Z', {
      reportType: 'type1',
      asOfDate: '2026-07-10',
      periodStart: null,
      periodEnd: null,
    });
    const workspace = await call<{ id: number }>(wb, 'accessSystems.create', {
      name: 'Google Workspace',
      reviewFrequency: 'annual',
    });
    const findings = await check(wb, 'access-review-cadence');
    expect(findings.map((f) => f.message)).toEqual([
      'Google Workspace (reviewed annual): no completed access review on record.',
    ]);
    // The finding opens that system's period view, not the list of every system.
    expect(findings[0]!.link).toEqual({
      area: 'access-reviews',
      sub: `system/${workspace.id}`,
      label: 'Access reviews: Google Workspace',
    });
    wb.closeVault();
  });
});

describe('incident-stale on incidents logged after the fact', () => {
  const fields = {
    severity: 'SEV3',
    category: 'availability',
    status: 'open',
    occurredAt: '2026-02-02T10:00:00.000Z',
    detectedAt: '2026-02-02T11:00:00.000Z',
  };

  it('counts only timeline entries dated by the as-of date, not when the record was entered or edited', async () => {
    const wb = vaultOn('2026-07-10T09:00:00Z');
    const quiet = await call<{ id: number }>(wb, 'incidents.create', { ...fields, title: 'Slow batch scoring' });
    const worked = await call<{ id: number }>(wb, 'incidents.create', { ...fields, title: 'Queue backlog' });
    await call(wb, 'incidents.addTimelineEntry', {
      incidentId: worked.id,
      at: '2026-06-20T09:00:00.000Z',
      entry: 'Vendor fix scheduled',
    });

    const findings = await check(wb, 'incident-stale');
    expect(findings.map((f) => f.key)).toEqual([`incident-stale:${quiet.id}`]);
    expect(findings[0]!.message).toBe(
      'Incident "Slow batch scoring" has been open since 2026-02-02, with no timeline update since.',
    );

    // As of 1 June, the June entry had not happened yet: both had gone 90 days without an update.
    const june = await check(wb, 'incident-stale', '2026-06-01');
    expect(june.map((f) => f.key).sort()).toEqual([`incident-stale:${quiet.id}`, `incident-stale:${worked.id}`].sort());
    wb.closeVault();
  });
});

describe('training-current counts security-awareness courses only', () => {
  it('a recent model-training course does not stand in for security training', async () => {
    const wb = vaultOn('2026-07-10T09:00:00Z');
    const person = await call<{ id: number }>(wb, 'people.create', {
      name: 'Ada Moss',
      email: 'ada@acme.ai',
      startDate: '2025-01-06',
    });
    await call(wb, 'people.addTraining', {
      personIds: [person.id],
      course: 'Handling client data in model training',
      completedOn: '2026-05-04',
    });
    const findings = await check(wb, 'training-current');
    expect(findings.map((f) => f.message)).toEqual(['Ada Moss has no security training on record.']);
    expect(findings[0]!.fix).toContain('Only a course whose title names security, awareness or phishing counts.');

    await call(wb, 'people.addTraining', {
      personIds: [person.id],
      course: 'Phishing drill',
      completedOn: '2026-05-11',
    });
    expect(await check(wb, 'training-current')).toEqual([]);
    // As of April, the May drill had not happened yet.
    expect((await check(wb, 'training-current', '2026-04-30')).map((f) => f.key)).toEqual([
      `training-current:${person.id}`,
    ]);
    wb.closeVault();
  });
});
