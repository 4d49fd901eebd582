/** Change records: experiments and production changes. */
export const changeOps = {} as const;
