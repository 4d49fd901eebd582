import type { PolicyTemplate } from '../types';

export const SECURE_DEVELOPMENT_POLICY: PolicyTemplate = {
  id: 'secure-development-and-model-lifecycle',
  title: 'Secure Development and Model Lifecycle Policy',
  summary:
    'Sets how software and models are built securely: phase gates from scoping to retirement, experiment tracking, versioning of code, configuration and data references, evaluation before deployment and model documentation.',
  controls: [
    'ML-01',
    'ML-02',
    'ML-04',
    'ML-05',
    'ML-06',
    'ML-07',
    'ML-08',
    'ML-11',
    'ML-12',
    'ML-13',
    'ML-15',
    'ML-17',
    'OP-05',
    'DA-01',
    'DA-02',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

{{orgName}} builds two kinds of things for clients: conventional software, and models whose behaviour is learned from data rather than written by hand. Both need to be built securely, and models need more: their quality depends on data we must track, their behaviour must be measured rather than assumed, and their limitations must be written down. This policy sets the lifecycle every piece of software and every model follows, from the first idea to retirement, and the evidence each stage leaves behind.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to all code, pipelines, models and AI features that are, or are intended to become, part of {{systemName}} or a deliverable to a client, including:

- application, API and infrastructure code;
- data pipelines, feature pipelines and labelling workflows;
- trained, fine-tuned and third-party models, prompts, retrieval set-ups and agents that use tools;
- notebooks and scripts whose results are relied on for decisions.

Operating deployed models (monitoring, human oversight and ongoing evaluation) is covered in more depth by the AI Model Governance Policy, and the release process itself by the Change Management Policy.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| ML Lead | Owns the model lifecycle, signs off phase gates, keeps the model register, the experiment tracker and lineage records, and approves public models, datasets and ML packages. |
| Engineering Lead | Owns secure coding standards, repository rules, the pipeline and its scanning, and adversarial testing of LLM features before release. |
| CTO | Keeps model release approvals with the deployment record and approves exceptions. |
| Release approver | A named person who did not build the model; reviews the evaluation report, model card and rollback plan and approves or refuses the release. |
| Engineers and data scientists | Follow this policy, document their work and review each other's code. |

## Secure software development

### Design

New services and significant features start with a short design note that describes the data involved and its classification, trust boundaries, authentication and authorisation, the AI providers used, and the main threats. For LLM features the threats always include prompt injection, data leakage and misuse of tools.

### Coding standards

- Validate all input at trust boundaries, and treat model output as untrusted input.
- Use parameterised queries and established libraries for authentication, cryptography and serialisation; never build your own.
- Never hard-code credentials, client data or client names in code, notebooks or tests.
- Log security-relevant events, but never log secrets, and log client content only where the retention rules allow it.
- Apply least privilege to service accounts, including the permissions an AI agent's tools run with.

### Code review

Every change to application, model, training and data pipeline code is reviewed by another engineer before merging, and the repository enforces this. Reviewers look for the usual security flaws and, in ML code, for data leakage between training and test sets, hard-coded data, evaluation shortcuts and anything that could mix one client's data with another's.

### Dependency and supply chain security

Every build scans third-party packages and container images for known vulnerabilities and malicious packages, and blocks releases with critical findings. The Engineering Lead reviews any override. Open-weight models, datasets and ML packages from public hubs are taken only from approved sources, checked against published hashes, loaded in safe formats that cannot run code on load (such as \`safetensors\` rather than pickled weights), and checked for licence terms; the ML Lead records each approval.

## The model lifecycle

Every model or AI feature moves through defined phases. A phase ends at a **gate**: the ML Lead confirms that the exit criteria are met and records the sign-off with the model. Small changes to an existing model may pass gates 3–5 together, but no gate is skipped.

| Phase | Purpose | Exit criteria (gate) |
| --- | --- | --- |
| 1. Scoping | Agree what the model must do | Use case, success metrics and quality thresholds agreed with the client; data sources and permitted uses confirmed; AI risks considered; model register entry created |
| 2. Data preparation | Assemble and check the data | Datasets registered with lineage; ingestion checks passed; personal information minimised; access limited to the engagement team |
| 3. Experimentation | Find an approach that works | Runs tracked; candidate selected from a tracked run; results peer reviewed |
| 4. Evaluation | Prove the candidate meets the thresholds | Evaluation report covering accuracy, bias and robustness, compared with thresholds; adversarial tests for LLM features; model card drafted |
| 5. Deployment | Release safely | Release approved by a named approver who did not build it; rollback plan ready; monitoring thresholds configured |
| 6. Monitoring | Keep it working | Metrics and drift within thresholds; incidents handled; quality reported to the client |
| 7. Retirement | Remove it cleanly | Endpoint removed; register updated; client-derived artefacts deleted or returned |

### Scoping

Scoping records the business problem, who will rely on the outputs and how, what a wrong output would cost, and the quality thresholds the client agrees to. It also confirms that the client agreement permits the intended use of their data and any AI provider involved.

### Data preparation

Data entering pipelines is checked automatically for schema, completeness, record counts, duplicates and unexpected personal information. Failing records are quarantined and logged, and resolved before the data is used. For every dataset the ML Lead records lineage: where the data came from, which client or licence it belongs to, how it was transformed, and which model versions were trained on it. Lineage lets us trace a problem back to its source, and delete a client's data from everything derived from it.

### Experimentation

Experiments run in experiment environments that have no route to production, under the light controls of the experiment tier described in the Change Management Policy. Every training or evaluation run is logged automatically in the experiment tracker with its code commit, configuration, dataset version, metrics and owner. A model can be proposed for production only if it can be traced to a tracked run.

### Versioning

Model code, training and inference configuration, prompts, evaluation scripts and references to exact dataset versions are kept in version control. Datasets and model weights are referenced by an immutable version or content hash; they are stored in versioned artefact storage, not copied into repositories. Given a model version, we must be able to say which code, configuration and data produced it.

### Evaluation before deployment

Before a model or prompt change is deployed, it is evaluated on held-out data that was not used in training or tuning:

- **accuracy** and other task metrics, against the agreed thresholds;
- **bias**, by comparing performance across groups relevant to the use case, where outputs affect people;
- **robustness**, against noisy, incomplete, edge-case and adversarial inputs;
- for LLM features, **adversarial prompts** that attempt injection, instruction leakage, data extraction and misuse of tools, run before each release with results recorded.

The evaluation report compares the results with the thresholds and with the current production version, and is kept with the change record.

### Model documentation

Each production model has a *model card* describing its purpose and intended use, its design, the training data and its provenance, assumptions, known limitations and failure modes, evaluation results including bias and robustness, and the conditions under which it should not be used. The ML Lead updates it with every production release and shares the relevant parts with the client.

### Approval and release

A model goes to production only after a named approver who did not build it reviews the evaluation report, model card and rollback plan and approves the release. The release then follows the production path in the Change Management Policy. The CTO keeps the approvals with the deployment records.

### Model register

The ML Lead keeps a register of every model in production or in client hands, recording its version, owner, client, data sources, provider and status. The register is reconciled with what is actually deployed each quarter, and anything deployed but missing from the register is investigated.

### Retirement

When a model is retired, its endpoint is removed, the register is updated, and client-derived weights, embeddings and caches are deleted or returned as the contract requires. The ML Lead records the retirement.

## LLM and agent features

Features built on large language models follow some additional design rules:

1. Keep system instructions separate from user input and retrieved content, and never assume the model will obey instructions over content.
2. Give the model access only to the tools and data the feature needs, with the permissions of the user it acts for.
3. Filter inputs and outputs for injection attempts, secrets, personal information and other clients' content.
4. Require explicit human confirmation before consequential actions, such as sending messages, changing records or spending money.
5. Log prompts, tool calls and outputs in a way that supports investigation, within the retention limits.

## Exceptions

Exceptions to this policy, such as a prototype delivered to a client for evaluation without a full model card, need the ML Lead's and the CTO's approval, recorded by the Compliance Owner with an expiry date. Prototypes delivered under an exception are labelled as such to the client.

## Enforcement

Deploying a model that bypassed evaluation or approval, or training on data without recorded lineage and permission, is a breach of this policy. The model is withdrawn or brought through the process retrospectively, and the breach is handled under the disciplinary process.

## Review

{{policyOwner}} reviews this policy at least once every 12 months and whenever our tooling or the kinds of models we build change significantly. The CTO approves each new version.
`,
};
