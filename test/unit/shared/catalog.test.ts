import { describe, it, expect } from 'vitest';
import { CATEGORY_IDS } from '../../../shared/catalog/categories';
import type { CategoryId } from '../../../shared/catalog/categories';
import { CRITERIA, CRITERIA_BY_ID, SERIES_NAMES, criteriaForCategories } from '../../../shared/catalog/criteria';
import {
  CONTROL_DOMAINS,
  CONTROL_LIBRARY,
  CONTROL_LIBRARY_BY_ID,
  CONTROL_OWNER_ROLES,
  controlsForCategories,
} from '../../../shared/catalog/controls';
import { CONTROL_MODES, CONTROL_TYPES, FREQUENCIES } from '../../../shared/catalog/types';

const ID_RE = /^(CC[1-9]|A1|C1|PI1|P[1-8])\.[1-9]$/;

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The category an ID belongs to, worked out from its prefix independently of the catalogue. */
function categoryFromId(id: string): CategoryId {
  if (id.startsWith('CC')) return 'security';
  if (id.startsWith('A1.')) return 'availability';
  if (id.startsWith('C1.')) return 'confidentiality';
  if (id.startsWith('PI1.')) return 'processing-integrity';
  return 'privacy';
}

describe('criteria catalogue', () => {
  it('has exactly 61 criteria', () => {
    expect(CRITERIA).toHaveLength(61);
    expect(CRITERIA_BY_ID.size).toBe(61);
  });

  it('has the right count per category', () => {
    expect(countBy(CRITERIA, (c) => c.category)).toEqual({
      security: 33,
      availability: 3,
      confidentiality: 2,
      'processing-integrity': 5,
      privacy: 18,
    });
  });

  it('has the right count per common-criteria series', () => {
    const cc = CRITERIA.filter((c) => c.series.startsWith('CC'));
    expect(countBy(cc, (c) => c.series)).toEqual({
      CC1: 5,
      CC2: 3,
      CC3: 4,
      CC4: 2,
      CC5: 3,
      CC6: 8,
      CC7: 5,
      CC8: 1,
      CC9: 2,
    });
  });

  it('lists the criteria in the reference order', () => {
    const expected = [
      ...['CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5'],
      ...['CC2.1', 'CC2.2', 'CC2.3'],
      ...['CC3.1', 'CC3.2', 'CC3.3', 'CC3.4'],
      ...['CC4.1', 'CC4.2'],
      ...['CC5.1', 'CC5.2', 'CC5.3'],
      ...['CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8'],
      ...['CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5'],
      'CC8.1',
      ...['CC9.1', 'CC9.2'],
      ...['A1.1', 'A1.2', 'A1.3'],
      ...['C1.1', 'C1.2'],
      ...['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5'],
      'P1.1',
      'P2.1',
      ...['P3.1', 'P3.2'],
      ...['P4.1', 'P4.2', 'P4.3'],
      ...['P5.1', 'P5.2'],
      ...['P6.1', 'P6.2', 'P6.3', 'P6.4', 'P6.5', 'P6.6', 'P6.7'],
      'P7.1',
      'P8.1',
    ];
    expect(CRITERIA.map((c) => c.id)).toEqual(expected);
  });

  it('has unique, well-formed IDs with a consistent category and series', () => {
    const ids = CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CRITERIA) {
      expect(c.id).toMatch(ID_RE);
      expect(c.category).toBe(categoryFromId(c.id));
      expect(c.id.startsWith(`${c.series}.`)).toBe(true);
      expect(SERIES_NAMES[c.series], `series name for ${c.series}`).toBeTruthy();
    }
  });

  it('does not contain the known bad IDs from public data sets', () => {
    const ids = CRITERIA.map((c) => c.id);
    expect(ids.filter((id) => id.startsWith('PP'))).toEqual([]);
    expect(ids).not.toContain('CC9.9');
    expect(ids).not.toContain('C6.5');
    expect(ids).toContain('C1.2');
    expect(ids).toContain('CC6.5');
  });

  it('gives every criterion a topic, a summary and 2-4 auditor notes', () => {
    for (const c of CRITERIA) {
      expect(c.topic.trim(), c.id).not.toBe('');
      expect(c.summary.trim(), c.id).not.toBe('');
      expect(c.auditorLooksFor.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.auditorLooksFor.length, c.id).toBeLessThanOrEqual(4);
      for (const note of c.auditorLooksFor) expect(note.trim(), c.id).not.toBe('');
    }
  });

  it('names every series used', () => {
    const series = new Set(CRITERIA.map((c) => c.series));
    expect(new Set(Object.keys(SERIES_NAMES))).toEqual(series);
  });

  it('filters criteria by category in catalogue order', () => {
    const pi = criteriaForCategories(['processing-integrity']);
    expect(pi.map((c) => c.id)).toEqual(['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5']);
    expect(criteriaForCategories(['security', 'confidentiality'])).toHaveLength(35);
    expect(criteriaForCategories([...CATEGORY_IDS])).toHaveLength(61);
    expect(criteriaForCategories([])).toEqual([]);
  });
});

describe('control library', () => {
  it('has at least 90 controls with unique, well-formed IDs', () => {
    expect(CONTROL_LIBRARY.length).toBeGreaterThanOrEqual(90);
    const ids = CONTROL_LIBRARY.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CONTROL_LIBRARY_BY_ID.size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{2,3}-\d{2}$/);
  });

  it('derives each domain from a documented ID prefix', () => {
    for (const c of CONTROL_LIBRARY) {
      const prefix = c.id.split('-')[0] ?? '';
      expect(CONTROL_DOMAINS[prefix], c.id).toBeDefined();
      expect(c.domain, c.id).toBe(CONTROL_DOMAINS[prefix]);
    }
  });

  it('maps only to criteria that exist', () => {
    for (const c of CONTROL_LIBRARY) {
      expect(c.criteria.length, c.id).toBeGreaterThan(0);
      expect(new Set(c.criteria).size, `${c.id} repeats a criterion`).toBe(c.criteria.length);
      for (const id of c.criteria) expect(CRITERIA_BY_ID.has(id), `${c.id} -> ${id}`).toBe(true);
    }
  });

  it('covers every one of the 61 criteria', () => {
    const covered = new Set(CONTROL_LIBRARY.flatMap((c) => c.criteria));
    const uncovered = CRITERIA.map((c) => c.id).filter((id) => !covered.has(id));
    expect(uncovered).toEqual([]);
  });

  it('gives every control 1-4 evidence items and complete fields', () => {
    for (const c of CONTROL_LIBRARY) {
      expect(c.suggestedEvidence.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.suggestedEvidence.length, c.id).toBeLessThanOrEqual(4);
      expect(c.name.trim(), c.id).not.toBe('');
      expect(c.description.trim(), c.id).not.toBe('');
      expect(CONTROL_OWNER_ROLES as readonly string[], c.id).toContain(c.ownerRole);
      expect(FREQUENCIES as readonly string[], c.id).toContain(c.frequency);
      expect(CONTROL_TYPES as readonly string[], c.id).toContain(c.type);
      expect(CONTROL_MODES as readonly string[], c.id).toContain(c.mode);
    }
  });

  it('uses the customary frequencies for recurring controls', () => {
    const freq = (id: string) => CONTROL_LIBRARY_BY_ID.get(id)?.frequency;
    expect(freq('AC-05')).toBe('quarterly'); // access review
    expect(freq('VM-03')).toBe('annual'); // vendor review
    expect(freq('RA-01')).toBe('annual'); // risk assessment
    expect(freq('HR-04')).toBe('annual'); // security training
    expect(freq('GV-05')).toBe('annual'); // policy review
    expect(freq('IR-04')).toBe('annual'); // incident response test
    expect(freq('BC-02')).toBe('annual'); // continuity and recovery test
    expect(freq('OP-03')).toBe('monthly'); // vulnerability scanning
  });

  it('contains the AI-specific controls, flagged as AI', () => {
    const aiTopics: Record<string, string> = {
      'ML-01': 'model development lifecycle with phase gates',
      'ML-02': 'experiment tier under light controls',
      'ML-03': 'formal change control for production models',
      'ML-04': 'experiment tracking',
      'ML-05': 'version control of model code, configurations and data references',
      'ML-06': 'accuracy, bias and robustness testing before deployment',
      'ML-07': 'model documentation',
      'ML-08': 'approval before model deployment',
      'ML-09': 'model performance monitoring with thresholds',
      'ML-10': 'drift and anomaly detection with alerting',
      'ML-11': 'prompt-injection and adversarial input defences',
      'DA-01': 'data ingestion validation',
      'DA-02': 'training-data lineage',
      'DA-03': 'client-data segregation',
      'IR-05': 'incident response for model failures',
      'VM-04': 'review of third-party AI providers',
      'VM-05': 'client data kept out of third-party model training',
    };
    for (const [id, topic] of Object.entries(aiTopics)) {
      const control = CONTROL_LIBRARY_BY_ID.get(id);
      expect(control, `${id} (${topic})`).toBeDefined();
      expect(control?.ai, `${id} (${topic})`).toBe(true);
    }
    // Two-tier change management: experiments and production changes are separate controls.
    expect(CONTROL_LIBRARY_BY_ID.get('ML-02')?.criteria).toContain('CC8.1');
    expect(CONTROL_LIBRARY_BY_ID.get('ML-03')?.criteria).toContain('CC8.1');
  });

  it('covers processing integrity and privacy with dedicated controls', () => {
    const pi = controlsForCategories(['processing-integrity']);
    const privacy = controlsForCategories(['privacy']);
    expect(pi.length).toBeGreaterThanOrEqual(5);
    expect(privacy.length).toBeGreaterThanOrEqual(18);
  });

  it('selects controls by category', () => {
    const security = controlsForCategories(['security']);
    const securityIds = new Set(security.map((c) => c.id));
    const privacyOnly = CONTROL_LIBRARY.filter((c) =>
      c.criteria.every((id) => CRITERIA_BY_ID.get(id)?.category === 'privacy'),
    );
    expect(privacyOnly.length).toBeGreaterThan(0);
    for (const c of privacyOnly) expect(securityIds.has(c.id), c.id).toBe(false);
    for (const c of CONTROL_LIBRARY) {
      if (c.criteria.some((id) => id.startsWith('CC'))) {
        expect(securityIds.has(c.id), c.id).toBe(true);
      }
    }
    for (const c of security) expect(c.criteria.some((id) => id.startsWith('CC'))).toBe(true);
    expect(controlsForCategories([...CATEGORY_IDS])).toHaveLength(CONTROL_LIBRARY.length);
    expect(controlsForCategories([])).toEqual([]);
  });
});
