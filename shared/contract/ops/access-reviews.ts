/** Access reviews: the systems inventory and the reviews of their accounts. */
export const accessReviewOps = {} as const;
