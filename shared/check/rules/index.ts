import type { Rule } from '../rule';
import { accessReviewCadence } from './access-review-cadence';
import { accessReviewClosure } from './access-review-closure';
import { changeApproval } from './change-approval';
import { descriptionSections } from './description-sections';
import { incidentClosure } from './incident-closure';
import { incidentSignificant } from './incident-significant';
import { incidentStale } from './incident-stale';
import { leaverAccess } from './leaver-access';
import { riskAssessment } from './risk-assessment';
import { riskTreatment } from './risk-treatment';
import { subserviceSoc } from './subservice-soc';
import { trainingCurrent } from './training-current';
import { vendorReview } from './vendor-review';
import { controlEvidence } from './control-evidence';
import { controlImplemented } from './control-implemented';
import { controlOwner } from './control-owner';
import { controlOwnerLeft } from './control-owner-left';
import { criterionCoverage } from './criterion-coverage';
import { engagementPeriod } from './engagement-period';
import { engagementValid } from './engagement-valid';
import { eventPopulation } from './event-population';
import { notApplicableReasons } from './not-applicable-reasons';
import { periodBucketsRule } from './period-buckets';
import { policyApproved } from './policy-approved';
import { policyReview } from './policy-review';
import { sampleSize } from './sample-size';
import { verificationClean, verificationRecent } from './verification';

/** Every rule the self-check runs, in the order a consultant would walk the vault. */
export const RULES: readonly Rule[] = [
  engagementValid,
  engagementPeriod,
  criterionCoverage,
  notApplicableReasons,
  controlImplemented,
  controlOwner,
  controlOwnerLeft,
  controlEvidence,
  periodBucketsRule,
  sampleSize,
  eventPopulation,
  policyApproved,
  policyReview,
  accessReviewCadence,
  accessReviewClosure,
  leaverAccess,
  trainingCurrent,
  changeApproval,
  incidentClosure,
  incidentSignificant,
  incidentStale,
  riskAssessment,
  riskTreatment,
  subserviceSoc,
  vendorReview,
  descriptionSections,
  verificationClean,
  verificationRecent,
];
