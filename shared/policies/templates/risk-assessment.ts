import type { PolicyTemplate } from '../types';

export const RISK_ASSESSMENT_POLICY: PolicyTemplate = {
  id: 'risk-assessment',
  title: 'Risk Assessment Policy',
  summary:
    'Sets how risks, including AI risks such as model compromise, data poisoning, adversarial attacks and client-data leakage, are identified, rated, treated and tracked.',
  controls: ['RA-01', 'RA-02', 'RA-03', 'RA-04', 'RA-05', 'RA-06', 'MN-04', 'MN-05', 'GV-02'],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Security controls cost time and money, so they should go where the risk is. This policy sets out how {{orgName}} identifies what could go wrong, judges how likely and how harmful each risk is, decides what to do about it, and follows through. It gives particular attention to the risks that come with building and running AI systems for clients, which traditional risk methods tend to miss.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy covers risks to:

- the security, availability, processing integrity and confidentiality of {{systemName}}, and privacy where it is in scope;
- the commitments we make to clients in our agreements and security documents;
- the achievement of our business objectives, where security or compliance failures could threaten them.

It includes risks arising from our own people and systems, from vendors and AI providers, from clients' use of our services, and from changes in the business, technology or law.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| Compliance Owner | Leads the yearly risk assessment, keeps the risk register, runs focused reviews when significant changes happen, and tracks treatments every quarter. |
| ML Lead | Analyses AI-specific risks in the yearly assessment and before any new kind of model or provider is adopted. |
| CEO | Sets risk appetite, approves the register and treatment plan, accepts residual risks rated high, considers fraud risk with the Compliance Owner and reviews insurance cover. |
| Risk owners | Own individual risks, carry out treatments and report progress. |
| Leadership team | Contributes to the assessment and discusses risk at the quarterly oversight meeting. |
| Everyone | Raises new risks with the Compliance Owner as soon as they notice them. |

## Risk assessment process

### 1. Establish context

The assessment starts from our objectives: the services we provide, the commitments in our client agreements and the criteria in scope for our SOC 2 examination. These must be written down clearly enough that risks to them can be identified. The Compliance Owner confirms them with the CEO at the start of each yearly assessment.

### 2. Identify risks

Risks are identified through workshops with engineering, ML, delivery and operations staff, and from the following sources: the asset and vendor inventories, the incident log and postmortems, penetration test and vulnerability scan results, internal control review findings, client feedback, changes in the threat landscape and changes in the business. Each risk is written as a cause, an event and a consequence, so that it can be understood without further explanation.

### 3. Analyse and rate

Each risk is rated for **likelihood** and **impact** on a scale of 1–5, first as *inherent* risk (before controls) and then as *residual* risk (with current controls working as designed).

| Score | Likelihood | Impact |
| --- | --- | --- |
| 1 | Rare: not expected within five years | Negligible: no client effect, trivial cost |
| 2 | Unlikely: could happen within five years | Minor: brief inconvenience to one client, small cost |
| 3 | Possible: could happen within two years | Moderate: service disruption or contained data exposure affecting a client; contractual issue |
| 4 | Likely: expected within a year | Major: exposure of Client-Restricted data, loss of a key client, significant financial cost |
| 5 | Almost certain: expected within months | Severe: widespread client data exposure, regulatory action, threat to the survival of the company |

The risk score is likelihood multiplied by impact.

| Score | Rating | Expected response |
| --- | --- | --- |
| 15–25 | **High** | Treatment plan required within 30 days; CEO approval needed to accept |
| 8–14 | **Medium** | Treatment plan required within 90 days, or acceptance by the risk owner and Compliance Owner |
| 1–7 | **Low** | Accept and monitor, or treat where cheap |

### 4. Decide treatment

For each risk, the risk owner proposes one of four responses:

- **Mitigate**: add or strengthen controls to reduce likelihood or impact;
- **Transfer**: share the impact, for example through insurance or contract terms, recognising that responsibility to clients cannot be transferred;
- **Avoid**: stop the activity that creates the risk;
- **Accept**: live with the risk, with a documented reason and an approver at the right level.

Each mitigation links to the controls that address the risk. The CEO approves the register and the treatment plan.

### 5. Monitor

The Compliance Owner reviews progress on every open treatment each quarter, updates its status and escalates overdue items to the CEO. The quarterly oversight meeting reviews the highest risks and any changes.

## AI-specific risks

Every yearly assessment, and every assessment before a new kind of model or AI provider is adopted, includes an analysis of AI risks led by the ML Lead. At a minimum it considers:

| Risk | What could happen | Typical controls |
| --- | --- | --- |
| Client-data leakage through models | A model memorises training data or retrieves documents and reveals one client's data to another user or client | Client-data segregation, output filtering, permission-aware retrieval, no cross-client training |
| Data poisoning | Corrupted or malicious training or retrieval data makes a model behave wrongly or hide a backdoor | Data ingestion validation, lineage, approved sources, evaluation before release |
| Model compromise | Weights, prompts or serving infrastructure are tampered with or stolen | Access control on registries, hashes on artefacts, change control, encryption |
| Adversarial attacks and prompt injection | Crafted inputs make a model ignore instructions, leak data or take harmful actions through tools | Input and output filtering, separation of instructions from content, limited tool permissions, adversarial testing, penetration testing |
| Harmful or wrong outputs | Inaccurate, biased or unsafe outputs harm a client or the people affected by their decisions | Evaluation thresholds, bias testing, human review of high-impact outputs, monitoring |
| Model drift | Real-world data changes and quality degrades unnoticed | Drift detection and performance monitoring with alerting |
| Provider dependency | An AI provider changes a model, its terms or its prices, suffers an outage or misuses data | Provider review, no-training terms, version pinning, fallbacks |
| Supply chain | Open-weight models or ML packages contain malicious code or unsuitable licences | Approved sources, hash checks, safe formats, dependency scanning |
| Shadow AI | Staff paste client data into unapproved AI tools | Acceptable use rules, approved tools list, training, sharing controls |

The results go into the same risk register as every other risk, rated on the same scale.

## Fraud risk

Each year the CEO and the Compliance Owner consider how fraud or misuse could occur at {{orgName}}, including management override of controls, misuse of privileged access, manipulation of model outputs or evaluation results, false invoicing and theft of client data for personal gain. Each fraud risk is linked to a control that would prevent or detect it, and the conclusions are recorded in the risk assessment.

## Significant change

The following trigger a focused risk review by the Compliance Owner, outside the yearly cycle:

- a new service line or a new kind of AI system;
- a major new client or one with unusual requirements;
- a new critical vendor or AI provider, or a significant change at an existing one;
- a change of leadership or of control owners;
- rapid growth in staff or clients, or a merger or acquisition;
- a significant incident;
- a new law or regulation that applies to our work.

The review, and any changes to the register, are recorded.

## Insurance

Each year the CEO reviews insurance cover, including cyber and professional liability, against the risks in the register, and considers whether cover for AI-related claims is adequate.

## Records

The Compliance Owner keeps the risk register with its history, the yearly assessment report, the AI risk analysis, the fraud risk conclusions, the quarterly treatment reviews and the records of focused reviews. Deficiencies found through risk work are logged in the remediation tracker.

## Exceptions

This policy has no exceptions to the yearly assessment. Accepting a risk is not an exception; it is a decision recorded in the register at the right level of authority.

## Enforcement

Risk owners who do not carry out agreed treatments are followed up by the Compliance Owner and, if overdue, escalated to the CEO. Knowingly hiding a risk or misrepresenting its status is a breach of this policy.

## Review

{{policyOwner}} reviews this policy at least once every 12 months, before the yearly assessment starts. The CEO approves each new version.
`,
};
