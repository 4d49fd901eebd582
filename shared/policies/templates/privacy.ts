import type { PolicyTemplate } from '../types';

export const PRIVACY_POLICY: PolicyTemplate = {
  id: 'privacy',
  title: 'Privacy Policy',
  summary:
    'Sets how personal information is collected, used in AI work, kept, disclosed and disposed of in line with the privacy notice and client agreements, and how requests, breaches and complaints are handled.',
  controls: [
    'PR-01',
    'PR-02',
    'PR-03',
    'PR-04',
    'PR-05',
    'PR-07',
    'PR-08',
    'PR-09',
    'PR-10',
    'PR-11',
    'PR-12',
    'PR-13',
    'PR-14',
    'PR-15',
    'PR-19',
  ],
  privacyOnly: true,
  reviewCadenceMonths: 12,
  body: `## Purpose

People whose information passes through our systems rarely know {{orgName}} exists. They trust our clients, and our clients trust us. This policy sets out how we honour that trust: we collect only what we need, use it only for the purposes people were told about, keep it only as long as necessary, share it only with those entitled to it, and respond properly when people ask about their information or when something goes wrong. It is written for an AI agency, where personal information can end up not only in databases but also in datasets, embeddings, prompts, logs and model weights.

This policy takes effect on {{effectiveDate}}. It is an internal policy; the public-facing *privacy notice* it refers to is a separate document.

## Scope

This policy applies to all personal information processed by {{orgName}} or on our behalf, in {{systemName}} and in every other system, including:

- personal information about our clients' customers, users and employees that we process for client engagements;
- personal information we collect ourselves, such as website visitors, prospects, client contacts, candidates and staff;
- personal information contained in training, fine-tuning, evaluation and retrieval data, in prompts and outputs, and in logs.

*Personal information* means any information relating to an identified or identifiable person. *Sensitive personal information* includes health, biometric, genetic, financial account and government identity data, data about children, and information revealing racial or ethnic origin, religious beliefs, sexual orientation or political opinions.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| Compliance Owner | Acts as privacy lead: maintains the privacy notice, agrees privacy roles with clients, reviews new processing, approves disclosures, handles requests and complaints, keeps the disclosure and privacy incident registers and runs the quarterly retention sweep. |
| CEO | Approves breach notifications to individuals, clients and regulators. |
| ML Lead | Makes sure personal information in datasets is minimised and used only for permitted purposes. |
| Engineering Lead | Owns consent records, data quality checks and the secure disposal of personal information. |
| Head of Operations | Makes sure client agreements include the privacy terms and roles agreed with each client. |
| Everyone | Handles personal information according to this policy and reports suspected privacy incidents immediately. |

## Our role for each client

For most client work, {{orgName}} processes personal information *on the client's behalf and on their instructions*. In that case the client decides the purposes, gives notice to individuals and obtains consent, and we support them. For information we collect for our own purposes, such as our website, marketing and recruitment, we are responsible for all of it.

Before we receive any personal information from a client, the Compliance Owner checks that the client agreement states which role we play and which party gives notice, obtains consent, answers requests from individuals and notifies breaches. Where the agreement is silent, personal information is not accepted until it is settled.

## Notice

The Compliance Owner maintains a privacy notice, published on our website, covering the personal information we collect for our own purposes. It explains in plain language:

- what personal information we collect and from where;
- why we collect it and the basis on which we use it;
- how long we keep it;
- who we share it with, including categories of vendors and AI providers;
- what choices and rights people have, and how to use them;
- how to contact us with questions or complaints.

The notice is reviewed every year and whenever our practices change. A practice the notice does not describe may not start until the notice is updated. Where we act for a client, we help the client make sure their own notice covers the processing we do, including any use of AI providers.

## Choice and consent

- Where we rely on consent, it is captured together with the wording shown, the time and the purpose, and kept in the consent records.
- Withdrawals of consent and opt-outs take effect promptly, and at the latest within 10 working days, including in downstream systems and marketing tools.
- **Sensitive personal information** is collected only with explicit consent or another lawful basis recorded in advance. The Compliance Owner keeps the list of sensitive categories and approves each use.
- Declining optional processing never prevents a person from using the core service, unless the processing is genuinely necessary for it.

## Collection and use

### Collect only what is needed

Before personal information is collected for a new purpose or used in a new dataset, the Compliance Owner reviews what is needed, the basis for it and the risks, and approves only the data the purpose requires. The review is kept. Information collected for one purpose is not used for an unrelated one without a new review, updated notice and, where needed, fresh consent.

### Personal information in AI work

AI work creates particular privacy risks, so the following rules apply:

1. Personal information is used to train, fine-tune, ground or evaluate models only where the privacy notice or the client agreement allows that use, and the permitted uses are recorded for each dataset. The ML Lead checks the record before a dataset is used for a new model.
2. Before data is used for training or evaluation, personal information the task does not need is removed, masked or pseudonymised, using automated detection followed by a manual check.
3. Personal information is never sent to an AI provider that may use it to train its own models.
4. Because models can memorise training data, a model trained on personal information is treated as containing it for retention and deletion purposes.
5. Outputs of features that draw on personal information are filtered so that one person's information is not revealed to users who are not entitled to it.

## Retention and disposal

Personal information is kept only as long as the retention schedule in the Data Retention and Deletion Policy, or the client agreement, allows. Each quarter the Compliance Owner checks the stores holding personal information against the schedule and arranges deletion of whatever is due; the sweep and the deletions are recorded.

Disposal uses methods suited to each store. It covers backups (through expiry), derived datasets, embeddings, caches, vendor copies and, where personal information cannot otherwise be removed, retraining or rebuilding the affected models. The Engineering Lead logs each disposal.

## Access and correction

People may ask to see the personal information we hold about them, to correct it, or to have it deleted, and the law may give them further rights.

| Request | Our response | Target time |
| --- | --- | --- |
| Access | Confirm what we hold, why, where it came from and who received it; provide a copy | Within 30 days of verifying identity, or sooner if the law requires |
| Correction | Correct or complete the information, and pass the correction to those who received it | Within 30 days |
| Deletion | Delete where no lawful reason to keep it exists, including from derived datasets where feasible | Within 30 days |
| Objection or opt-out | Stop the processing concerned | Within 10 working days |
| Account of disclosures | List third parties who received the information | Within 30 days |

Every request is logged and the requester's identity is verified proportionately before anything is disclosed. Where we act for a client, we pass the request to the client within 5 working days and help them answer it. Refusals, in whole or in part, are explained in writing with the reason and how to complain. The Compliance Owner tracks every request to completion.

## Disclosure to third parties

- Personal information goes only to third parties named in the privacy notice or allowed by the client, such as vendors that process it on our behalf.
- A new recipient needs the Compliance Owner's approval first, with the basis recorded.
- Vendors and subprocessors that handle personal information sign terms requiring them to protect it, use it only on our instructions, and tell us promptly about suspected breaches.
- Each disclosure outside our normal service providers, for example to a client's auditor or in answer to a legal demand, is recorded in the disclosure register with what was disclosed, to whom, when and why.
- Demands from authorities are checked for validity with legal advice, and the minimum necessary is disclosed.

## Privacy incidents and breach notification

Any suspected unauthorised access to, or disclosure, loss or alteration of, personal information is reported immediately and handled under the Incident Response Policy. In addition:

1. The Compliance Owner records each suspected or confirmed privacy incident in the privacy incident register, with the people and data affected, the assessment and the actions taken, linked to the main incident log.
2. The Compliance Owner assesses, with legal advice where needed, whether the law or our agreements require notice to affected individuals, clients or regulators, and tracks the deadlines, some of which run from the moment we become aware of the breach.
3. Where we act for a client, we notify the client without undue delay and within the contractual deadline, and support their own notifications.
4. The CEO approves every notice. Notices explain in plain language what happened, what information was involved, what we are doing and what people can do to protect themselves.
5. The decision to notify or not, with its reasoning, and copies of every notice are kept.

## Inquiries and complaints

A published contact address receives privacy questions and complaints. Each one is logged, acknowledged within 5 working days, answered, and resolved or escalated. If a complainant is not satisfied, they are told how to escalate within {{orgName}} and which regulator they may contact. The Compliance Owner reviews the log each quarter for patterns that point to a wider problem.

## Monitoring

Once a year the Compliance Owner reviews our practice against the privacy notice and our commitments, including a sample of requests, disclosures, consent records and deletions, and logs any gaps in the remediation tracker. The results are reported to leadership.

## Exceptions

No exception may allow processing that the privacy notice, a client agreement or the law does not permit. Other exceptions, such as a temporary delay in a retention sweep, are approved by the Compliance Owner and recorded with an expiry date.

## Enforcement

Misusing personal information, accessing it without a work reason, or failing to report a privacy incident is a breach of this policy and is handled under the disciplinary process. Where a breach also breaks the law, {{orgName}} may be obliged to report it.

## Review

{{policyOwner}} reviews this policy and the privacy notice at least once every 12 months, and whenever a relevant law, a client commitment or our processing changes. The CEO approves each new version.
`,
};
