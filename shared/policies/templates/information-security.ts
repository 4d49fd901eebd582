import type { PolicyTemplate } from '../types';

export const INFORMATION_SECURITY_POLICY: PolicyTemplate = {
  id: 'information-security',
  title: 'Information Security Policy',
  summary:
    'The umbrella policy: how the agency governs security, who is accountable, which topic policies sit beneath it and how compliance is checked.',
  controls: [
    'GV-02',
    'GV-03',
    'GV-04',
    'GV-05',
    'GV-06',
    'GV-07',
    'GV-08',
    'GV-10',
    'MN-01',
    'MN-02',
    'MN-03',
    'MN-04',
    'MN-05',
    'OP-13',
    'AC-11',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

{{orgName}} builds and runs AI systems for clients who trust us with their data, their models and—often—decisions that matter to their own customers. This policy states how we protect that trust. It sets the security objectives of the company, names who is accountable for meeting them, lists the topic policies that put those objectives into practice, and explains how we check that the whole arrangement actually works.

This is the umbrella policy. Where a topic policy goes into more detail, the topic policy governs that topic; where the two appear to conflict, the stricter requirement applies until the Compliance Owner resolves the conflict.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to:

- every employee, contractor and intern of {{orgName}}, and to anyone else who is given an account on our systems;
- {{systemName}} and every component that supports it: cloud accounts, code repositories, CI/CD pipelines, data stores, ML platforms, model-serving endpoints, SaaS tools and company devices;
- all information we create, receive or hold, including client data, training and evaluation datasets, model weights, prompts, embeddings and model outputs;
- third parties, such as cloud hosts and AI model providers, to the extent they handle our information or run part of {{systemName}}.

Personal devices are in scope whenever they are used to reach company systems, which the Acceptable Use Policy permits only in limited cases.

## Roles and responsibilities

This policy is owned by {{policyOwner}}, who keeps it current and answers questions about it.

| Role | Security responsibilities |
| --- | --- |
| CEO | Sets the tone from the top, approves this policy and the risk register, appoints the Compliance Owner, chairs the quarterly oversight meeting and decides on client notifications for serious incidents. |
| Compliance Owner | Maintains the policy set, runs the control calendar, collects evidence, tracks deficiencies and exceptions, and reports status to leadership every quarter. |
| CTO | Owns the technical security architecture, identity, encryption, cloud configuration and incident response. |
| Engineering Lead | Owns the delivery pipeline, change control, logging, vulnerability handling and backups. |
| ML Lead | Owns the model lifecycle, datasets, model monitoring and the review of AI model providers. |
| Head of Operations | Owns client commitments, the asset inventory, office security and the security contact channel. |
| People Lead | Owns hiring, onboarding, training records, offboarding and the disciplinary process. |
| Control owners | Operate the controls assigned to them and keep the evidence that they did. |
| Everyone | Follows the policies, protects the information they handle and reports anything suspicious at once. |

In a small company one person may hold several of these roles. When that happens, nobody approves their own work: a change, an access grant or an exception raised by a person is approved by someone else.

## Security objectives

{{orgName}} aims to:

1. **Keep client data confidential.** Client data is used only for the engagement it was provided for, is kept apart from other clients' data, and never reaches a third party or a model provider's training set without the client's agreement.
2. **Keep systems and outputs trustworthy.** Changes to code, infrastructure, models and prompts are controlled, and model outputs are evaluated and monitored so that clients can rely on them.
3. **Keep services available as promised.** We meet the availability and recovery commitments we make to clients and can recover from the loss of a system, a vendor or a key person.
4. **Meet our commitments.** We honour the security, confidentiality and privacy terms in our client agreements and the laws that apply to us.
5. **Be able to show it.** Every control produces evidence, so that clients and auditors can see that our security works over time and not only on the day they ask.

## Governance

### Oversight

The CEO holds a security and compliance oversight meeting at least once a quarter, with the board, an adviser or an independent member present. The meeting covers the risk register, incidents since the last meeting, control failures and open deficiencies, the audit timeline and any significant changes to the business. Minutes record what was discussed and which actions were agreed, with an owner and date for each.

### Organisation and accountability

The CEO keeps an organisation chart that shows reporting lines and the owners of security, engineering, ML and client delivery. It is updated when roles change and confirmed at least once a year. The CEO appoints the Compliance Owner in writing, and every control in our control set has a named owner. Assignments are reviewed once a year and whenever an owner leaves or changes role.

### Commitments to clients

The Head of Operations maintains our standard client agreement, its security terms and a short client-facing security overview. Together they state what we promise about security, confidentiality, availability and the use of AI providers. They are reviewed each year and whenever the service changes, and every new client receives the overview during onboarding. The Compliance Owner keeps a written description of {{systemName}}, covering its services, boundaries, components, data flows, vendors and the controls we expect clients to operate themselves, and updates it whenever the system changes significantly.

### Security contact

A monitored address, such as \`security@\` at our domain, lets clients, researchers and anyone else report security issues, concerns and complaints. Every report is acknowledged within 1–2 working days, logged and routed to the right owner.

## The policy set

This policy is supported by the following topic policies. Together they form the information security policy set of {{orgName}}.

| Policy | What it covers |
| --- | --- |
| Acceptable Use | Use of devices, accounts, AI tools and company information |
| Access Control | How access is requested, approved, reviewed and removed |
| Change Management | The experiment tier and the production change process, including emergency changes |
| Incident Response | Detecting, triaging, containing and learning from incidents, including model failures |
| Business Continuity and Disaster Recovery | Recovery targets, backups, fallbacks and testing |
| Data Classification and Handling | Classes of information and how each is stored, shared and disposed of |
| Data Retention and Deletion | How long information is kept and how it is destroyed |
| Encryption and Key Management | Encryption in transit and at rest, and the keys and secrets that protect it |
| Vendor and Third-Party AI Management | Assessing and overseeing vendors, including AI model and API providers |
| Risk Assessment | The yearly risk assessment, AI risks and risk treatment |
| Secure Development and Model Lifecycle | Building, evaluating, documenting and releasing software and models |
| AI Model Governance | Evaluation, bias, robustness, monitoring and human oversight of models |
| Personnel Security and Training | Screening, onboarding, training and offboarding of people |
| Code of Conduct | The standards of behaviour we expect from everyone |
| Operations Security and Vulnerability Management | Endpoints, logging, alerting, vulnerability scanning and patching |
| Processing Integrity and Output Quality | Specifications, input checks, output validation and delivery of results |
| Privacy | Handling of personal information, where Privacy is in scope |

Each policy has an owner and a version history. The Compliance Owner publishes the current approved versions where all staff can find them and tells staff when a policy changes in a way that affects their work.

## Baseline security requirements

The topic policies contain the detail. The following requirements apply everywhere and are summarised here so that nobody has to read every policy to know the essentials.

- **Identity.** Everyone signs in through our identity provider wherever a system supports it, and multi-factor authentication is enforced on every account.
- **Least privilege.** Access is granted by role, only for what the work needs, and client data access is limited to the people on that engagement.
- **Devices.** Company laptops are managed, encrypted, patched and protected against malware.
- **Secrets.** Credentials and API keys live in the secrets manager, never in code, notebooks, chat messages or tickets.
- **Encryption.** Client data is encrypted in transit and at rest, everywhere it is stored, including backups, vector stores and model artefact stores.
- **Change.** Nothing reaches production without review, testing and approval by someone other than the author.
- **Models.** No model or prompt change reaches a client without evaluation against agreed thresholds and approval.
- **Vendors.** No vendor or AI provider receives client data before it has been assessed, and no provider may train on our clients' data.
- **Reporting.** Anyone who suspects an incident reports it immediately; reporting in good faith is never punished.

## Asset management

The Head of Operations keeps an inventory of laptops, cloud accounts, SaaS systems, data stores and ML platforms. Each entry has an owner and the highest classification of data it holds. The inventory is reconciled against device management and billing records every quarter, and anything found that is not on it is either added with an owner or removed.

## Physical security

Production runs entirely in the data centres of our cloud providers. We rely on their physical and environmental controls and confirm each year, by reading their SOC reports, that those controls were covered without significant exceptions. Where {{orgName}} has an office, entry is restricted to staff and recorded visitors, and devices are never left unattended in shared spaces.

## Monitoring and continuous improvement

We check that our controls work rather than assuming it:

1. **Automated monitoring.** Automated checks run continuously against cloud accounts, the identity provider and code hosting to confirm that settings such as MFA, encryption and logging stay switched on. Failures become tracked tasks.
2. **Evidence checks.** Each month the Compliance Owner confirms that evidence for recurring controls has been collected and filed against the right control, and raises gaps with the control owner the same week.
3. **Internal review.** Once a year, 2–3 months before the audit period ends, the Compliance Owner or an outside reviewer tests a sample of controls and their evidence, so that there is time to fix what it finds.
4. **Penetration testing.** An independent tester assesses the production environment, client-facing applications and model endpoints at least once a year, including prompt-injection testing where relevant.
5. **Remediation.** Every deficiency found by any of these activities, by an incident or by an auditor is logged with an owner, a severity and a due date. High-severity items are reported to leadership until they are closed.
6. **Reporting.** Each quarter the Compliance Owner reports control status, open deficiencies, incidents and upcoming audit work to leadership.

## Exceptions

Where someone cannot meet a requirement of this policy or a topic policy, they request an exception from the Compliance Owner before acting. The request states the requirement, the reason, the risk and a compensating measure. The Compliance Owner approves or refuses it, sets an expiry date of no more than twelve months and records it in the exceptions log. An exception that raises a high risk also needs the CEO's approval. Exceptions are reviewed at the quarterly oversight meeting and are never renewed automatically.

## Enforcement

Breaches of this policy are handled under the disciplinary process described in the Personnel Security and Training Policy. Depending on the seriousness and intent, the outcome may range from additional training to termination of employment or contract. Deliberate misuse of client data, concealment of an incident or bypassing a security control on purpose are treated as serious misconduct. Breaches by vendors are handled under their contracts.

## Review

{{policyOwner}} reviews this policy at least once every 12 months, and sooner after a significant incident, a major change to {{systemName}} or the business, or a change in the law or our client commitments. The CEO approves each new version. Staff are told about material changes and asked to acknowledge them.
`,
};
