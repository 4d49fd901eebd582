import type { PolicyTemplate } from '../types';

export const DATA_RETENTION_POLICY: PolicyTemplate = {
  id: 'data-retention-and-deletion',
  title: 'Data Retention and Deletion Policy',
  summary:
    'Sets how long each kind of information is kept, including datasets, embeddings, fine-tuned weights and logs, and how it is securely deleted at the end of its life or of an engagement.',
  controls: ['CF-03', 'CF-04', 'DA-02', 'DA-05', 'ML-17', 'OP-08', 'OP-14', 'VM-08', 'BC-03'],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Data that is no longer needed is pure risk—it can leak, it can be misused and it has to be protected for no benefit. In AI work the problem multiplies, because one client dataset can spawn cleaned copies, samples, embeddings, fine-tuned weights, caches and logs. This policy sets how long {{orgName}} keeps each kind of information and how it is destroyed, so that we keep what we need, honour our deletion commitments to clients, and can show that we did.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to all information held by {{orgName}} or on our behalf by vendors, in every system that supports {{systemName}}: production stores, backups, experiment environments, ML platforms, model registries, vector stores, logs, SaaS tools, laptops and removable media. It covers derived data as well as originals.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| Compliance Owner | Owns the retention schedule and reviews it every year against contracts and law; manages legal holds; obtains confirmation of deletion from vendors that are dropped or whose engagement work ends. |
| Head of Operations | Runs the deletion checklist at the end of each engagement and sends deletion confirmations to clients; records the disposal of devices and media. |
| ML Lead | Runs the quarterly retention sweep of ML data and derived artefacts; keeps data lineage current; records model retirements. |
| Engineering Lead | Configures retention settings in storage, logging and backup systems and keeps deletion logs. |
| Everyone | Does not keep private copies of client data and deletes working copies when the task is done. |

## Principles

1. **Keep only what is needed.** Information is kept for as long as the purpose, the contract or the law requires, and no longer.
2. **Contracts win.** Where a client agreement sets a shorter or longer period, or a specific deletion method, the agreement applies.
3. **Derived data follows its source.** Copies, samples, embeddings, fine-tuned weights, caches and outputs are deleted with the data they came from, unless the client has agreed otherwise.
4. **Deletion is recorded.** Every scheduled or requested deletion leaves a record of what was deleted, where, when and by whom.
5. **Legal holds override.** Information subject to a legal hold is kept until the hold is lifted, whatever the schedule says.

## Retention schedule

The schedule below sets our default periods. The Compliance Owner keeps the authoritative copy, which may add entries for specific clients or systems.

| Information | Default retention | Disposal method |
| --- | --- | --- |
| Client source data received for an engagement | Duration of the engagement, then deleted within 30 days of its end unless the contract says otherwise | Secure deletion; confirmation to the client |
| Datasets derived from client data (cleaned, sampled, labelled) | Same as the source data | Secure deletion, recorded in the dataset register |
| Embeddings and vector indexes built from client data | Same as the source data | Index and snapshots deleted |
| Fine-tuned weights and adapters trained on client data | Duration of the engagement, or as the contract says; returned to the client if agreed | Deleted from registries, artefact stores and serving endpoints |
| Client-specific prompts and evaluation sets | Duration of the engagement | Secure deletion |
| Model outputs delivered to clients | Period set in the engagement specification, by default 90 days after delivery | Secure deletion |
| Prompt and response logs of production AI features | 30 days, unless the client agrees a different period | Automatic expiry |
| Experiment data copied from production | Until the approval's expiry date, at most 90 days | Secure deletion, recorded against the approval |
| Audit and security logs | At least 12 months | Automatic expiry |
| Daily backups | 35 days | Automatic expiry |
| Monthly backups, where kept | 12 months | Automatic expiry |
| Contracts, NDAs and data processing agreements | Term of the agreement plus 6 years | Secure deletion |
| Compliance evidence, policies and audit reports | 7 years | Secure deletion |
| Personnel records | Employment plus the period local law requires | Secure deletion |
| Candidate records of unsuccessful applicants | 12 months | Secure deletion |
| Financial records | As tax law requires, typically 7 years | Secure deletion |

## Tracing data before deleting it

Deletion is only as good as our knowledge of where the data went. For each dataset and model, the ML Lead keeps lineage records: where the data came from, which client or licence it belongs to, how it was transformed, and which model versions were trained or evaluated on it. Before deleting a client's data, the lineage is used to find every derived copy and every model that depends on it.

## Scheduled deletion

### Quarterly retention sweep

Each quarter the ML Lead checks datasets, embeddings, fine-tuned weights, caches, experiment copies and logs against their retention dates in the dataset register and deletes whatever has expired. The Engineering Lead confirms that automatic expiry settings for logs and backups are still in place. Each sweep is recorded with what was removed and where, and anything that could not be deleted is logged with a reason and a new date.

### Automatic expiry

Wherever a system supports it, retention is enforced by configuration rather than by memory: lifecycle rules on object storage, expiry on log streams, retention settings on backup vaults and on AI provider accounts.

## End of engagement

When an engagement ends, the Head of Operations runs a deletion checklist that covers:

1. source data in every storage location and tenant used for the client;
2. derived datasets, embeddings and vector indexes;
3. fine-tuned weights, adapters and cached model outputs, including copies in the model registry and serving endpoints;
4. logs that hold client prompts, documents or outputs, beyond the audit logs we must keep;
5. copies in experiment environments and on laptops;
6. copies held by vendors and AI providers, with written confirmation from each;
7. backups, which expire on their normal schedule and are not restored except for disaster recovery.

When the checklist is complete, the Head of Operations sends the client a confirmation of deletion, and keeps a copy with the completed checklist. Where the client asks for data to be returned first, it is returned through an approved exchange method before deletion starts.

## Retiring models

When a model is retired, its endpoint is removed, the model register is updated and client-derived weights, embeddings and caches are deleted or returned as the contract requires. The ML Lead records the retirement and the deletions.

## Deletion methods

- **Cloud storage and databases:** delete the objects, tables or records and any versions or snapshots; for whole stores, delete the store or destroy its encryption key.
- **Backups:** allowed to expire on schedule. If a client requires earlier removal, the affected data is excluded from any future restore.
- **Laptops and removable media:** wiped to a recognised standard or physically destroyed before reuse, resale or disposal. The Head of Operations records each disposal against the asset inventory and keeps any certificate from a disposal provider.
- **Paper:** cross-cut shredding or a secure shredding service.
- **Vendors:** deletion requested in writing, with confirmation kept on file.

## Legal holds

When litigation, an investigation or a regulatory request is expected, the Compliance Owner may place a legal hold on specific information. The hold is recorded, the people who hold the information are told in writing, and scheduled deletion of that information stops until the Compliance Owner lifts the hold.

## Exceptions

Keeping information beyond its retention period needs the Compliance Owner's approval, a stated reason and a new deletion date, and must not breach any client agreement.

## Enforcement

Keeping private or untracked copies of client data, or failing to perform a scheduled deletion, is a breach of this policy and is handled under the disciplinary process. Repeated missed sweeps are reported to leadership.

## Review

{{policyOwner}} reviews this policy and the retention schedule at least once every 12 months, and whenever a new law, client agreement or kind of data requires it. The CEO approves each new version.
`,
};
