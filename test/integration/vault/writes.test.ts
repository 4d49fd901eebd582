import { describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../../electron/vault/audit';
import { updateEngagement } from '../../../electron/services/engagement';
import { newVault, tableCounts } from '../../helpers/vault';

describe('vault writes', () => {
  it('a write that throws leaves the vault exactly as it was', () => {
    const vault = newVault();
    const before = tableCounts(vault);
    const engagementBefore = vault.db.prepare('SELECT * FROM engagement').get();
    expect(() =>
      vault.write('test.fail', (tx) => {
        vault.db.prepare("UPDATE engagement SET org_name = 'Changed'").run();
        tx.audit('engagement', '1', 'changed the name');
        throw new Error('boom after the change');
      }),
    ).toThrow('boom after the change');
    expect(tableCounts(vault)).toEqual(before);
    expect(vault.db.prepare('SELECT * FROM engagement').get()).toEqual(engagementBefore);
    vault.close();
  });

  it('refuses a write that records no audit entry', () => {
    const vault = newVault();
    expect(() =>
      vault.write('test.silent', () => vault.db.prepare("UPDATE engagement SET org_name = 'x'").run()),
    ).toThrow(/no audit entry/);
    expect(vault.info().orgName).toBe('Acme AI');
    vault.close();
  });

  it('appends an audit entry in the same transaction as each service write', () => {
    const vault = newVault({ now: () => new Date('2026-05-01T10:00:00.000Z') });
    updateEngagement(vault, {
      orgName: 'Acme Labs',
      systemName: 'Acme Delivery Platform',
      reportType: 'type1',
      asOfDate: '2026-06-30',
    });
    const [latest] = listAudit(vault.db, 1);
    expect(latest).toMatchObject({
      operation: 'engagement.update',
      entity: 'engagement',
      entityId: '1',
      at: '2026-05-01T10:00:00.000Z',
    });
    expect(latest?.summary).toContain('organisation: Acme AI → Acme Labs');
    vault.close();
  });

  it('chains audit entries so an edit in the middle is detected', () => {
    const vault = newVault();
    for (const name of ['One', 'Two', 'Three']) {
      updateEngagement(vault, { orgName: name, systemName: 'S', reportType: 'type1', asOfDate: '2026-06-30' });
    }
    expect(verifyAudit(vault.db)).toEqual({ entries: 4, brokenAt: null });
    vault.db.prepare("UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 2").run();
    expect(verifyAudit(vault.db)).toEqual({ entries: 2, brokenAt: 2 });
    vault.close();
  });
});
