import type { PolicyTemplate } from '../types';

export const INCIDENT_RESPONSE_POLICY: PolicyTemplate = {
  id: 'incident-response',
  title: 'Incident Response Policy',
  summary:
    'Sets how security, data and model incidents are reported, triaged by severity, contained, communicated to clients and learned from.',
  controls: [
    'IR-01',
    'IR-02',
    'IR-03',
    'IR-04',
    'IR-05',
    'IR-06',
    'OP-08',
    'OP-09',
    'ML-09',
    'ML-10',
    'BC-09',
    'GV-08',
    'MN-04',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Incidents will happen—even in well-run companies. What matters is that {{orgName}} notices them quickly, limits the damage, tells the people who need to know, and comes out with fewer weaknesses than it went in with. This policy sets out how we do that for classic security incidents and for the failures specific to AI systems, where a model can go wrong without any attacker being involved.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy covers any event that threatens the confidentiality, integrity or availability of {{systemName}}, of client data or of company information, including:

- unauthorised access to accounts, systems or data, and compromised credentials or API keys;
- malware, ransomware and compromised devices;
- loss or theft of devices or media holding company or client data;
- data sent to the wrong recipient or exposed through a misconfiguration;
- outages and serious degradation of client-facing services;
- **model incidents**: harmful, badly wrong or biased outputs, sudden quality loss, drift beyond thresholds, data poisoning, prompt injection, leakage of data through a model, and outages or unannounced changes at a third-party AI provider;
- incidents at vendors that affect our data or service.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy and the runbooks that go with it. |
| CTO | Owns the incident response plan, makes sure the incident log is complete, tracks postmortem actions and runs the yearly exercise. |
| Incident lead | Named for each incident (by default the on-duty engineer until the CTO assigns someone); coordinates the response and keeps the timeline. |
| ML Lead | Leads model incidents and decides on rollback, disabling a feature or switching to a fallback. |
| CEO, or a delegate | Decides on and sends client notifications for incidents that affect clients, and approves external statements. |
| Compliance Owner | Records deficiencies arising from incidents and follows legal and contractual notification duties. |
| On-duty engineer | Watches alerts, performs first triage and escalates. |
| Everyone | Reports suspected incidents at once and preserves evidence. |

## Reporting

Anyone who notices or suspects an incident reports it **immediately** in the incident channel (\`#incidents\`) or to the on-duty engineer; outside working hours, through the on-call phone number. Clients and outsiders can report through our security contact address. Reporting costs nothing: an event that turns out to be harmless is simply closed. Never try to investigate quietly on your own, and never delete evidence.

Automated alerts from logging, security monitoring, model monitoring, drift detection and uptime checks also feed into triage.

## Triage and severity

Every reported event is logged in the incident log, with the time it was reported, who reported it and a first assessment. The on-duty engineer decides within 30 minutes whether it is an incident and, if so, its severity, and records the decision. Events that are not incidents are closed with a reason.

| Severity | Meaning | Examples | Response starts | Updates to leadership |
| --- | --- | --- | --- | --- |
| **SEV1** Critical | Confirmed exposure of client data, or a client-facing service fully down, or active attacker in our systems | Client data leaked through a model or misconfigured bucket; compromised production credentials; ransomware | Within 15 minutes, around the clock | Every hour |
| **SEV2** High | Likely exposure, serious degradation or a model causing material harm to a client's decisions | Prompt injection that bypasses guardrails in production; model accuracy far below threshold; AI provider outage without working fallback | Within 1 hour, around the clock | Every 4 hours |
| **SEV3** Medium | Limited impact, contained or with a workaround | Drift alert confirmed but within tolerance; lost encrypted laptop; phishing click with no credential loss | Within 1 working day | Daily |
| **SEV4** Low | Minor event or policy breach with no client impact | Suspicious email reported; single failed backup that succeeded on retry | Within 3 working days | In the weekly summary |

Severity can go up or down as facts emerge. When unsure, choose the higher severity.

## Response phases

### 1. Contain

Stop the damage from spreading. Typical steps: disable compromised accounts and rotate keys; isolate affected hosts or containers; block offending IP addresses; disable a model feature or route traffic to a fallback; revoke public links. Containment takes priority over finding the root cause.

### 2. Investigate

Establish what happened, when, how and what was affected. Preserve evidence first: take snapshots, export logs and keep copies with their timestamps before changing anything that would destroy them. Audit logs are kept centrally for at least twelve months and protected from change, so that investigation is possible after the fact.

### 3. Eradicate and recover

Remove the cause, restore affected systems from known-good versions, and return the service to normal under closer monitoring. Changes made during the response follow the emergency change route in the Change Management Policy.

### 4. Close and learn

The incident lead closes the incident when the service is stable and the cause is removed. Every SEV1 and SEV2 incident, and any SEV3 the CTO selects, gets a written postmortem within ten working days. The postmortem is blameless: it covers the timeline, root cause, impact, what went well, what did not, and actions with owners and due dates. Actions are tracked to closure in the remediation tracker.

## Model incidents

Model incidents often begin with a monitoring alert rather than a human report. They follow the phases above, with these runbooks led by the ML Lead:

| Incident type | How it usually shows | First actions |
| --- | --- | --- |
| Performance degradation | Quality metrics, error rate or user feedback cross thresholds | Confirm on labelled samples; roll back to the previous approved model if the breach is confirmed; inform affected clients if outputs were already relied on |
| Drift | Input or output distributions move away from the reference | Assess whether quality is affected; decide to retrain, roll back or accept with closer monitoring |
| Data poisoning | Unexpected behaviour after a retrain; anomalies in training data lineage | Freeze further training; roll back to a model trained before the suspect data; trace the data through lineage records and remove it |
| Prompt injection | Guardrail alerts; outputs revealing instructions or calling tools unexpectedly | Disable affected tools or the feature; review logs for data exposed; strengthen input and output filters before re-enabling |
| Data leakage through a model | Outputs containing another client's data, personal data or secrets | Treat as SEV1; disable the feature; identify whose data was exposed and to whom; start the notification process |
| Harmful or badly wrong outputs | Client or user reports; human review findings | Hold back affected outputs; add a human review step; fix and re-evaluate before release |
| Third-party AI provider outage or unannounced change | Error rates, timeouts, throttling or sudden behaviour changes | Switch to the documented fallback or a safe degraded mode; confirm the pinned model version; contact the provider |

Every model incident is recorded in the same incident log as other incidents, with the model version, the data affected and the decision taken.

## Communication

### Internal

The incident lead keeps a running timeline in the incident ticket. A dedicated channel is used for SEV1 and SEV2 incidents. Details of incidents involving client data are shared only with people who need them.

### Clients

When an incident affects a client's data or service, the CEO or a delegate notifies the client **without undue delay** and within the timeframe in that client's agreement. Where an agreement sets no timeframe, we aim to notify within 24 hours of confirming a SEV1 and within 72 hours of confirming a SEV2 that affects the client. The notice says what is known, what we are doing, what the client may need to do, and who to contact. Further updates follow as facts become clear, and the client receives a summary of the postmortem. Copies of every notice are kept with the incident.

### Regulators and others

The Compliance Owner decides, with legal advice where needed, whether any law requires notice to regulators or affected individuals, and tracks the deadline. Statements to the press or public are made only by the CEO.

### Vendors

When an incident involves a vendor or AI provider, we ask them for their own incident details and keep their response with the incident record.

## Preparation and testing

- The CTO reviews the incident response plan and the runbooks each year and after any SEV1 incident.
- Once a year the CTO runs a 2–3 hour tabletop exercise on a realistic scenario, such as leaked client data or a compromised model endpoint, with the people who would respond. Lessons are recorded and fed into the plan.
- Contact details for the incident team, key vendors, AI providers and clients' security contacts are kept current and available offline.

## Exceptions

This policy allows no exceptions to reporting. Other exceptions are requested from the Compliance Owner and recorded in the exceptions log.

## Enforcement

Failing to report a known incident, hiding one, or destroying evidence is serious misconduct and is handled under the disciplinary process. Good-faith reports are never penalised, even when the reporter made the mistake that caused the incident.

## Review

{{policyOwner}} reviews this policy at least once every 12 months and after every SEV1 incident or yearly exercise. The CTO approves each new version.
`,
};
