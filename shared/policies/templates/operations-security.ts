import type { PolicyTemplate } from '../types';

export const OPERATIONS_SECURITY_POLICY: PolicyTemplate = {
  id: 'operations-security',
  title: 'Operations Security and Vulnerability Management Policy',
  summary:
    'Sets how systems are hardened, logged, monitored, scanned and patched, and how endpoints, networks and public model endpoints are protected day to day.',
  controls: [
    'OP-01',
    'OP-02',
    'OP-03',
    'OP-04',
    'OP-05',
    'OP-06',
    'OP-07',
    'OP-08',
    'OP-09',
    'OP-12',
    'OP-14',
    'MN-01',
    'MN-03',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Most breaches do not start with an ingenious attack. They start with an unpatched server, a forgotten open port, a laptop without protection or an alert nobody read. This policy sets the day-to-day operational disciplines that close those doors at {{orgName}}: hardened configurations, logging and alerting, vulnerability scanning and patching, protected endpoints and networks, and secure disposal of equipment.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to:

- the cloud infrastructure of {{systemName}}: accounts, networks, compute, containers, GPU instances, databases, storage and model-serving endpoints;
- client-facing applications and model APIs;
- code hosting, CI/CD pipelines and container registries;
- company laptops and any other device that reaches company systems;
- third-party packages, container images and ML libraries we use.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| CTO | Owns the hardened baseline, endpoint and device management, network rules and endpoint protection, and commissions the yearly penetration test and tracks its findings. |
| Engineering Lead | Owns vulnerability scanning, patching, pipeline scanning, central logging and the alert rules; reviews scanner overrides. |
| On-duty engineer | Watches alerts and records a triage decision for each one. |
| Head of Operations | Records the disposal of devices and media against the asset inventory. |
| Compliance Owner | Makes sure automated monitoring failures become tracked tasks and that deficiencies are tracked to closure. |
| Everyone | Keeps their devices updated and does not disable security tools. |

## Secure configuration

### Hardened baseline

Cloud infrastructure is defined as code against a hardened baseline: no public storage by default, encryption at rest on, logging on, least-privilege roles, no default credentials, and unused services and ports disabled. Changes go through review under the Change Management Policy. A drift check runs continuously and flags resources changed outside the pipeline; the CTO reviews each flag and brings the resource back to the baseline or through the change process.

### Automated monitoring of settings

Automated checks run continuously against cloud accounts, the identity provider and code hosting to confirm that key settings such as MFA, encryption, logging and branch protection stay on. Each failure becomes a tracked task with an owner.

### Containers and images

Production containers are built from minimal, maintained base images in the pipeline, run as non-root where possible, and are rebuilt at least monthly to pick up fixes. Images are pulled only from our own registry and referenced by digest, never by a moving tag such as \`latest\`.

## Logging

- Audit logs from cloud accounts, the identity provider, code hosting, data stores and model-serving endpoints are sent to a central log store.
- Logs are kept for at least 12 months, with the most recent 90 days searchable at once.
- Only a small number of named people can change log settings or delete logs, and nobody can delete the logs of their own activity.
- Clocks on all systems are synchronised to a reliable time source so that events can be correlated.
- Logs must not contain secrets. Logs that contain client prompts or outputs follow the retention periods in the Data Retention and Deletion Policy.

## Security monitoring and alerting

Alert rules watch for suspicious activity, including:

- unusual sign-ins, impossible travel and repeated MFA failures;
- creation of privileged accounts, privilege changes and use of break-glass accounts;
- unusual volumes of data access or export, especially from client data stores;
- resources made public, security groups opened to the internet and logging disabled;
- spikes in model endpoint traffic, authentication failures or rate-limit hits that may indicate abuse;
- malware and endpoint protection alerts.

Alerts reach the on-duty engineer, who records the triage decision for each in a ticket: closed as benign with a reason, or raised as an incident under the Incident Response Policy. The Engineering Lead reviews the alert rules each quarter, tuning noisy rules and adding rules for new risks.

## Vulnerability management

### Finding vulnerabilities

| Activity | Coverage | Frequency | Owner |
| --- | --- | --- | --- |
| Infrastructure and container scanning | Cloud resources, hosts, container images, public endpoints | Monthly, and after significant changes | Engineering Lead |
| Dependency scanning | Application and ML packages, container images | Every build | Engineering Lead |
| Secret scanning | All repositories | Every commit | Engineering Lead |
| Penetration test | Production environment, client-facing applications and model endpoints, including prompt injection | Yearly, and before launching a major new service | CTO, with an independent tester |
| Vendor advisories | Cloud, AI provider and key software advisories | As published | Engineering Lead |

Every build blocks releases with critical vulnerabilities or known malicious packages. Overrides require the Engineering Lead's approval and a recorded reason.

### Fixing vulnerabilities

Findings are triaged by the Engineering Lead, who confirms the severity taking into account exposure and exploitability, and raises a ticket with a due date.

| Severity | Fix or mitigate within |
| --- | --- |
| Critical | 14 days, or 72 hours if it is known to be exploited and reachable from the internet |
| High | 30 days |
| Medium | 90 days |
| Low | 180 days, or at the next planned upgrade |

Security patches for operating systems, runtimes and libraries follow the same timeframes. Where a fix cannot be made in time, the Engineering Lead records a risk acceptance with compensating measures and a new date, approved by the CTO for critical and high findings. Penetration test findings are tracked to closure by the CTO in the same way.

## Endpoint security

- Every company laptop is enrolled in device management, which enforces full-disk encryption, screen lock, automatic operating system updates and limits on installing software.
- Every company laptop runs managed endpoint protection that the user cannot switch off, with alerts sent to the CTO.
- Coverage of device management and endpoint protection is checked against the device inventory every month, and devices that fall out of policy lose access to company systems until they are fixed.
- Lost or stolen devices are locked and wiped remotely.

## Network security

- Production, staging and experiment networks are kept apart, and experiment environments have no route to production.
- Data stores are not reachable from the internet; administrative access goes through the identity provider or a bastion with MFA.
- Firewall rules, security groups and public exposure are reviewed every quarter by the CTO, and anything not justified is removed.
- Client-facing applications and model APIs require authentication and are protected by rate limits and a web application firewall. The CTO reviews the protection whenever a new endpoint is published.

## Disposal of equipment and media

Laptops, disks and other storage media are wiped to a recognised standard or physically destroyed before they are reused, sold or thrown away. The Head of Operations records each disposal against the asset inventory and keeps any certificate from the disposal provider.

## Exceptions

A system that cannot meet a requirement of this policy, such as an appliance that cannot run endpoint protection, needs an exception approved by the CTO and recorded by the Compliance Owner, with compensating measures and an expiry date.

## Enforcement

Disabling security tools, ignoring assigned vulnerability tickets past their due date without a risk acceptance, or changing production outside the pipeline is a breach of this policy and is handled under the disciplinary process. Overdue critical and high findings are reported to leadership every quarter.

## Review

{{policyOwner}} reviews this policy at least once every 12 months and after any incident that exposed an operational weakness. The CTO approves each new version.
`,
};
