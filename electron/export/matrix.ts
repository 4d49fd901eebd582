import { CATEGORIES } from '../../shared/catalog/categories';
import { CRITERIA } from '../../shared/catalog/criteria';
import { toCsv } from '../../shared/csv';
import { FREQUENCY_LABELS, STATUS_LABELS, type Control } from '../../shared/domain/controls';

/**
 * One line of the controls matrix: a criterion in scope and one control that addresses it, or the criterion
 * alone when no control is mapped (a gap) or when it is marked not applicable (with the reason).
 */
export interface MatrixRow {
  kind: 'control' | 'no-control' | 'not-applicable';
  category: string;
  criterionId: string;
  topic: string;
  /** Empty on a gap or a not-applicable line. */
  controlId: string;
  /** The control's name; on a line without a control, what the line says ("Not applicable: <reason>"). */
  controlName: string;
  description: string;
  owner: string;
  frequency: string;
  type: string;
  status: string;
  /** Evidence item references ("E-12") filed in the control's folder of the package. */
  evidence: string[];
  evidenceFolder: string;
}

export function evidenceRef(id: number): string {
  return `E-${id}`;
}

/**
 * Criteria in scope with their applicable controls, in catalogue order; a criterion marked not applicable
 * gets one line with its reason instead, so the auditor sees every in-scope criterion accounted for.
 */
export function buildMatrix(
  controls: readonly Control[],
  categories: readonly string[],
  notApplicable: ReadonlyMap<string, string>,
  evidenceByControl: ReadonlyMap<string, number[]>,
  folderOf: (controlId: string) => string,
): MatrixRow[] {
  const scope = new Set(categories);
  const categoryName = new Map(CATEGORIES.map((c) => [c.id as string, c.name]));
  const byCriterion = new Map<string, Control[]>();
  for (const c of controls) {
    if (c.notApplicableReason !== null) continue;
    for (const k of c.criteria) {
      const list = byCriterion.get(k);
      if (list) list.push(c);
      else byCriterion.set(k, [c]);
    }
  }
  const rows: MatrixRow[] = [];
  for (const criterion of CRITERIA) {
    if (!scope.has(criterion.category)) continue;
    const base = {
      category: categoryName.get(criterion.category) ?? criterion.category,
      criterionId: criterion.id,
      topic: criterion.topic,
    };
    const reason = notApplicable.get(criterion.id);
    if (reason !== undefined) {
      rows.push({
        ...base,
        kind: 'not-applicable',
        controlId: '',
        controlName: `Not applicable: ${reason}`,
        description: '',
        owner: '',
        frequency: '',
        type: '',
        status: 'Not applicable',
        evidence: [],
        evidenceFolder: '',
      });
      continue;
    }
    const mapped = byCriterion.get(criterion.id) ?? [];
    if (mapped.length === 0) {
      rows.push({
        ...base,
        kind: 'no-control',
        controlId: '',
        controlName: 'No control mapped',
        description: '',
        owner: '',
        frequency: '',
        type: '',
        status: '',
        evidence: [],
        evidenceFolder: '',
      });
    }
    for (const c of mapped) {
      const evidence = (evidenceByControl.get(c.id) ?? []).map(evidenceRef);
      rows.push({
        ...base,
        kind: 'control',
        controlId: c.id,
        controlName: c.name,
        description: c.description,
        owner: ownerOf(c),
        frequency: FREQUENCY_LABELS[c.frequency],
        type: `${cap(c.type)}, ${c.mode}`,
        status: STATUS_LABELS[c.status],
        evidence,
        evidenceFolder: evidence.length ? folderOf(c.id) : '',
      });
    }
  }
  return rows;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function ownerOf(c: Pick<Control, 'owner' | 'ownerRole'>): string {
  if (c.owner && c.ownerRole) return `${c.owner} (${c.ownerRole})`;
  return c.owner || c.ownerRole || 'Not assigned';
}

export const MATRIX_HEADER = [
  'Category',
  'Criterion',
  'Criterion topic',
  'Control ID',
  'Control',
  'Description',
  'Owner',
  'Frequency',
  'Type',
  'Status',
  'Evidence items',
  'Evidence folder',
] as const;

export function matrixCells(r: MatrixRow): string[] {
  return [
    r.category,
    r.criterionId,
    r.topic,
    r.controlId,
    r.controlName,
    r.description,
    r.owner,
    r.frequency,
    r.type,
    r.status,
    r.evidence.join(' '),
    r.evidenceFolder,
  ];
}

export function matrixCsv(rows: readonly MatrixRow[]): string {
  return toCsv(MATRIX_HEADER, rows.map(matrixCells), { bom: true });
}
