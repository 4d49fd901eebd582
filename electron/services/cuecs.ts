import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import type { Cuec, cuecSaveSchema } from '../../shared/domain/cuecs';
import * as q from '../vault/queries/cuecs';
import type { Vault } from '../vault/vault';

export function listCuecs(vault: Vault): Cuec[] {
  const criteria = q.criteriaByCuec(vault.db);
  return q.listCuecRows(vault.db).map((row) => ({ ...row, criteria: criteria.get(row.id) ?? [] }));
}

/**
 * Saves the whole list in its new order: entries with an id edit that CUEC,
 * entries without one are added, stored CUECs left out are removed.
 */
export function saveCuecs(vault: Vault, input: z.output<typeof cuecSaveSchema>): Cuec[] {
  return vault.write('cuecs.save', (tx) => {
    const before = new Map(listCuecs(vault).map((c) => [c.id, c]));
    const seen = new Set<number>();
    input.cuecs.forEach((entry, i) => {
      if (entry.id === undefined) return;
      if (!before.has(entry.id) || seen.has(entry.id)) {
        const message = seen.has(entry.id) ? 'This CUEC is listed twice' : `No CUEC ${entry.id} in this vault`;
        throw new AppError('invalid_input', `cuecs.${i}.id: ${message}`, {
          issues: [{ path: `cuecs.${i}.id`, message }],
        });
      }
      seen.add(entry.id);
    });
    let added = 0;
    let changed = 0;
    let removed = 0;
    for (const id of before.keys()) {
      if (!seen.has(id)) {
        q.deleteCuec(vault.db, id);
        removed++;
      }
    }
    input.cuecs.forEach((entry, position) => {
      if (entry.id === undefined) {
        const id = q.insertCuec(vault.db, position, entry.text, tx.at);
        q.replaceCuecCriteria(vault.db, id, entry.criteria);
        added++;
        return;
      }
      const old = before.get(entry.id)!;
      const edited =
        old.text !== entry.text ||
        JSON.stringify([...old.criteria].sort()) !== JSON.stringify([...entry.criteria].sort());
      q.updateCuec(vault.db, entry.id, position, entry.text, edited ? tx.at : null);
      if (edited) {
        q.replaceCuecCriteria(vault.db, entry.id, entry.criteria);
        changed++;
      }
    });
    const parts = [
      added ? `${added} added` : '',
      changed ? `${changed} changed` : '',
      removed ? `${removed} removed` : '',
    ].filter(Boolean);
    tx.audit(
      'cuec',
      '-',
      `Complementary user entity controls saved: ${input.cuecs.length} in the list${parts.length ? ` (${parts.join(', ')})` : ''}`,
    );
    return listCuecs(vault);
  });
}
