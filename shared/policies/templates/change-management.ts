import type { PolicyTemplate } from '../types';

export const CHANGE_MANAGEMENT_POLICY: PolicyTemplate = {
  id: 'change-management',
  title: 'Change Management Policy',
  summary:
    'Sets two tiers of change control: light controls for experiments that cannot reach production, and a formal request, review, approval, test and deploy path for production, with a defined emergency route.',
  controls: [
    'CM-01',
    'CM-02',
    'CM-03',
    'CM-04',
    'CM-05',
    'CM-06',
    'ML-02',
    'ML-03',
    'ML-05',
    'ML-12',
    'ML-14',
    'ML-16',
    'OP-06',
    'GV-11',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

AI work is iterative. Data scientists try ideas, discard most of them and keep a few. A change process designed for quarterly software releases would either smother that work or—more likely—be ignored. At the same time, our clients rely on what runs in production, and every production change must be deliberate, reviewed and reversible.

This policy resolves the tension with **two tiers**. Experiments run under light controls in environments that cannot touch production. Anything that will affect production, whether code, infrastructure, a model, a prompt or a provider setting, follows the formal path. The boundary between the tiers is clear and enforced by technical means, not by goodwill.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to changes to {{systemName}}, including:

- application and pipeline code;
- infrastructure, network and permission configuration;
- models, including fine-tuned weights, model versions and provider model versions;
- prompts, system instructions, retrieval settings, tool definitions and inference parameters;
- data pipelines and the reference datasets production models rely on;
- scheduled jobs, feature flags and production configuration.

It does not cover changes to the content of client data made by clients themselves through the product.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy and checks that it is followed. |
| CTO | Owns environment separation, branch protection settings and approves exceptions to this policy. |
| Engineering Lead | Owns the pipeline and test suites, keeps the population of production changes and marks emergency changes. |
| ML Lead | Owns the experiment tier and production model changes, and keeps evaluation results with each model change. |
| Authors | Describe, test and document their changes and do not approve them. |
| Reviewers | Review changes critically, including for security, data leakage and evaluation shortcuts, before approving. |
| Head of Operations | Notifies clients of changes that affect them. |

## The two tiers at a glance

| | Experiment tier | Production tier |
| --- | --- | --- |
| Where | Experiment and development environments with no route to production | Staging and production |
| Branches | \`exp/*\` and feature branches | \`main\` and \`release/*\` |
| Data | Synthetic, public or approved client data only | Production data as the engagement allows |
| Controls | Version control, experiment tracking, peer review before results are relied on | Request, review, approval, automated tests, evaluation, pipeline deployment |
| Approval | None needed to run; ML Lead approval to use client production data | Reviewer other than the author; named approver for model releases |
| Evidence | Tracked runs and commits | Pull request or ticket with review, tests, evaluation and deployment record |

## Tier 1: experiments

Experiments are how we learn. They are allowed to be fast and untidy, on the following conditions:

1. They run only in experiment or development environments that have no network path, credentials or permissions leading to production.
2. Code, notebooks and configuration are committed to version control. Work that is not committed did not happen, as far as production is concerned.
3. Every training or evaluation run is logged in the experiment tracker with its code commit, configuration, dataset version, metrics and owner.
4. Client production data enters an experiment only with ML Lead approval, only where the client agreement allows it, and in masked or reduced form where that is enough.
5. Results are peer reviewed before anyone relies on them, for example to choose a model or report progress to a client.

An experiment becomes a production change the moment someone wants its result to affect a client. At that point it enters the production tier and starts from step 1 of the production path below. Promotion by copying files, weights or notebooks into production is not allowed.

## Tier 2: production changes

Every production change follows five steps.

### 1. Request

The change is described in a pull request or ticket: what is changing, why, the risk, how it will be tested, how it will be rolled back and whether clients will notice. Changes that will be noticeable to clients are flagged so the Head of Operations can decide on notice.

### 2. Review

Someone other than the author reviews the change. Reviewers look for correctness, security issues, secrets, data leakage between clients, hard-coded data and, for model and pipeline code, evaluation shortcuts such as test data leaking into training. Reviewers may ask for changes; the author does not dismiss a review.

### 3. Approval

The reviewer approves the pull request. For changes classed as high risk, such as permission changes, changes to authentication, or changes to how client data is segregated, the CTO or Engineering Lead also approves. Model releases need the approval described in the Secure Development and Model Lifecycle Policy: a named approver who did not build the model reviews the evaluation report, model card and rollback plan.

### 4. Test

Automated tests run in the pipeline and must pass before a change can be merged. A failing test blocks the release; tests are not skipped or disabled to get a change out. Model and prompt changes are also evaluated against the thresholds agreed for the use case, and the evaluation results are attached to the change record.

### 5. Deploy

Only the deployment pipeline releases to production. The \`main\` branch is protected: it requires an approved review and passing checks, and nobody, including administrators, pushes to it directly. Each release records what was deployed, when and by which pipeline run. For model releases the previous approved version stays ready so that the service can be rolled back quickly.

## Model, prompt and provider changes

Changes to AI behaviour are production changes even when no code changes. The following all follow the production path, with evaluation before release:

- a new or retrained model, or new fine-tuned weights;
- a change to a system prompt, prompt template, tool definition or guardrail;
- a change to retrieval settings, such as chunking, embedding model or ranking;
- a change to inference parameters, such as temperature or maximum output length;
- a move to a different provider model version.

Production features call third-party models by a pinned version, not by a moving alias such as \`latest\`. When a provider announces a deprecation or a new version, the switch is planned and evaluated as a production change well before the deadline.

Model code, training and inference configuration, prompts and references to exact dataset versions are kept in version control. Datasets and weights are referenced by an immutable version or hash and are not copied into repositories.

## Infrastructure changes

Infrastructure and permission changes are made through reviewed infrastructure-as-code, not by hand in cloud consoles. The reviewer checks the plan output before it is applied. A drift check runs continuously and flags resources changed outside the pipeline; the CTO investigates each flag and returns the resource to the reviewed baseline or brings the change through this process.

## Emergency changes

Sometimes production is broken or under attack and the normal path is too slow. An emergency change is allowed when:

- there is an active SEV1 or SEV2 incident, or a critical vulnerability under active exploitation; and
- a named approver (the CTO, the Engineering Lead or the incident lead) agrees to it at the time, in the incident channel or ticket.

The emergency change is still made through version control wherever possible, and still deployed by the pipeline if the pipeline works. Within two working days it receives a full retrospective review and approval, tests are added if they were missing, and it is marked as an emergency change so that all emergency changes can be listed. Frequent emergency changes are a sign that something is wrong, and the Engineering Lead reports their number each quarter.

## Communicating changes

When a change to the service, its vendors or model providers, or our commitments affects clients, the Head of Operations notifies them before the change, or promptly after it for emergency changes, and keeps a copy of each notice with the list of recipients.

## Records

The Engineering Lead keeps the complete history of production changes, which auditors will use as the population to sample from. For each change it must be possible to show the request, the reviewer, the approval, the test results, the evaluation results where relevant and the deployment record.

## Exceptions

Exceptions to this policy, for example a repository that cannot yet enforce branch protection, are requested from the Compliance Owner with a reason, compensating measures and an expiry date. The CTO must also approve any exception that gives a person direct write access to production.

## Enforcement

Bypassing review, disabling tests, pushing directly to production or promoting experiment artefacts outside the pipeline are breaches of this policy. They are investigated, the change is reviewed retrospectively or rolled back, and the person responsible is dealt with under the disciplinary process.

## Review

{{policyOwner}} reviews this policy at least once every 12 months and whenever the delivery pipeline or model release process of {{orgName}} changes significantly. The CTO approves each new version.
`,
};
