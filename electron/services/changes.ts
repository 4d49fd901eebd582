import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import {
  changeWarnings,
  type ChangeDetail,
  type ChangeSummary,
  type Experiment,
  type changeCreateSchema,
  type changeRemoveSchema,
  type changeUpdateSchema,
  type experimentCreateSchema,
  type experimentUpdateSchema,
} from '../../shared/domain/changes';
import { existingControlIds } from '../vault/queries/controls';
import * as q from '../vault/queries/changes';
import type { Vault } from '../vault/vault';

function summaryOf(row: q.ChangeRow, controls: string[], hasEvidence: boolean): ChangeSummary {
  return {
    id: row.id,
    title: row.title,
    ticketRef: row.ticketRef,
    author: row.author,
    reviewer: row.reviewer,
    approver: row.approver,
    approverIsAuthor: row.approverIsAuthor === 1,
    deployedOn: row.deployedOn,
    emergency: row.emergency === 1,
    significant: row.significant === 1,
    tested: row.testEvidence !== '' || hasEvidence,
    controls,
    updatedAt: row.updatedAt,
  };
}

export function listChanges(vault: Vault): ChangeSummary[] {
  const controls = q.controlsByChange(vault.db);
  const withEvidence = q.changesWithEvidence(vault.db);
  return q.listChangeRows(vault.db).map((row) => summaryOf(row, controls.get(row.id) ?? [], withEvidence.has(row.id)));
}

export function getChange(vault: Vault, id: number): ChangeDetail {
  const row = q.getChangeRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No change ${id} in this vault`);
  const evidence = q.evidenceOf(vault.db, id);
  const summary = summaryOf(row, q.controlsOf(vault.db, id), evidence.length > 0);
  return {
    ...summary,
    description: row.description,
    testEvidence: row.testEvidence,
    significantDescription: row.significantDescription,
    evidence,
    createdAt: row.createdAt,
    warnings: changeWarnings(summary),
  };
}

type Fields = z.output<typeof changeCreateSchema>;

function requireLinks(vault: Vault, input: Fields): void {
  const known = existingControlIds(vault.db, input.controls);
  const unknown = input.controls.filter((c) => !known.includes(c));
  if (unknown.length) {
    throw new AppError('not_found', `No control ${unknown.join(', ')} in this vault`, {
      issues: [{ path: 'controls', message: `No control ${unknown.join(', ')}` }],
    });
  }
  const items = q.activeEvidenceIds(vault.db, input.evidenceIds);
  const missing = input.evidenceIds.filter((id) => !items.has(id));
  if (missing.length) {
    throw new AppError('not_found', `No evidence item ${missing.join(', ')} in this vault`, {
      issues: [{ path: 'evidenceIds', message: `No evidence item ${missing.join(', ')}` }],
    });
  }
}

/** A ticket names one change: the same reference twice would make the population count a change twice. */
function requireTicketFree(vault: Vault, ticketRef: string, self: number | null): void {
  if (ticketRef === '') return;
  const other = q.changeWithTicket(vault.db, ticketRef, self);
  if (other) {
    throw new AppError('conflict', `Ticket ${ticketRef} is already on CHG-${other.id} "${other.title}"`, {
      issues: [{ path: 'ticketRef', message: `Already on CHG-${other.id} "${other.title}"` }],
    });
  }
}

function columns(input: Fields): q.ChangeFields {
  return {
    title: input.title,
    description: input.description,
    ticketRef: input.ticketRef,
    author: input.author,
    reviewer: input.reviewer,
    approver: input.approver,
    testEvidence: input.testEvidence,
    deployedOn: input.deployedOn,
    emergency: input.emergency,
    significant: input.significant,
    // A description without the flag would reach no one; keep the record tidy.
    significantDescription: input.significant ? input.significantDescription : '',
  };
}

/** What the audit trail says about a change beyond its title: the flags an auditor looks for. */
function flagsInWords(change: ChangeDetail): string {
  const flags = [
    change.approverIsAuthor ? 'approved by its author' : '',
    change.emergency ? 'emergency' : '',
    change.significant ? 'significant' : '',
  ].filter(Boolean);
  return flags.length ? ` (${flags.join(', ')})` : '';
}

/** Saves even when the approver is the author: the record says so, and the self-check reports it. */
export function createChange(vault: Vault, input: Fields): ChangeDetail {
  return vault.write('changes.create', (tx) => {
    requireTicketFree(vault, input.ticketRef, null);
    requireLinks(vault, input);
    const id = q.insertChange(vault.db)(columns(input), tx.at);
    q.replaceLinks(vault.db, id, input.controls, input.evidenceIds);
    const change = getChange(vault, id);
    tx.audit('change', String(id), `Recorded change "${input.title}"${flagsInWords(change)}`);
    return change;
  });
}

export function updateChange(vault: Vault, input: z.output<typeof changeUpdateSchema>): ChangeDetail {
  return vault.write('changes.update', (tx) => {
    getChange(vault, input.id);
    requireTicketFree(vault, input.ticketRef, input.id);
    requireLinks(vault, input);
    q.updateChange(vault.db, input.id, columns(input), tx.at);
    q.replaceLinks(vault.db, input.id, input.controls, input.evidenceIds);
    const change = getChange(vault, input.id);
    tx.audit('change', String(input.id), `Updated change "${input.title}"${flagsInWords(change)}`);
    return change;
  });
}

/** Deletes a change recorded by mistake; the reason stays in the audit trail, as the population loses a row. */
export function removeChange(vault: Vault, input: z.output<typeof changeRemoveSchema>): null {
  return vault.write('changes.remove', (tx) => {
    const before = getChange(vault, input.id);
    q.deleteChange(vault.db, input.id);
    const deployed = before.deployedOn ? `, deployed ${before.deployedOn}` : '';
    tx.audit(
      'change',
      String(input.id),
      `Deleted change "${before.title}"${before.ticketRef ? ` (${before.ticketRef})` : ''}${deployed}: ${input.reason}`,
    );
    return null;
  });
}

export function listExperiments(vault: Vault): Experiment[] {
  return q.listExperiments(vault.db);
}

function getExperimentOrFail(vault: Vault, id: number): Experiment {
  const e = q.getExperiment(vault.db, id);
  if (!e) throw new AppError('not_found', `No experiment ${id} in this vault`);
  return e;
}

export function addExperiment(vault: Vault, input: z.output<typeof experimentCreateSchema>): Experiment {
  return vault.write('changes.addExperiment', (tx) => {
    const id = q.insertExperiment(vault.db)(input, tx.at);
    tx.audit('experiment', String(id), `Noted experiment "${input.what}" by ${input.who} on ${input.occurredOn}`);
    return getExperimentOrFail(vault, id);
  });
}

export function updateExperiment(vault: Vault, input: z.output<typeof experimentUpdateSchema>): Experiment {
  return vault.write('changes.updateExperiment', (tx) => {
    getExperimentOrFail(vault, input.id);
    const { id, ...fields } = input;
    q.updateExperiment(vault.db, id, fields, tx.at);
    tx.audit('experiment', String(id), `Updated experiment "${input.what}"`);
    return getExperimentOrFail(vault, id);
  });
}

export function removeExperiment(vault: Vault, id: number): null {
  return vault.write('changes.removeExperiment', (tx) => {
    const before = getExperimentOrFail(vault, id);
    q.deleteExperiment(vault.db, id);
    tx.audit('experiment', String(id), `Deleted experiment "${before.what}"`);
    return null;
  });
}
