import { describe, expect, it } from 'vitest';
import { incidentClosure } from '../../../shared/check/rules/incident-closure';
import { incidentSignificant } from '../../../shared/check/rules/incident-significant';
import { incidentStale } from '../../../shared/check/rules/incident-stale';
import type { SnapshotIncident } from '../../../shared/check/types';
import { run, snapshot } from './fixtures';

function incident(overrides: Partial<SnapshotIncident> = {}): SnapshotIncident {
  return {
    id: 7,
    title: 'Model endpoint returned another client’s cached answer',
    status: 'closed',
    occurredAt: '2026-03-02T10:00:00.000Z',
    lastUpdate: '2026-03-20T10:00:00.000Z',
    rootCause: 'Cache key missed the tenant ID.',
    postmortem: 'Tenant ID added to every cache key; test added.',
    significant: false,
    significantReason: '',
    ...overrides,
  };
}

describe('incident rules', () => {
  it('are skipped when the vault keeps no incident log, and pass a complete closed incident', () => {
    expect(run(incidentClosure, snapshot()).skipped).toBeTruthy();
    const s = snapshot({ incidents: [incident()] });
    expect(run(incidentClosure, s).findings).toEqual([]);
    expect(run(incidentSignificant, s).findings).toEqual([]);
    expect(run(incidentStale, s).findings).toEqual([]);
  });

  it('incident-closure flags a closed incident without a post-mortem, linking to it', () => {
    const r = run(incidentClosure, snapshot({ incidents: [incident({ postmortem: ' ' })] }));
    expect(r.messages).toEqual([
      'Incident "Model endpoint returned another client’s cached answer" is closed without a post-mortem.',
    ]);
    expect(r.findings[0]!.link).toMatchObject({ area: 'incidents', sub: '7' });
  });

  it('incident-significant flags a significant incident with no reason', () => {
    const r = run(incidentSignificant, snapshot({ incidents: [incident({ significant: true })] }));
    expect(r.keys).toEqual(['incident-significant:7']);
  });

  it('incident-stale flags an incident open for 4 months with no update, not one updated last week', () => {
    const stale = incident({
      id: 8,
      status: 'open',
      occurredAt: '2026-03-02T10:00:00Z',
      lastUpdate: '2026-03-05T10:00:00Z',
    });
    const busy = incident({
      id: 9,
      status: 'contained',
      occurredAt: '2026-03-02T10:00:00Z',
      lastUpdate: '2026-07-03T10:00:00Z',
    });
    const r = run(incidentStale, snapshot({ incidents: [stale, busy] }));
    expect(r.keys).toEqual(['incident-stale:8']);
    expect(r.messages[0]).toContain('open since 2026-03-02, last updated on 2026-03-05');
  });
});
