import type { CategoryId } from '../catalog/categories';
import type { PolicyTemplate } from './types';
import { ACCEPTABLE_USE_POLICY } from './templates/acceptable-use';
import { ACCESS_CONTROL_POLICY } from './templates/access-control';
import { AI_MODEL_GOVERNANCE_POLICY } from './templates/ai-model-governance';
import { BUSINESS_CONTINUITY_POLICY } from './templates/business-continuity';
import { CHANGE_MANAGEMENT_POLICY } from './templates/change-management';
import { CODE_OF_CONDUCT } from './templates/code-of-conduct';
import { DATA_CLASSIFICATION_POLICY } from './templates/data-classification';
import { DATA_RETENTION_POLICY } from './templates/data-retention';
import { ENCRYPTION_POLICY } from './templates/encryption';
import { INCIDENT_RESPONSE_POLICY } from './templates/incident-response';
import { INFORMATION_SECURITY_POLICY } from './templates/information-security';
import { OPERATIONS_SECURITY_POLICY } from './templates/operations-security';
import { PERSONNEL_SECURITY_POLICY } from './templates/personnel-security';
import { PRIVACY_POLICY } from './templates/privacy';
import { PROCESSING_INTEGRITY_POLICY } from './templates/processing-integrity';
import { RISK_ASSESSMENT_POLICY } from './templates/risk-assessment';
import { SECURE_DEVELOPMENT_POLICY } from './templates/secure-development';
import { VENDOR_MANAGEMENT_POLICY } from './templates/vendor-management';

/**
 * The policy templates shipped with Attest, in a stable order: the umbrella policy first,
 * then the topic policies, with the privacy-only policy last. IDs are stable slugs; never
 * rename or reuse one, because vault policies record the template they came from.
 */
export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  INFORMATION_SECURITY_POLICY,
  ACCEPTABLE_USE_POLICY,
  ACCESS_CONTROL_POLICY,
  CHANGE_MANAGEMENT_POLICY,
  INCIDENT_RESPONSE_POLICY,
  BUSINESS_CONTINUITY_POLICY,
  DATA_CLASSIFICATION_POLICY,
  DATA_RETENTION_POLICY,
  ENCRYPTION_POLICY,
  VENDOR_MANAGEMENT_POLICY,
  RISK_ASSESSMENT_POLICY,
  SECURE_DEVELOPMENT_POLICY,
  AI_MODEL_GOVERNANCE_POLICY,
  PERSONNEL_SECURITY_POLICY,
  CODE_OF_CONDUCT,
  OPERATIONS_SECURITY_POLICY,
  PROCESSING_INTEGRITY_POLICY,
  PRIVACY_POLICY,
];

export const POLICY_TEMPLATES_BY_ID: ReadonlyMap<string, PolicyTemplate> = new Map(
  POLICY_TEMPLATES.map((t) => [t.id, t]),
);

/**
 * The templates to offer for the given categories, in library order. Every template applies
 * to every scope except the privacy-only ones, which are offered only when Privacy is in scope.
 */
export function templatesFor(categories: readonly CategoryId[]): PolicyTemplate[] {
  const privacy = categories.includes('privacy');
  return POLICY_TEMPLATES.filter((t) => privacy || !t.privacyOnly);
}
