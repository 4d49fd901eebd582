import type { PolicyTemplate } from '../types';

export const ACCEPTABLE_USE_POLICY: PolicyTemplate = {
  id: 'acceptable-use',
  title: 'Acceptable Use Policy',
  summary:
    'Sets the rules for using company devices, accounts, information and AI tools, including which AI tools may be used with which classes of data.',
  controls: ['GV-09', 'AC-02', 'AC-08', 'AC-10', 'OP-01', 'OP-02', 'OP-15', 'CF-05', 'HR-07'],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

This policy tells everyone at {{orgName}} what is and is not acceptable when using company devices, accounts, information and tools. Most of it is common sense written down. One part deserves particular attention in an AI agency: the rules on which AI tools may be used with which kinds of data. Pasting a client's confidential document into the wrong chatbot can breach a contract in seconds—and this policy exists to make sure nobody does that by accident.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to every employee, contractor and intern of {{orgName}}, and to:

- company-issued laptops, phones and peripherals;
- every account we provide, including the identity provider, email, chat, code hosting, cloud consoles, ML platforms and SaaS tools used for {{systemName}};
- all company and client information, wherever it is stored or processed;
- AI tools of every kind: chat assistants, coding assistants, transcription and meeting tools, browser extensions and model APIs;
- personal devices, when and only when they are used to reach company systems.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy and answers questions about it. |
| Compliance Owner | Maintains the approved AI tools list, records acceptances and reviews the AI rules every year. |
| CTO | Manages device enrolment, endpoint protection, sharing restrictions and the approved methods for exchanging client data. |
| Head of Operations | Issues and collects devices, keys and badges, and keeps the asset inventory. |
| People Lead | Collects acceptance of this policy at joining and after each yearly review, and runs the disciplinary process. |
| Managers | Make sure their teams know the rules and raise questions early. |
| Everyone | Follows this policy and reports loss, theft or suspected misuse immediately. |

Every new joiner reads and accepts this policy before receiving access, and everyone accepts it again after each yearly review.

## General principles

1. Company devices, accounts and information are provided for company work. Limited personal use is allowed as long as it does not interfere with work, break the law, put information at risk or embarrass {{orgName}} or a client.
2. You are responsible for everything done with your accounts. Never share passwords, MFA devices, session tokens or API keys, and never let anyone else use your logged-in session.
3. Use client information only for the engagement it was provided for, and only the minimum you need.
4. When in doubt, ask the Compliance Owner *before* acting. Asking is always acceptable; guessing is not.

## Devices

### Company devices

- Laptops are enrolled in device management before first use. Do not unenrol them or disable full-disk encryption, screen lock, automatic updates or endpoint protection.
- Install operating system and browser updates promptly; restart when prompted within two working days.
- Lock your screen whenever you step away. Screens lock automatically after no more than five minutes of inactivity.
- Install software only from trusted sources and only for work needs. Software that circumvents security controls, hides network traffic from company monitoring or harvests credentials is forbidden.
- Do not leave devices unattended in public places, in vehicles or in shared office spaces.
- Report a lost or stolen device to the CTO within one hour of noticing, so that it can be locked and wiped remotely.

### Personal devices

Personal devices may be used only for email, chat and calendar through the official apps, and only with MFA. Client data, source code, datasets and model artefacts must never be downloaded to a personal device. If a personal device used for work is lost, report it in the same way as a company device.

### Removable media

USB drives and other removable storage are blocked on managed devices. Where a client insists on delivering data on physical media, the CTO arranges a controlled transfer and the media is wiped or destroyed afterwards.

## Accounts and authentication

- Use the company identity provider to sign in wherever a system supports it.
- MFA is required on every account. Administrators use phishing-resistant methods such as security keys or passkeys.
- Use the company password manager to generate and store passwords. Every password is unique; reusing a work password anywhere else is forbidden.
- Never put credentials, tokens or API keys in code, notebooks, configuration files, tickets, chat messages or documents. They belong in the secrets manager. If you expose one by accident, tell the Engineering Lead immediately so it can be rotated.

## Use of AI tools

AI tools are central to our work, and we want people to use them. The rules below decide *which* tools may see *which* data. The Compliance Owner keeps a list of approved AI tools, with the account type and settings each must be used with, for example an enterprise workspace with training on customer data switched off.

| Data class | Approved enterprise AI tools | Client-approved provider APIs (through {{systemName}}) | Unapproved or personal AI tools |
| --- | --- | --- | --- |
| Public | Allowed | Allowed | Allowed |
| Internal | Allowed | Allowed | Not allowed |
| Confidential | Allowed where the tool's entry on the approved list says so | Allowed | **Never** |
| Client-Restricted | Only where the client agreement permits that tool | Only providers the client has approved | **Never** |

In addition:

- Never paste client confidential or client-restricted data, credentials, personal information or unreleased source code into an AI tool that is not on the approved list, and never into a personal account of an approved tool.
- Browser extensions, meeting recorders and transcription bots that read page content or join calls count as AI tools. Install or invite them only if they are on the approved list, and never in a client meeting without the client's agreement.
- Treat AI output as a draft. You remain responsible for the accuracy of anything you deliver, commit or send, and code suggested by an assistant goes through the same review as any other code.
- Do not use AI tools to produce content that is unlawful, discriminatory, deceptive or that infringes someone else's rights.
- To propose a new AI tool, ask the Compliance Owner. New tools are assessed under the Vendor and Third-Party AI Management Policy before use.

## Handling information

### Sharing and exchange

Client data is exchanged only through the approved methods the CTO maintains, such as secure transfer services or access-limited shared buckets. It is never sent as an email attachment, through a personal file-sharing link or through a public link. File storage and collaboration tools are configured to block public links and outside sharing for confidential data; exceptions need the CTO's approval and are reviewed every quarter.

### Working in public

Be careful with conversations and screens in public places. Do not discuss client names or details where you can be overheard, and use a privacy screen when working on confidential data in public.

### Printing and paper

Avoid printing client data. Where printing is necessary, collect it at once, keep it locked away and shred it when done.

## Email, chat and the internet

- Be alert to phishing. Check the sender, hover before you click, and report suspicious messages with the report button or to the security channel. Reporting a message that turns out to be harmless is always welcome.
- Do not auto-forward company email to personal accounts.
- Do not use company accounts to access illegal, harassing or sexually explicit content.
- Do not speak for {{orgName}} on social media or in public forums about clients, incidents or security matters unless you are authorised to do so.

## Physical security

Where {{orgName}} has an office, entry is by key, badge or code issued only to staff. Visitors sign in and are accompanied. Do not lend keys or badges, and do not let people follow you through a secured door. Return keys and badges when you leave the company.

## Monitoring

{{orgName}} monitors company devices, accounts and networks to protect them and our clients, for example through endpoint protection alerts, sign-in logs and data-sharing alerts. Monitoring is proportionate, carried out by authorised people only and used for security, compliance and investigations. Staff should not expect privacy for personal content stored on company systems, although we will not access it without good reason and will follow applicable law.

## Prohibited activities

The following are never acceptable:

- trying to bypass, disable or probe security controls, except as part of authorised testing approved in writing by the CTO;
- accessing data or systems you are not authorised to use, even if a permission mistake would let you;
- copying client data, source code, datasets or model weights to personal accounts, devices or storage;
- using client data from one engagement in another client's work;
- running cryptocurrency miners, personal servers or unauthorised services on company infrastructure;
- using company resources for personal commercial activities.

## Exceptions

Requests for an exception to this policy go to the Compliance Owner, stating the reason, the risk and a compensating measure. Approved exceptions have an expiry date and are recorded in the exceptions log. Nobody may grant themselves an exception.

## Enforcement

Breaches are investigated and handled under the disciplinary process. Outcomes depend on the seriousness and intent of the breach and may include retraining, loss of access, a formal warning or termination of employment or contract. Exposing client data through an unapproved AI tool is treated as a security incident as well as a policy breach, and must be reported straight away; prompt self-reporting is taken into account.

## Review

{{policyOwner}} reviews this policy, including the approved AI tools list, at least once every 12 months and whenever a significant new kind of tool comes into common use. The CEO approves each new version, and staff accept the updated version within 30 days of its publication.
`,
};
