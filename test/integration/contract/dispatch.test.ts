import { describe, expect, it } from 'vitest';
import { contract, OPERATION_NAMES } from '../../../shared/contract';
import { dispatch } from '../../../electron/services/dispatch';
import { handlers } from '../../../electron/services/handlers';
import { newWorkbench, tableCounts } from '../../helpers/vault';

describe('the one dispatcher', () => {
  it('has exactly one handler per operation in the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    expect(OPERATION_NAMES.length).toBeGreaterThan(5);
  });

  it('rejects malformed input with invalid_input naming the field, and writes nothing', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const before = tableCounts(vault);
    const engagementBefore = vault.db.prepare('SELECT * FROM engagement').get();

    const cases: [unknown, string][] = [
      [{ orgName: '   ', systemName: 'S', reportType: 'type1', asOfDate: '2026-01-01' }, 'orgName'],
      [{ orgName: 'A', systemName: 'S', reportType: 'type3', asOfDate: '2026-01-01' }, 'reportType'],
      [{ orgName: 'A', systemName: 'S', reportType: 'type1', asOfDate: '2026-02-30' }, 'asOfDate'],
      [
        { orgName: 'A', systemName: 'S', reportType: 'type2', periodStart: '2026-06-01', periodEnd: '2026-01-01' },
        'periodEnd',
      ],
      [{ orgName: 'A', systemName: 'S', reportType: 'type1', asOfDate: '2026-01-01', extra: 1 }, '(input)'],
      ['not an object', '(input)'],
    ];
    for (const [input, field] of cases) {
      const result = await dispatch(wb, 'engagement.update', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message.startsWith(`${field}:`), result.error.message).toBe(true);
      expect(result.error.details).toMatchObject({
        issues: expect.arrayContaining([expect.objectContaining({ path: field })]),
      });
    }
    expect(tableCounts(vault)).toEqual(before);
    expect(vault.db.prepare('SELECT * FROM engagement').get()).toEqual(engagementBefore);
    wb.closeVault();
  });

  it('saves valid engagement basics and returns them', async () => {
    const wb = newWorkbench();
    const result = await dispatch(wb, 'engagement.update', {
      orgName: '  Acme Labs ',
      systemName: 'Acme Platform',
      reportType: 'type2',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      asOfDate: '2025-12-31',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        orgName: 'Acme Labs',
        reportType: 'type2',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        asOfDate: '2025-12-31',
      },
    });
    const again = await dispatch(wb, 'engagement.get', {});
    expect(again).toMatchObject({
      ok: true,
      value: { orgName: 'Acme Labs', categories: ['security', 'confidentiality'] },
    });
    wb.closeVault();
  });

  it('answers not_found for an unknown operation and no_vault when none is open', async () => {
    const wb = newWorkbench();
    expect(await dispatch(wb, 'engagement.delete', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(wb, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    wb.closeVault();
    expect(await dispatch(wb, 'engagement.get', {})).toMatchObject({ ok: false, error: { code: 'no_vault' } });
    expect(await dispatch(wb, 'app.info', {})).toMatchObject({ ok: true, value: { vault: null } });
  });

  it('opens a vault by path and remembers it among recent vaults', async () => {
    const wb = newWorkbench();
    const file = wb.requireVault().path;
    await dispatch(wb, 'vault.close', {});
    const opened = await dispatch(wb, 'vault.open', { path: file });
    expect(opened).toMatchObject({ ok: true, value: { path: file, orgName: 'Acme AI' } });
    const recent = await dispatch(wb, 'vault.recent', {});
    expect(recent).toMatchObject({ ok: true, value: [{ path: file, orgName: 'Acme AI', exists: true }] });
    wb.closeVault();
  });
});
