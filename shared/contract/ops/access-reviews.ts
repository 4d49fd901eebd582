import { z } from 'zod';
import {
  accountsAddSchema,
  accountsImportSchema,
  addendumSchema,
  completeSchema,
  decideSchema,
  remediateSchema,
  reviewCreateSchema,
  reviewListSchema,
  reviewUpdateSchema,
  systemFieldsSchema,
  systemUpdateSchema,
  type AccessCoverage,
  type AccessReviewDetail,
  type AccessReviewSummary,
  type AccessSystem,
  type ImportResult,
} from '../../domain/access-reviews';
import { read, write } from '../operation';
import { empty, isoDate } from '../primitives';

const id = z.object({ id: z.number().int().positive() }).strict();

/** Access reviews: the systems inventory and the reviews of their accounts. */
export const accessReviewOps = {
  'accessSystems.list': read(empty, 'The systems inventory, with when each is next due for review').returns<
    AccessSystem[]
  >(),
  'accessSystems.create': write(systemFieldsSchema, 'Add a system to the inventory').returns<AccessSystem>(),
  'accessSystems.update': write(
    systemUpdateSchema,
    "Change a system's details, scope or review frequency",
  ).returns<AccessSystem>(),
  'accessSystems.remove': write(id, 'Remove a system that has no reviews').returns<null>(),
  'accessReviews.list': read(reviewListSchema, 'Access reviews, newest first').returns<AccessReviewSummary[]>(),
  'accessReviews.get': read(
    id,
    'One access review with its accounts, decisions and addenda',
  ).returns<AccessReviewDetail>(),
  'accessReviews.create': write(reviewCreateSchema, 'Start an access review of a system').returns<AccessReviewDetail>(),
  'accessReviews.update': write(
    reviewUpdateSchema,
    'Change the details of a review in progress',
  ).returns<AccessReviewDetail>(),
  'accessReviews.remove': write(id, 'Delete a review still in progress').returns<null>(),
  'accessReviews.addAccounts': write(accountsAddSchema, 'Add accounts to a review in progress').returns<ImportResult>(),
  'accessReviews.importAccounts': write(
    accountsImportSchema,
    "Import accounts from a system's CSV export with a column mapping; any bad row stops the whole import",
  ).returns<ImportResult>(),
  'accessReviews.removeAccounts': write(
    z
      .object({ reviewId: z.number().int().positive(), accountIds: z.array(z.number().int().positive()).min(1) })
      .strict(),
    'Remove accounts from a review in progress',
  ).returns<ImportResult>(),
  'accessReviews.decide': write(
    decideSchema,
    'Record keep, revoke or change role for one or more accounts',
  ).returns<AccessReviewDetail>(),
  'accessReviews.remediate': write(
    remediateSchema,
    'Record when a revoke or role change was carried out (allowed once after completion)',
  ).returns<AccessReviewDetail>(),
  'accessReviews.complete': write(
    completeSchema,
    'Complete a review: it is locked from then on',
  ).returns<AccessReviewDetail>(),
  'accessReviews.addAddendum': write(
    addendumSchema,
    'Add a dated correction to a completed review',
  ).returns<AccessReviewDetail>(),
  'accessReviews.coverage': read(
    z.object({ asOf: isoDate.optional() }).strict(),
    'Every in-scope system and its reviews across the audit period, window by window',
  ).returns<AccessCoverage>(),
} as const;
