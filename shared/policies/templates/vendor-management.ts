import type { PolicyTemplate } from '../types';

export const VENDOR_MANAGEMENT_POLICY: PolicyTemplate = {
  id: 'vendor-and-third-party-ai-management',
  title: 'Vendor and Third-Party AI Management Policy',
  summary:
    'Sets how vendors, including AI model and API providers, are assessed before use, contracted so that client data is never used for training, reviewed each year and offboarded.',
  controls: [
    'VM-01',
    'VM-02',
    'VM-03',
    'VM-04',
    'VM-05',
    'VM-06',
    'VM-07',
    'VM-08',
    'ML-15',
    'ML-16',
    'BC-09',
    'GV-11',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Much of what {{orgName}} delivers runs on other companies' infrastructure and models. Our cloud host stores client data; AI providers see prompts that may contain it; open-source packages and public model hubs put third-party code and weights into our products. Our clients hold us responsible for all of them—whoever actually runs the service. This policy makes sure every vendor is chosen with care, bound by the right terms, watched over time and removed cleanly, with particular attention to AI model and API providers.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to every third party that handles company or client information, runs part of {{systemName}}, or supplies software, models or data we depend on, including:

- cloud hosting and infrastructure providers;
- AI model and API providers, including hosted large language models, embedding services, speech and vision APIs and managed ML platforms;
- SaaS tools that store Confidential or Client-Restricted information;
- subcontractors and freelancers who work on client engagements;
- data providers and labelling services;
- sources of open-weight models, datasets and ML packages.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| Compliance Owner | Keeps the vendor inventory, performs due diligence and yearly reviews, keeps signed agreements, names subservice organisations and handles vendor offboarding. |
| ML Lead | Reviews AI model providers before adoption and each year, approves sources of open-weight models, datasets and ML packages, and owns provider fallbacks. |
| CTO | Checks every AI provider account and key each quarter for training opt-outs and retention settings, and approves vendors that run part of production. |
| Head of Operations | Records which providers each client allows, and notifies clients of changes to providers that affect them. |
| Vendor owners | The person who asked for the vendor; they manage the relationship day to day and tell the Compliance Owner about changes and problems. |
| Everyone | Does not sign up for new tools or share data with a vendor before it is approved. |

## Vendor inventory and risk tiers

The Compliance Owner keeps an inventory of all vendors, added *before* first use. Each entry records the vendor owner, the service, the data it handles, whether it runs part of {{systemName}}, the risk tier, the date of the last review and the contract.

| Tier | Criteria | Examples | Due diligence | Review |
| --- | --- | --- | --- | --- |
| **Critical** | Runs part of the system or handles Client-Restricted data at scale | Cloud host, AI model providers used in production, managed databases | Full assessment, SOC 2 Type II report or equivalent, contract review | Yearly, plus on significant change |
| **High** | Handles Confidential or some Client-Restricted data, or production access | Code hosting, CI/CD, monitoring and logging services, labelling vendors, subcontractors | Security questionnaire or SOC report, contract review | Yearly |
| **Moderate** | Handles Internal data only | Project management, design tools | Basic check of security practices and terms | Every two years |
| **Low** | No company data | Public information services | Inventory entry only | On renewal |

## Before engaging a vendor

1. The vendor owner describes the need, the data involved and the alternatives considered.
2. The Compliance Owner assigns a tier and performs due diligence proportionate to it: reviewing the vendor's SOC 2 report or equivalent independent assurance, or a security questionnaire where no report exists; checking breach history; reviewing the contract terms.
3. For a SOC report, the review checks the period covered, the scope, the auditor's opinion, any exceptions and the *complementary user entity controls*, which are the controls the vendor expects its customers to operate. Those that apply to us are added to our own control set.
4. The decision, and any conditions such as settings we must use, are recorded. No client data reaches the vendor before approval.
5. Where a client agreement restricts which subprocessors or AI providers may be used, the vendor is used for that client only if it is on the client's permitted list.

## Contract requirements

Vendors that handle client or personal information sign terms that cover at least:

- confidentiality and limits on use of our data to providing the service;
- security measures appropriate to the data;
- notice of security breaches affecting our data without undue delay, and within a set number of hours (typically 24–72) where we can negotiate it;
- disclosure of their own subprocessors, with notice of changes;
- return or deletion of our data at the end of the contract, with confirmation;
- data protection terms where personal information is involved;
- our right to receive their independent audit reports.

## AI model and API providers

AI providers receive some of the most sensitive material we handle: client documents, prompts and outputs. They are always Critical or High tier, and the following additional rules apply.

### No training on client data

Contracts and account settings with every AI provider must **forbid using our data or our clients' data to train or improve the provider's models**. Only enterprise or API offerings with such terms are used; consumer versions of the same products are not. Provider-side retention of prompts and outputs is limited to the shortest period the provider offers, and zero retention is preferred where available. The CTO checks the settings on every account and API key each quarter, because a new key or workspace can silently revert to defaults.

### Assessment of AI providers

Before adoption and every year, the ML Lead reviews each AI provider on:

| Area | Questions |
| --- | --- |
| Data use | Is our data used for training or product improvement? How long are prompts, outputs and files kept? Who at the provider can see them, and when? |
| Hosting | Where is data processed and stored? Can we choose the region to meet client requirements? |
| Assurance | Is there a current SOC 2 Type II or equivalent report covering the service we use? What exceptions and customer controls does it list? |
| Model changes | How are model updates, deprecations and retirements announced, and how much notice is given? Can we pin versions? |
| Reliability | What are the rate limits, quotas, uptime history and support arrangements? |
| Safety | What abuse monitoring applies, and does it involve human review of our content? Can we opt out where a client requires it? |

The review records the settings and account types we must use.

### Pinning and change

Production features call provider models by a pinned version. Provider deprecations and new versions are handled as production model changes, with evaluation before the switch, under the Change Management Policy. When a provider change affects clients, for example a new model provider or a different processing region, the Head of Operations notifies the affected clients in advance where possible.

### Fallback

For each critical AI feature, a fallback exists for the loss of the provider, as described in the Business Continuity and Disaster Recovery Policy.

## Open-weight models, datasets and ML packages

Models, datasets and packages from public hubs are a supply chain too. They are taken only from approved sources, checked against published hashes, loaded in safe formats that cannot execute code on load, and reviewed for licence terms that fit the intended use. The ML Lead records each approval. Pipeline scanning of packages and container images for known vulnerabilities and malicious packages applies to ML dependencies as to any other.

## Subservice organisations

The Compliance Owner names the vendors that operate part of {{systemName}}, such as cloud hosting and AI model providers, decides for each whether it is carved out of our SOC 2 report or included, and lists the controls we expect it to operate. The list is confirmed each year for the system description.

## Ongoing oversight

- Critical and High vendors are reviewed every year: a current SOC report and its exceptions, the customer controls it expects, incidents during the year, changes in service or terms, and whether we still need them.
- Vendor owners tell the Compliance Owner at once about vendor breaches, outages or changes of ownership or terms.
- A vendor breach affecting our data is handled under the Incident Response Policy.

## Offboarding

When a vendor is no longer used, its accounts, integrations and keys are revoked, and it is asked in writing to return or delete our data and our clients' data. The Compliance Owner keeps the confirmation of deletion and marks the vendor as inactive in the inventory.

## Exceptions

Using a vendor before due diligence is complete, or one that does not meet the contract requirements, needs an exception approved by the Compliance Owner and the CTO, with compensating measures such as keeping client data away from the vendor. Using an AI provider that may train on client data is never permitted for client data.

## Enforcement

Signing up for tools, or sending company or client data to a vendor, outside this process is a breach of this policy and is handled under the disciplinary process. Unapproved services found in use are assessed at once and either approved or shut down.

## Review

{{policyOwner}} reviews this policy at least once every 12 months and whenever the AI provider market or our use of it changes significantly. The CEO approves each new version.
`,
};
