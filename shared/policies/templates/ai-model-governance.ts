import type { PolicyTemplate } from '../types';

export const AI_MODEL_GOVERNANCE_POLICY: PolicyTemplate = {
  id: 'ai-model-governance',
  title: 'AI Model Governance Policy',
  summary:
    'Sets how AI models are governed across their use: risk tiers, evaluation for accuracy, bias and robustness, approval before deployment, monitoring against thresholds, drift, documentation and human oversight.',
  controls: [
    'ML-06',
    'ML-07',
    'ML-08',
    'ML-09',
    'ML-10',
    'ML-13',
    'ML-16',
    'RA-02',
    'PI-02',
    'PI-03',
    'PI-08',
    'CF-06',
    'IR-05',
    'HR-05',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 6,
  body: `## Purpose

Our clients use the models {{orgName}} builds and operates to make decisions, serve their own customers and automate work. A model that is accurate on the day it ships can become unreliable weeks later—without a single line of code changing. A model can also treat groups of people unfairly, or be steered by a hostile input. This policy sets the governance that keeps our models trustworthy throughout their use: how we decide how much scrutiny a model needs, what must be true before it is deployed, how we watch it once it is live, and where humans stay in control.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to every model that produces outputs for a client or a client's users as part of {{systemName}}, whether we trained it, fine-tuned it or call it from a third-party provider, including:

- classification, prediction, ranking and extraction models;
- large language model features, retrieval-augmented generation and agents that use tools;
- speech, vision and embedding models used in client workflows.

Internal productivity use of AI tools is covered by the Acceptable Use Policy. How models are built is covered by the Secure Development and Model Lifecycle Policy; this policy sets the governance requirements that the lifecycle must satisfy.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy and reports on its operation to leadership. |
| ML Lead | Accountable for model governance: sets risk tiers, agrees thresholds, reviews evaluations and monitoring, decides on retraining or rollback, keeps the model register and reports quality to clients. |
| CTO | Keeps release approvals, and approves exceptions with the ML Lead. |
| Release approver | Reviews the evidence for a release and approves or refuses it; must not have built the model. |
| Engineering Lead | Builds and tests input and output filters and adversarial defences. |
| Human reviewers | Trained staff who check high-impact outputs before they are used or released. |
| Head of Operations | Agrees quality targets with clients in each engagement specification. |
| CEO | Receives the governance summary at each quarterly oversight meeting. |

## Principles

1. **Fit for purpose.** A model is deployed only for a use it has been shown to perform well enough for.
2. **Measured, not assumed.** Quality, fairness and robustness are demonstrated with evidence before release and watched after it.
3. **Proportionate.** The more a model's outputs can affect people or important decisions, the more scrutiny and human oversight it receives.
4. **Transparent.** Clients know what each model does, how well and where it falls short.
5. **Reversible.** Every deployed model can be rolled back, switched to a fallback or turned off quickly.
6. **Accountable.** Every model has a named owner, and every release a named approver.

## Risk tiers

At scoping, the ML Lead assigns each model use a risk tier, recorded in the model register. The tier sets the minimum governance requirements.

| Tier | Description | Examples | Minimum requirements |
| --- | --- | --- | --- |
| **High** | Outputs can significantly affect individuals or drive important client decisions | Screening applications, prioritising support cases for vulnerable users, extracting figures for financial reports | Bias testing across relevant groups; human review before outputs are acted on; monitoring thresholds reviewed monthly; release approval by the ML Lead and CTO |
| **Medium** | Outputs inform client work but are checked in normal use | Drafting documents for staff to edit, summarising research, internal search | Robustness and adversarial testing; sampled human review; standard monitoring |
| **Low** | Outputs have little consequence and are easily corrected | Tagging internal content, suggesting titles | Standard evaluation and monitoring |

A use moves up a tier when it is applied to a more sensitive purpose, and the tier is revisited at every significant change.

## Before deployment

### Evaluation

No model or prompt change goes live until it has been evaluated against thresholds agreed for the use case, on held-out data it was not trained or tuned on. The evaluation covers:

- **Accuracy** and other task metrics that matter to the client, such as precision and recall for the classes that matter most.
- **Bias**, for uses that affect people: performance compared across groups relevant to the use case, with gaps above the agreed tolerance treated as a failure, not a footnote.
- **Robustness**: behaviour on noisy, incomplete, out-of-range and edge-case inputs, and, for LLM features, on adversarial prompts designed to inject instructions, extract data or misuse tools.
- **Comparison** with the current production version, so that a release does not trade one problem for another.

### Documentation

Each production model has a model card covering purpose, intended and out-of-scope uses, design, training data and provenance, assumptions, limitations, evaluation results and the risk tier. The model card is updated with every release, and the relevant parts are shared with the client.

### Approval

A named approver who did not build the model reviews the evaluation report, the model card and the rollback plan, and approves or refuses the release. For High-tier uses both the ML Lead and the CTO approve. Approvals are kept with the deployment record.

### Third-party models

Models we call from providers are governed like our own. They are evaluated for the specific use before deployment, called by a pinned version, and re-evaluated before any switch to a new version.

## Monitoring in production

### Metrics and thresholds

Each production model reports quality metrics against thresholds set at deployment. Breaching a threshold alerts the ML Lead, who records the investigation and the action taken.

| Metric | Typical measure | Example threshold | Action on breach |
| --- | --- | --- | --- |
| Accuracy on labelled samples | Weekly sample of 50–200 outputs labelled by reviewers | More than 5 points below the approved evaluation | Investigate within 2 working days; roll back if confirmed |
| Error and refusal rate | Share of requests failing or refused | Above 2% over one hour | Alert on-duty engineer; check provider status |
| Latency | 95th percentile response time | Above the commitment in the specification | Capacity check; consider fallback |
| Output validation failures | Outputs failing format, completeness or confidence checks | Above 1% of outputs in a day | Hold back failing outputs; investigate |
| User feedback | Negative feedback rate | Doubles against the 30-day average | Review sampled cases |
| Input drift | Distance between live and reference input distributions | Above the level set at deployment | Assess impact on quality; decide to retrain, roll back or accept |
| Output drift | Shift in the distribution of predictions or output types | Above the level set at deployment | As for input drift |

Thresholds are set per model and recorded in the model card. The values above are defaults for a new model and are tightened for High-tier uses.

### Drift and anomalies

Inputs and outputs of production models are compared continuously with their training and reference distributions, and unusual volumes or patterns, which can signal misuse or an attack, are flagged. Alerts create tickets for the ML Lead, who decides whether to retrain, roll back or treat the event as an incident.

### Output checks

Outputs are checked automatically for format, completeness and confidence before they are released, and a sample is checked by hand at a rate agreed per model. LLM features that draw on confidential sources also filter outputs for secrets, personal information and other clients' content. Failed outputs are held back and logged.

### Model incidents

Serious or sustained threshold breaches, harmful outputs, suspected poisoning, prompt injection and data leakage through a model are handled as incidents under the Incident Response Policy, using its model-failure runbooks.

## Human oversight

- For High-tier uses, a trained reviewer checks each output, or each output above a defined impact level, before it is acted on or released. The ML Lead defines which outputs need review, and reviews are recorded.
- Reviewers have the authority and the time to reject outputs; the review is not a formality.
- LLM agents never take consequential actions, such as sending external messages, changing records or spending money, without explicit human confirmation.
- Any person at {{orgName}} may pause a model feature when they believe it is causing harm, by raising a SEV2 incident. Pausing in good faith is never penalised.

## Transparency to clients

- Each quarter the ML Lead sends each client a report of production model quality against the agreed targets, with known limitations and any changes made.
- Clients are told in advance about changes to models or providers that affect them, and promptly about incidents that affect their outputs.
- We do not claim accuracy, fairness or capabilities that our evaluations do not support.

## Register and review

The ML Lead keeps a register of every model in production or in client hands, with its version, owner, client, data sources, provider, risk tier and status, reconciled with what is deployed each quarter. AI-specific risks across the portfolio are analysed in the yearly risk assessment and before any new kind of model or provider is adopted. Engineers and ML staff complete yearly training on secure AI and data handling, including this policy.

## Exceptions

Exceptions, such as deploying a model that narrowly misses a threshold because the client accepts the trade-off, need written approval from the ML Lead and the CTO and, where the client's outputs are affected, the client's written agreement. Exceptions are recorded with an expiry date. No exception may remove human review from a High-tier use.

## Enforcement

Deploying a model without evaluation or approval, disabling monitoring, or ignoring threshold breaches is a breach of this policy and is handled under the disciplinary process. Affected models are withdrawn until they meet this policy.

## Review

Because AI practice moves quickly, {{policyOwner}} reviews this policy at least every 6 months, and after any significant model incident. The CTO and the ML Lead approve each new version, and the CEO is informed of material changes.
`,
};
