/** The risk register. */
export const riskOps = {} as const;
