/** People, policy acknowledgements and security training. */
export const peopleOps = {} as const;
