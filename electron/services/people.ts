import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import {
  TRAINING_IN_FUTURE,
  ACKNOWLEDGED_IN_FUTURE,
  personStatus,
  trainingDueAfter,
  trainingState,
  type PersonDetail,
  type PersonSummary,
  type acknowledgeSchema,
  type personCreateSchema,
  type personUpdateSchema,
  type trainingAddSchema,
} from '../../shared/domain/people';
import * as q from '../vault/queries/people';
import type { Vault } from '../vault/vault';

/**
 * Builds list rows as of today. Due dates are memoised: many people share a
 * training date (everyone who sat the same session).
 */
function summaryBuilder(vault: Vault): (row: q.PersonRow) => PersonSummary {
  const today = vault.today();
  const lastTraining = q.lastTrainingByPerson(vault.db);
  const acknowledged = q.liveAcknowledgementsByPerson(vault.db);
  const policiesLive = q.livePolicies(vault.db).length;
  const dues = new Map<string, string>();
  return (row) => {
    const status = personStatus(row.startDate, row.endDate, today);
    const last = lastTraining.get(row.id) ?? null;
    let due: string | null = null;
    if (last !== null) {
      due = dues.get(last) ?? null;
      if (due === null) dues.set(last, (due = trainingDueAfter(last)));
    }
    return {
      ...row,
      status,
      lastTraining: last,
      trainingDue: due,
      training: trainingState(status, due, today),
      acknowledged: acknowledged.get(row.id) ?? 0,
      policiesLive,
    };
  };
}

export function listPeople(vault: Vault): PersonSummary[] {
  const build = summaryBuilder(vault);
  return q.listPersonRows(vault.db).map(build);
}

export function getPerson(vault: Vault, id: number): PersonDetail {
  const row = q.getPersonRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No person ${id} in this vault`);
  const acknowledgements = q.acknowledgementsOf(vault.db, id);
  const acknowledgedLive = new Set(acknowledgements.filter((a) => a.current).map((a) => a.policyId));
  return {
    ...summaryBuilder(vault)(row),
    trainingRecords: q.trainingOf(vault.db, id),
    acknowledgements,
    unacknowledged: q
      .livePolicies(vault.db)
      .filter((p) => !acknowledgedLive.has(p.policyId))
      .map((p) => ({ policyId: p.policyId, title: p.title, version: p.version })),
  };
}

function requireEmailFree(vault: Vault, email: string, self?: number): void {
  const owner = q.personIdByEmail(vault.db, email);
  if (owner !== undefined && owner !== self) {
    const other = q.getPersonRow(vault.db, owner)!;
    throw new AppError('conflict', `${email} is already the email of ${other.name}`, {
      issues: [{ path: 'email', message: `Already the email of ${other.name}` }],
    });
  }
}

export function createPerson(vault: Vault, input: z.output<typeof personCreateSchema>): PersonDetail {
  return vault.write('people.create', (tx) => {
    requireEmailFree(vault, input.email);
    const id = q.insertPerson(vault.db, input, tx.at);
    tx.audit('person', String(id), `Added ${input.name} (${input.email}), starting ${input.startDate}`);
    return getPerson(vault, id);
  });
}

export function updatePerson(vault: Vault, input: z.output<typeof personUpdateSchema>): PersonDetail {
  return vault.write('people.update', (tx) => {
    const before = getPerson(vault, input.id);
    requireEmailFree(vault, input.email, input.id);
    const { id, ...fields } = input;
    q.updatePerson(vault.db, id, fields, tx.at);
    const left = fields.endDate && fields.endDate !== before.endDate ? `; leaving date ${fields.endDate}` : '';
    tx.audit('person', String(id), `Updated ${fields.name}${left}`);
    return getPerson(vault, id);
  });
}

export function removePerson(vault: Vault, id: number): null {
  return vault.write('people.remove', (tx) => {
    const before = getPerson(vault, id);
    q.deletePerson(vault.db, id);
    tx.audit(
      'person',
      String(id),
      `Deleted ${before.name} (${before.email}) with ${before.trainingRecords.length} training records and ${before.acknowledgements.length} acknowledgements`,
    );
    return null;
  });
}

function requirePeople(vault: Vault, ids: readonly number[]): void {
  const found = q.existingPersonIds(vault.db, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new AppError('not_found', `No person ${missing.slice(0, 5).join(', ')} in this vault`);
}

export function addTraining(vault: Vault, input: z.output<typeof trainingAddSchema>): { added: number } {
  // Training counts for 12 months from its date: a date ahead would stretch that, and it has not happened yet.
  if (input.completedOn > vault.latestPastDate()) {
    throw new AppError('invalid_input', `completedOn: ${TRAINING_IN_FUTURE}`, {
      issues: [{ path: 'completedOn', message: TRAINING_IN_FUTURE }],
    });
  }
  return vault.write('people.addTraining', (tx) => {
    const ids = [...new Set(input.personIds)];
    requirePeople(vault, ids);
    const insert = q.insertTraining(vault.db);
    for (const id of ids) insert(id, input.course, input.completedOn, tx.at);
    const who = ids.length === 1 ? q.getPersonRow(vault.db, ids[0]!)!.name : `${ids.length} people`;
    tx.audit(
      'training',
      ids.length === 1 ? String(ids[0]) : 'many',
      `${who} completed "${input.course}" on ${input.completedOn}`,
    );
    return { added: ids.length };
  });
}

export function removeTraining(vault: Vault, id: number): null {
  return vault.write('people.removeTraining', (tx) => {
    const record = q.getTraining(vault.db, id);
    if (!record) throw new AppError('not_found', `No training record ${id} in this vault`);
    q.deleteTraining(vault.db, id);
    tx.audit('training', String(id), `Deleted "${record.course}" of ${record.completedOn} for ${record.personName}`);
    return null;
  });
}

export function acknowledgePolicy(vault: Vault, input: z.output<typeof acknowledgeSchema>): { added: number } {
  if (input.acknowledgedOn > vault.latestPastDate()) {
    throw new AppError('invalid_input', `acknowledgedOn: ${ACKNOWLEDGED_IN_FUTURE}`, {
      issues: [{ path: 'acknowledgedOn', message: ACKNOWLEDGED_IN_FUTURE }],
    });
  }
  return vault.write('people.acknowledge', (tx) => {
    const version = q.approvedVersion(vault.db, input.policyId, input.version);
    if (!version) {
      throw new AppError(
        'not_found',
        input.version
          ? `Policy ${input.policyId} has no approved version ${input.version}`
          : `Policy ${input.policyId} has no approved version to acknowledge`,
        {
          issues: [
            { path: input.version ? 'version' : 'policyId', message: 'Only approved versions are acknowledged' },
          ],
        },
      );
    }
    if (input.acknowledgedOn < version.approvedOn) {
      // Nobody can have read and accepted a version before it existed as approved; an auditor would query it.
      const message = `Version ${version.version} of "${version.title}" was approved on ${version.approvedOn}; an acknowledgement cannot be dated before that`;
      throw new AppError('invalid_input', `acknowledgedOn: ${message}`, {
        issues: [{ path: 'acknowledgedOn', message }],
      });
    }
    const ids = [...new Set(input.personIds)];
    requirePeople(vault, ids);
    const insert = q.insertAcknowledgement(vault.db);
    let added = 0;
    for (const id of ids) if (insert(id, version.id, input.acknowledgedOn, tx.at)) added++;
    const who = ids.length === 1 ? q.getPersonRow(vault.db, ids[0]!)!.name : `${added} people`;
    tx.audit(
      'acknowledgement',
      ids.length === 1 ? String(ids[0]) : 'many',
      `${who} acknowledged "${version.title}" version ${version.version} on ${input.acknowledgedOn}`,
    );
    return { added };
  });
}

export function removeAcknowledgement(vault: Vault, id: number): null {
  return vault.write('people.removeAcknowledgement', (tx) => {
    const ack = q.getAcknowledgement(vault.db, id);
    if (!ack) throw new AppError('not_found', `No acknowledgement ${id} in this vault`);
    q.deleteAcknowledgement(vault.db, id);
    tx.audit(
      'acknowledgement',
      String(id),
      `Deleted ${ack.personName}'s acknowledgement of "${ack.policyTitle}" ${ack.version}`,
    );
    return null;
  });
}
