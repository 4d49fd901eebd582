/** The pre-audit self-check and its remediation plan. */
export const checkOps = {} as const;
