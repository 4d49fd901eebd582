import type { PolicyTemplate } from '../types';

export const PERSONNEL_SECURITY_POLICY: PolicyTemplate = {
  id: 'personnel-security-and-training',
  title: 'Personnel Security and Training Policy',
  summary:
    'Sets how people are screened, onboarded, trained, held accountable for their security duties and offboarded, including AI and data-handling training for technical staff.',
  controls: ['HR-01', 'HR-02', 'HR-03', 'HR-04', 'HR-05', 'HR-06', 'HR-07', 'HR-08', 'HR-09', 'AC-04'],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

In a company of our size, every person holds real responsibility for client data and systems. This policy makes sure the people who join {{orgName}} are suitable for that trust, know what is expected of them, keep their knowledge current, are held accountable for their security duties, and leave without taking access or information with them.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to all employees, contractors, freelancers and interns of {{orgName}}, and to anyone else who is given access to company or client information or to {{systemName}}. Where a contractor is supplied by another firm, the contract with that firm requires equivalent measures.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| People Lead | Runs background checks, keeps role descriptions and personnel files, runs onboarding and offboarding checklists, keeps performance reviews and runs the disciplinary process. |
| Compliance Owner | Owns security awareness training, tracks completion and follows up on anyone overdue. |
| ML Lead | Owns the secure AI and data-handling training for engineers and ML staff and keeps its completion records. |
| Head of Operations | Removes access for leavers and role changes and keeps the timestamps of each removal. |
| Managers | Confirm the access their team members need, make sure training is completed and include control duties in performance reviews. |
| Everyone | Completes training on time, follows the policies and reports concerns. |

## Role descriptions

Each role at {{orgName}} has a written description of its skills and responsibilities, including its security and control duties, such as performing the quarterly access review, following the production change process or running restore tests. The People Lead writes a description for every new role and reviews all of them once a year. Candidates are assessed against the description so that we hire people competent to carry out those duties.

## Before someone starts

### Background checks

To the extent local law allows, the People Lead runs background checks on every employee and contractor who will have access to client data or production, **before** that access is granted. Checks are proportionate to the role and may include identity, right to work, employment history, references and, for roles with broad privileged access, criminal records where lawful. Results are kept in the personnel file, with access limited to the People Lead and the CEO. Where a check raises a concern, the CEO decides whether to proceed, and the decision is recorded.

### Agreements

Before receiving access to client information, every employee and contractor signs a confidentiality agreement, or a contract with a confidentiality clause, that continues after they leave. Contracts also assign intellectual property created in the course of work, and refer to the code of conduct and the security policies.

## Onboarding

Every new joiner follows the onboarding checklist, which the People Lead keeps once completed:

1. Signed contract and confidentiality agreement on file.
2. Background check completed and recorded.
3. Code of conduct, acceptable use policy and the information security policy read and accepted.
4. Company laptop enrolled in device management and issued.
5. Accounts created in the identity provider with MFA, for the access listed for the role and approved through the access request process.
6. Security awareness training completed within the first month, and role-specific training scheduled.
7. Introduction to how to report incidents and where the policies are kept.

Client data access is granted only once steps 1–3 are complete and the person is assigned to the engagement.

## Training

| Training | Audience | When | Content |
| --- | --- | --- | --- |
| Security awareness | Everyone | Within the first month, then yearly | Phishing and social engineering, passwords and MFA, data classification and handling, approved AI tools, device security, reporting incidents, the policy set |
| Secure AI and data handling | Engineers, data scientists and ML staff | Within the first two months, then yearly | Handling client data in ML work, dataset rules and lineage, approved model providers and their settings, prompt injection and LLM threats, the two tiers of change control, evaluation before deployment |
| Secure development | Engineers | Within the first two months, then yearly | Common vulnerabilities, secrets handling, dependency risk, code review expectations |
| Incident response | Incident leads and on-call engineers | Before joining the rotation, then yearly through the exercise | The incident plan, severities, runbooks including model failures, evidence handling |
| Privacy | Staff who handle personal information, where Privacy is in scope | Yearly | The privacy notice, individuals' requests, breach reporting |
| Policy updates | Everyone | When a policy changes materially | What changed and what to do differently |

The Compliance Owner and the ML Lead keep completion records. Anyone more than 30 days overdue is followed up with their manager; anyone more than 60 days overdue has access to client data suspended until training is complete. Phishing simulations may be run during the year; they are used to teach, not to punish.

## During employment

### Performance reviews

Yearly performance reviews include each person's security and control duties: for example whether access reviews, evidence collection or change approvals were done properly and on time. The People Lead keeps the completed reviews.

### Changes of role

When someone changes role or leaves an engagement, their manager tells the People Lead, and access no longer needed is removed within five working days. New access follows the normal request process.

### Reporting concerns

Staff can raise security or ethical concerns with their manager, the Compliance Owner or the CEO, or through the confidential channel described in the Code of Conduct. Nobody is penalised for raising a concern in good faith.

## Disciplinary process

Breaches of the code of conduct or the security policies are investigated and handled under a written disciplinary process. The process is fair and proportionate, gives the person a chance to respond, and takes into account intent, impact, whether the breach was self-reported and any previous breaches. Outcomes may include further training, a written warning, removal of access, or termination. The People Lead records each case, its outcome and the date it closed.

## Offboarding

When someone leaves, the People Lead starts the offboarding checklist as soon as the departure is known:

1. All access revoked within one working day of the last day, and immediately in the case of dismissal: identity provider account, sessions, API keys, tokens and any local accounts.
2. Shared secrets the person knew are rotated.
3. Laptop, security keys, badges and office keys returned and recorded; devices wiped before reuse.
4. Company and client data returned, and the person confirms they hold no copies.
5. The person is reminded of their continuing confidentiality obligations.
6. Ownership of their controls, systems, vendor relationships and documents is reassigned.

The Head of Operations keeps the timestamp of each access removal, and the completed, dated checklist is kept as the record.

## Contractors and freelancers

Contractors follow the same screening, agreements, training and offboarding as employees where they have access to client data or production. Their accounts are created with an end date, and access is disabled automatically when it is reached unless the contract is extended.

## Exceptions

Where local law prevents a particular background check, or a short engagement makes a full training course impractical, the People Lead may propose an alternative measure, approved by the Compliance Owner and recorded in the exceptions log. Client data access is never granted without a signed confidentiality agreement.

## Enforcement

Managers who allow people to access client data before onboarding is complete, and staff who ignore training requirements, are followed up by the Compliance Owner and, where needed, through the disciplinary process.

## Review

{{policyOwner}} reviews this policy at least once every 12 months, together with the training material. The CEO approves each new version.
`,
};
