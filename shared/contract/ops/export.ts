/** The export package for the CPA firm. */
export const exportOps = {} as const;
