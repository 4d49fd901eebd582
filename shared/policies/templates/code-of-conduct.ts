import type { PolicyTemplate } from '../types';

export const CODE_OF_CONDUCT: PolicyTemplate = {
  id: 'code-of-conduct',
  title: 'Code of Conduct',
  summary:
    'States the standards of integrity, respect, confidentiality and responsible AI practice expected of everyone, and how to raise concerns without fear of retaliation.',
  controls: ['GV-01', 'GV-08', 'GV-09', 'HR-03', 'HR-07', 'RA-03'],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Our clients hand us their data and let our models into their business. That only works if they can trust the people at {{orgName}} as much as our technology. This code describes how we behave towards clients, towards each other and towards the people affected by what we build. It is not a complete list of rules—it is a description of the judgement we expect, with the most important rules made explicit.

This code takes effect on {{effectiveDate}}.

## Scope

This code applies to everyone who works for or with {{orgName}}: employees, contractors, freelancers, interns, advisers and members of the board. It applies at work, at client sites, at company events and online whenever you could be seen as representing {{orgName}}. Vendors and subcontractors are expected to meet equivalent standards, and our contracts with them say so.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this code and answers questions about it. |
| CEO | Leads by example, sets the tone for the company and decides on serious breaches. |
| People Lead | Collects acceptance of the code from everyone before they start work and after material changes, keeps the acknowledgements and runs the disciplinary process. |
| Compliance Owner | Receives concerns, makes sure they are investigated, and considers with the CEO each year where fraud or misuse could occur. |
| Managers | Model the behaviour this code describes, make it safe for their teams to speak up, and pass on concerns they receive. |
| Everyone | Reads, accepts and follows this code, and speaks up when something seems wrong. |

Everyone reads and accepts this code before starting work, and again whenever it changes materially.

## Our values in practice

### Act with integrity

- Be honest with clients, colleagues and auditors. Do not overstate what our models can do, and do not hide what they cannot.
- Report results as they are. Never adjust evaluation data, metrics, test results, timesheets or compliance evidence to look better than reality.
- Keep accurate records. Tickets, change records, access reviews and incident logs must say what actually happened.
- Follow the law wherever we work, including laws on data protection, export controls, anti-bribery and competition.

### Protect what we are trusted with

- Keep client information confidential during and after your time at {{orgName}}, as your confidentiality agreement requires.
- Use client data only for the engagement it was given for. Never use one client's data, models or insights for another client's benefit.
- Follow the data classification and acceptable use rules, including the rules on which AI tools may be used with which data.
- Protect company property, devices and accounts, and use them for legitimate purposes.
- Report suspected incidents immediately, including your own mistakes.

### Build AI responsibly

- Build systems that are fit for their purpose and honest about their limitations.
- Take bias and harm seriously. If you see a model treating people unfairly or producing harmful output, raise it, even if it is not your project.
- Do not build features designed to deceive people, to manipulate them against their interests, or to evade the law.
- Respect the rights of others in data and models: licences, copyright, terms of service and the privacy of individuals.
- Keep humans in control where our policies require it, and never remove a safeguard to meet a deadline.

### Treat people with respect

- We do not tolerate harassment, bullying, or discrimination on the basis of race, colour, religion, sex, gender identity, sexual orientation, age, disability, national origin or any other characteristic protected by law.
- Disagree about ideas, not people. Give feedback directly and kindly.
- Respect privacy. Do not look at colleagues' or clients' information without a work reason.
- Make the workplace, remote or in person, safe and inclusive for everyone.

## Conflicts of interest

A conflict of interest arises when your personal interests could influence, or appear to influence, your judgement at work. Examples include:

- working for, advising or investing significantly in a client, competitor or vendor;
- hiring or managing a close relative or partner;
- taking on outside work that uses company time, equipment or confidential information;
- building a side project on top of a client's data or our proprietary work.

Conflicts are not always wrong, but they must be disclosed. Declare any actual or potential conflict to the Compliance Owner in writing, who records it and agrees how it will be managed.

## Gifts, hospitality and bribery

We win work on merit. Never offer, give, request or accept anything of value to obtain or reward improper advantage. Modest gifts and hospitality given openly in the normal course of business are acceptable; the following guide applies.

| Situation | Guidance |
| --- | --- |
| Modest gift or meal, occasional, not during a tender | Acceptable; no approval needed |
| Gift or hospitality above a modest value, or during a tender or contract negotiation | Ask the Compliance Owner before accepting or offering; record it |
| Cash, cash equivalents, or anything offered in return for a decision | Never acceptable |
| Anything involving a public official | Ask the Compliance Owner first, whatever the value |

## Fraud and misuse

Fraud includes any deliberate deception for gain: false invoices or expenses, misuse of company or client accounts, manipulation of results, or theft of data or equipment. Misuse of privileged access, such as reading client data out of curiosity or granting yourself permissions outside the access process, is treated the same way. The CEO and the Compliance Owner consider each year where fraud or misuse could happen at {{orgName}} and make sure controls address it.

## Speaking in public and on social media

Only the CEO, or someone they authorise, speaks for {{orgName}} in public. Do not name clients or describe their projects without the client's permission, do not discuss incidents or security matters publicly, and make clear that personal opinions are your own.

## Speaking up

If you see something that seems to breach this code, a policy or the law, say so. You can raise a concern with:

| Channel | Use it for |
| --- | --- |
| Your manager | Most concerns, when you are comfortable doing so |
| The Compliance Owner | Security, data, compliance and conflict-of-interest concerns |
| The CEO | Serious concerns, or concerns about the Compliance Owner |
| An independent board member or adviser | Concerns involving the CEO |
| The security contact address | Security concerns, open to clients and outsiders too |

Concerns are taken seriously, looked into promptly and fairly, and kept as confidential as the investigation allows.

**We do not tolerate retaliation.** Nobody will be disciplined, demoted, dismissed or treated worse for raising a concern in good faith or for taking part in an investigation, even if the concern turns out to be unfounded. Retaliation is itself a serious breach of this code. Deliberately false reports, made to harm someone, are also a breach.

## Exceptions

There are no exceptions to the standards of integrity and respect in this code. Where a practical rule in it does not fit a situation, such as a gift that cannot be refused without offence, ask the Compliance Owner, who decides how to handle it and records the decision.

## Enforcement

Breaches of this code are investigated and handled under the written disciplinary process, which is fair, proportionate and gives the person a chance to respond. Depending on the seriousness, outcomes range from a conversation and further training to dismissal, termination of a contract and, where the law requires, referral to the authorities. Managers who ignore breaches they know about are also accountable.

## Review

{{policyOwner}} reviews this code at least once every 12 months. The CEO approves each new version, and everyone accepts the updated code when it changes materially.
`,
};
