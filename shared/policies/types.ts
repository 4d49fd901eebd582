/** A policy template shipped with Attest, written for AI agencies in our own words. */
export interface PolicyTemplate {
  /** Stable slug, e.g. "information-security". */
  id: string;
  title: string;
  /** One sentence: what the policy is for. */
  summary: string;
  /** Library control IDs (shared/catalog/controls) this policy supports. */
  controls: readonly string[];
  /** Offered only when Privacy is in scope. */
  privacyOnly: boolean;
  /** Months between reviews; 12 for almost every policy. */
  reviewCadenceMonths: number;
  /**
   * The policy text in Markdown. Placeholders in double braces are filled from
   * the vault: {{orgName}}, {{systemName}}, {{policyOwner}}, {{effectiveDate}}.
   */
  body: string;
}

export interface TemplateValues {
  orgName: string;
  systemName: string;
  policyOwner: string;
  effectiveDate: string;
}

const PLACEHOLDER = /\{\{\s*(orgName|systemName|policyOwner|effectiveDate)\s*\}\}/g;

/** Fills a template's placeholders; unknown braces are left as written. */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(PLACEHOLDER, (_m, key: keyof TemplateValues) => values[key]);
}
