import type { PolicyTemplate } from '../types';

export const DATA_CLASSIFICATION_POLICY: PolicyTemplate = {
  id: 'data-classification-and-handling',
  title: 'Data Classification and Handling Policy',
  summary:
    'Defines four classes of information, including datasets, model weights and prompts, and how each class is labelled, stored, shared, used in AI work and disposed of.',
  controls: [
    'CF-01',
    'CF-02',
    'CF-05',
    'CF-06',
    'DA-03',
    'DA-04',
    'DA-07',
    'DA-08',
    'OP-13',
    'OP-15',
    'PI-06',
    'GV-09',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Not all information needs the same protection. A published blog post and a client's customer records deserve very different treatment, and treating everything as top secret is as unhelpful as treating nothing that way. This policy gives {{orgName}} a small, practical set of classes, says which class common kinds of information belong to, and sets the handling rules for each, including the rules for using data in AI work.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to all information created, received or held by {{orgName}}, in any form: files, databases, datasets, vector indexes, model weights, prompts, logs, tickets, chat messages, email and paper. It applies to everyone who handles that information and to every system that stores it, including {{systemName}} and the vendors that process data for us.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| Compliance Owner | Owns the classification scheme and reviews it every year. |
| Head of Operations | Records each client's confidentiality terms and briefs the engagement team at kickoff; approves changes to delivery destinations. |
| ML Lead | Keeps the dataset register, approves any use of client production data in development or experiments, and grants dataset access per engagement. |
| CTO | Enforces client-data segregation, sharing restrictions and the approved methods for exchanging client data. |
| Engineering Lead | Builds and tests output filters for LLM features that draw on confidential sources. |
| Information owners | Decide the class of information they create or receive and make sure it is handled accordingly. |
| Everyone | Handles information according to its class and asks when unsure. |

## Classification levels

| Class | Definition | Examples | Who may access |
| --- | --- | --- | --- |
| **Public** | Approved for anyone to see; disclosure causes no harm | Website content, published case studies approved by the client, open-source code we release | Anyone |
| **Internal** | For staff use; disclosure would cause minor harm | Internal procedures, org chart, non-sensitive meeting notes, general engineering documentation | All staff and approved contractors |
| **Confidential** | Disclosure would harm {{orgName}} or a client | Our source code, security configurations, contracts, pricing, financials, employee records, system description, audit reports | Staff with a business need |
| **Client-Restricted** | Client data and anything derived from it; disclosure could seriously harm a client and breach our contracts | Client datasets, client documents, personal information received from clients, embeddings and vector indexes built from client data, fine-tuned weights trained on client data, client-specific prompts, model outputs for a client, logs containing prompts or outputs | Named people on that client's engagement only |

When information mixes classes, it takes the highest class it contains. When in doubt, choose the higher class and ask the Compliance Owner.

### AI assets

AI work produces assets that are easy to overlook. They are classified as follows:

- **Datasets** take the class of their source. A dataset built from client data is Client-Restricted even after cleaning, sampling or labelling.
- **Embeddings and vector indexes** take the class of the data they were built from; they can often be inverted to reveal the original text.
- **Fine-tuned weights and adapters** trained on client data are Client-Restricted, because models can memorise and reproduce training data.
- **Base models** we download from public hubs are Internal; our own trained models on non-client data are Confidential.
- **Prompts and system instructions** are Confidential; those written for a specific client or containing client details are Client-Restricted.
- **Model outputs** take the class of the inputs and context used to produce them.
- **Evaluation sets and results** take the class of the data they contain.

## Handling rules

| Activity | Internal | Confidential | Client-Restricted |
| --- | --- | --- | --- |
| Storage | Company systems only | Company systems on the approved list; encrypted at rest | Only in the client's designated storage location or tenant; encrypted at rest; never on personal devices |
| Access | All staff | Role-based, business need | Per engagement, named people, reviewed quarterly |
| Sharing inside {{orgName}} | Freely | With people who need it | Only with people on the engagement |
| Sharing outside | With a business reason | Under a confidentiality agreement, through approved methods | Only as the client agreement allows, through approved methods |
| Transfer | Company tools | Encrypted channels | Approved exchange methods only; never email attachments or personal links |
| AI tools | Approved tools | Approved tools whose list entry permits it | Only client-approved providers and tools, under their required settings |
| Printing | Allowed | Avoid; collect at once, shred after | Not allowed without the engagement lead's approval |
| Disposal | Normal deletion | Secure deletion | Secure deletion, recorded, with confirmation to the client where the contract requires it |

Public information has no handling restrictions, but only the owner of information may reclassify it as Public.

## Labelling

Formal labels are needed only where the class would not otherwise be obvious. In practice:

- storage locations such as buckets, folders and databases are named or tagged with their class and, for Client-Restricted data, the client;
- every dataset is registered in the dataset register with its client, source, class, whether it contains personal information, permitted uses and retention date;
- Confidential and Client-Restricted documents shared outside the company carry a class marking in the header or file name;
- the asset inventory records the highest class of data each system holds.

## Client data

### Confidentiality terms

For each client, the Head of Operations records the contractual confidentiality terms, such as required data location, deletion deadlines, permitted subcontractors and permitted AI providers, and briefs the engagement team on them at kickoff. Those terms override any more permissive rule in this policy.

### Segregation

Each client's data, vector indexes, fine-tuned models and outputs live in separate storage locations or tenants with separate permissions. One client's data is never used to train, fine-tune, ground or evaluate a model for another client, unless both clients' agreements expressly allow it. The CTO checks segregation when each new engagement starts.

### Use in development and experiments

Using client production data for development or experiments requires ML Lead approval and must be allowed by the client agreement. Masked, synthetic or reduced data is used wherever it is enough. Approvals record the purpose, the data, the people involved and an expiry date, after which the data is deleted from the experiment environment.

### Exchange with clients

Client data enters and leaves {{orgName}} only through the approved exchange methods the CTO maintains, such as secure transfer services or access-limited shared buckets. Outputs are delivered only through channels configured for that client, with tenant checks that stop one client's results reaching another.

## Confidential data and model outputs

LLM features that draw on confidential sources must not become a back door to them. Such features:

- filter outputs for secrets, personal information and content belonging to other clients;
- apply the user's own permissions when retrieving documents, so that the model never sees more than the user could;
- are tested against these filters before each release.

## Sharing restrictions

File storage and collaboration tools are configured to block public links and outside sharing for Confidential and Client-Restricted data, and removable media is blocked on managed devices. Exceptions need the CTO's approval and are reviewed every quarter.

## Exceptions

Exceptions to the handling rules are requested from the Compliance Owner with the reason, the risk and compensating measures, and are recorded in the exceptions log with an expiry date. Exceptions that go beyond what a client agreement allows need the client's written consent as well.

## Enforcement

Mishandling Client-Restricted data, such as moving it to a personal device, sharing it outside the engagement or pasting it into an unapproved AI tool, is treated as a security incident and as a breach of this policy under the disciplinary process.

## Review

{{policyOwner}} reviews this policy and the classification scheme at least once every 12 months and whenever a new kind of data or AI asset comes into use. The CEO approves each new version.
`,
};
