import { AppError } from '../../shared/contract/errors';
import {
  CONTROL_LINK_KIND_LABELS,
  CONTROL_LINK_KINDS,
  type ControlLink,
  type ControlLinkKind,
  type ControlLinks,
} from '../../shared/domain/control-links';
import { RISK_LEVEL_LABELS, TREATMENT_LABELS, riskLevel, riskRef } from '../../shared/domain/risks';
import { CRITICALITY_LABELS, SUBSERVICE_METHOD_LABELS, VENDOR_KIND_LABELS } from '../../shared/domain/vendors';
import * as q from '../vault/queries/control-links';
import { getControlRow } from '../vault/queries/controls';
import type { Vault } from '../vault/vault';

function riskLink(r: q.LinkedRiskRow): ControlLink {
  const basis = r.residualScore === null ? 'Inherent' : 'Residual';
  const score = r.residualScore ?? r.inherentScore;
  const parts = [`${basis} ${score} (${RISK_LEVEL_LABELS[riskLevel(score)].toLowerCase()})`];
  parts.push(r.treatment ? TREATMENT_LABELS[r.treatment] : 'no treatment chosen');
  return {
    kind: 'risk',
    id: r.id,
    title: `${riskRef(r.id)} ${r.title}`,
    detail: parts.join(' · '),
    attention: r.residualScore === null ? 'Residual risk not assessed' : null,
    target: { area: 'risks', sub: String(r.id) },
  };
}

function vendorLink(v: q.LinkedVendorRow, today: string): ControlLink {
  const parts = [`${CRITICALITY_LABELS[v.criticality]} criticality`, VENDOR_KIND_LABELS[v.kind]];
  if (v.subserviceMethod) parts.push(`subservice org (${SUBSERVICE_METHOD_LABELS[v.subserviceMethod].toLowerCase()})`);
  return {
    kind: 'vendor',
    id: v.id,
    title: v.name,
    detail: parts.join(' · '),
    attention: v.nextReview !== null && v.nextReview < today ? `Review overdue since ${v.nextReview}` : null,
    target: { area: 'vendors', sub: String(v.id) },
  };
}

function actionLink(a: q.LinkedActionRow, today: string): ControlLink {
  const state = a.completedOn ? `done ${a.completedOn}` : `due ${a.dueDate}`;
  return {
    kind: 'incident-action',
    id: a.id,
    title: a.description,
    detail: `Incident: ${a.incidentTitle} · ${state}`,
    attention: !a.completedOn && a.dueDate < today ? 'Overdue' : null,
    // An action has no page of its own: it lives on its incident's page.
    target: { area: 'incidents', sub: String(a.incidentId) },
  };
}

function changeLink(c: q.LinkedChangeRow): ControlLink {
  const parts = [c.deployedOn ? `Deployed ${c.deployedOn}` : 'Not deployed yet'];
  if (c.emergency) parts.push('emergency');
  if (c.significant) parts.push('significant');
  let attention: string | null = null;
  if (c.approverIsAuthor) attention = 'Approved by its author';
  else if (c.deployedOn && !c.approver.trim()) attention = 'Deployed without an approver';
  return {
    kind: 'change',
    id: c.id,
    title: c.ticketRef ? `${c.ticketRef} ${c.title}` : c.title,
    detail: parts.join(' · '),
    attention,
    target: { area: 'changes', sub: String(c.id) },
  };
}

function cuecLink(u: q.LinkedCuecRow): ControlLink {
  const shared = u.criteria.split(', ').sort().join(', ');
  return {
    kind: 'cuec',
    id: u.id,
    title: u.text,
    detail: `CUEC ${u.position + 1} · shares ${shared}`,
    attention: null,
    // CUECs are edited on the Scope page, in one list.
    target: { area: 'scope', sub: '' },
  };
}

/** Every record in the vault that points at this control, grouped by kind, for its detail page. */
export function controlLinks(vault: Vault, controlId: string): ControlLinks {
  if (!getControlRow(vault.db, controlId)) throw new AppError('not_found', `No control ${controlId} in this vault`);
  const today = vault.today();
  const byKind: Record<ControlLinkKind, ControlLink[]> = {
    risk: q.risksForControl(vault.db, controlId).map(riskLink),
    vendor: q.vendorsForControl(vault.db, controlId).map((v) => vendorLink(v, today)),
    'incident-action': q.actionsForControl(vault.db, controlId).map((a) => actionLink(a, today)),
    change: q.changesForControl(vault.db, controlId).map(changeLink),
    cuec: q.cuecsForControl(vault.db, controlId).map(cuecLink),
  };
  const groups = CONTROL_LINK_KINDS.map((kind) => ({
    kind,
    label: CONTROL_LINK_KIND_LABELS[kind],
    links: byKind[kind],
  }));
  return { controlId, total: groups.reduce((n, g) => n + g.links.length, 0), groups };
}
