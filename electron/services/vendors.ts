import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import { vendorAttention, type Vendor, type VendorFields, type vendorRemoveSchema } from '../../shared/domain/vendors';
import { existingControlIds } from '../vault/queries/controls';
import * as q from '../vault/queries/vendors';
import type { Vault } from '../vault/vault';

interface Links {
  csocs: { text: string }[];
  controls: { id: string; name: string }[];
  evidence: { id: number; title: string }[];
}

function toVendor(row: q.VendorRow, links: Links, today: string): Vendor {
  const base = {
    ...row,
    socExceptions: row.socExceptions === null ? null : row.socExceptions === 1,
    csocs: links.csocs.map((c) => c.text),
    controls: links.controls,
    evidence: links.evidence,
  };
  return { ...base, attention: vendorAttention(base, today) };
}

export function listVendors(vault: Vault): Vendor[] {
  const csocs = q.csocsByVendor(vault.db);
  const controls = q.controlsByVendor(vault.db);
  const evidence = q.evidenceByVendor(vault.db);
  const today = vault.today();
  return q
    .listVendorRows(vault.db)
    .map((row) =>
      toVendor(
        row,
        { csocs: csocs.get(row.id) ?? [], controls: controls.get(row.id) ?? [], evidence: evidence.get(row.id) ?? [] },
        today,
      ),
    );
}

export function getVendor(vault: Vault, id: number): Vendor {
  const row = q.getVendorRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No vendor ${id} in this vault`);
  return toVendor(
    row,
    {
      csocs: q.csocsByVendor(vault.db, id).get(id) ?? [],
      controls: q.controlsByVendor(vault.db, id).get(id) ?? [],
      evidence: q.evidenceByVendor(vault.db, id).get(id) ?? [],
    },
    vault.today(),
  );
}

/** Unknown links and a duplicate name are refused with the field they concern. */
function checkFields(vault: Vault, f: VendorFields, selfId: number | null): void {
  const known = existingControlIds(vault.db, f.controls);
  const unknownControls = f.controls.filter((c) => !known.includes(c));
  if (unknownControls.length) {
    const message = `No control ${unknownControls.join(', ')} in this vault`;
    throw new AppError('not_found', message, { issues: [{ path: 'fields.controls', message }] });
  }
  const active = q.activeEvidenceIds(vault.db, f.evidence);
  const unknownEvidence = f.evidence.filter((e) => !active.has(e));
  if (unknownEvidence.length) {
    const message = `No evidence item ${unknownEvidence.join(', ')} in this vault`;
    throw new AppError('not_found', message, { issues: [{ path: 'fields.evidence', message }] });
  }
  const sameName = q.vendorIdByName(vault.db, f.name);
  if (sameName !== undefined && sameName !== selfId) {
    const message = `A vendor named ${f.name} is already listed`;
    throw new AppError('conflict', message, { issues: [{ path: 'fields.name', message }] });
  }
}

function storeLinks(vault: Vault, id: number, f: VendorFields): void {
  q.replaceCsocs(vault.db, id, f.csocs);
  q.replaceVendorControls(vault.db, id, f.controls);
  q.replaceVendorEvidence(vault.db, id, f.evidence);
}

function stored(f: VendorFields) {
  const { controls: _c, evidence: _e, csocs: _s, ...rest } = f;
  return rest;
}

export function createVendor(vault: Vault, input: { fields: VendorFields }): Vendor {
  return vault.write('vendors.create', (tx) => {
    checkFields(vault, input.fields, null);
    const id = q.insertVendor(vault.db, stored(input.fields), tx.at);
    storeLinks(vault, id, input.fields);
    const sub = input.fields.subserviceMethod ? `, ${input.fields.subserviceMethod} subservice organization` : '';
    tx.audit('vendor', String(id), `Added vendor ${input.fields.name} (${input.fields.criticality}${sub})`);
    return getVendor(vault, id);
  });
}

const LABELS: Partial<Record<keyof VendorFields, string>> = {
  name: 'name',
  service: 'service',
  kind: 'kind',
  dataClassification: 'data classification',
  criticality: 'criticality',
  owner: 'owner',
  subserviceMethod: 'subservice treatment',
  socReportType: 'SOC report type',
  socReceivedOn: 'SOC report received',
  socPeriodFrom: 'SOC period from',
  socPeriodTo: 'SOC period to',
  socReviewedOn: 'SOC report reviewed',
  socExceptions: 'exceptions noted',
  lastReviewed: 'last reviewed',
  nextReview: 'next review',
};

function describeChanges(before: Vendor, after: VendorFields): string {
  const parts: string[] = [];
  for (const [key, label] of Object.entries(LABELS) as [keyof VendorFields, string][]) {
    const a = before[key as keyof Vendor] ?? null;
    const b = after[key] ?? null;
    if (a !== b)
      parts.push(
        `${label}: ${a === null || a === '' ? '(none)' : String(a)} → ${b === null || b === '' ? '(none)' : String(b)}`,
      );
  }
  if (before.dataShared !== after.dataShared) parts.push('data shared');
  if (before.socNotes !== after.socNotes) parts.push('report notes');
  if (before.notes !== after.notes) parts.push('notes');
  if (JSON.stringify(before.csocs) !== JSON.stringify(after.csocs))
    parts.push(`expected controls (${after.csocs.length})`);
  const wasControls = before.controls.map((c) => c.id);
  if (JSON.stringify([...wasControls].sort()) !== JSON.stringify([...after.controls].sort())) {
    parts.push(`controls: ${after.controls.join(', ') || '(none)'}`);
  }
  const wasEvidence = before.evidence.map((e) => e.id);
  if (JSON.stringify([...wasEvidence].sort()) !== JSON.stringify([...after.evidence].sort())) {
    parts.push(`evidence: ${after.evidence.map((e) => `#${e}`).join(', ') || '(none)'}`);
  }
  return parts.length ? `Changed ${parts.join('; ')}` : 'Saved with no changes';
}

export function updateVendor(vault: Vault, input: { id: number; fields: VendorFields }): Vendor {
  return vault.write('vendors.update', (tx) => {
    const before = getVendor(vault, input.id);
    checkFields(vault, input.fields, input.id);
    q.updateVendor(vault.db, input.id, stored(input.fields), tx.at);
    storeLinks(vault, input.id, input.fields);
    tx.audit('vendor', String(input.id), `${before.name}: ${describeChanges(before, input.fields)}`);
    return getVendor(vault, input.id);
  });
}

export function removeVendor(vault: Vault, input: z.output<typeof vendorRemoveSchema>): null {
  return vault.write('vendors.remove', (tx) => {
    const before = getVendor(vault, input.id);
    q.deleteVendor(vault.db, input.id);
    tx.audit('vendor', String(input.id), `Removed vendor ${before.name}: ${input.reason}`);
    return null;
  });
}
