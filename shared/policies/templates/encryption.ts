import type { PolicyTemplate } from '../types';

export const ENCRYPTION_POLICY: PolicyTemplate = {
  id: 'encryption-and-key-management',
  title: 'Encryption and Key Management Policy',
  summary:
    'Requires encryption of data in transit and at rest, including vector stores and model artefacts, and sets how encryption keys, secrets and AI provider API keys are managed.',
  controls: ['AC-08', 'AC-09', 'OP-02', 'OP-10', 'OP-11', 'CF-05', 'MN-01'],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Encryption is what keeps data safe when other controls fail: when a laptop is stolen, a backup is copied or traffic is intercepted. It is only as strong as the protection of the keys and secrets behind it. This policy sets where {{orgName}} requires encryption, which standards we use, and how we manage encryption keys, secrets and API keys, including the keys that unlock paid AI model providers.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to:

- all data stores of {{systemName}}: databases, object storage, file systems, queues, caches, backups, vector stores, model registries and model artefact stores;
- all network connections that carry Confidential or Client-Restricted information;
- company laptops and any removable media approved for use;
- encryption keys, certificates, passwords, tokens, service account credentials and API keys, including keys for AI model providers.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| CTO | Owns the encryption standards and the key management service, approves who may use or manage keys, reviews key access every quarter and reviews exceptions flagged by monitoring. |
| Engineering Lead | Owns the secrets manager and secret scanning, rotates credentials, and makes sure services load secrets at run time. |
| ML Lead | Makes sure AI provider keys are scoped per environment and per client, and that model artefacts are stored in encrypted stores. |
| Compliance Owner | Checks that automated monitoring of encryption settings is in place and that its findings are resolved. |
| Everyone | Never copies keys or secrets out of the secrets manager, and reports any exposure at once. |

## Standards

We use well-established, current algorithms and protocols provided by our cloud platforms and mature libraries. We never design our own cryptography.

| Purpose | Minimum standard |
| --- | --- |
| Data in transit over public networks | TLS 1.2 or later, preferring TLS 1.3; strong cipher suites only |
| Data in transit inside our cloud environment | TLS between services wherever supported; private networking for data stores |
| Data at rest in cloud services | AES-256 or the provider's equivalent, through the provider's managed key service |
| Laptops | Full-disk encryption enforced by device management |
| Password storage in our applications | A slow, salted password hashing function such as Argon2id, scrypt or bcrypt |
| Integrity checks of datasets and model weights | SHA-256 or stronger hashes |
| Certificates | Issued by a trusted authority, renewed automatically, with private keys kept in managed services |

Outdated protocols and algorithms such as SSL, TLS 1.0 and 1.1, MD5 and SHA-1 for security purposes are not used. Plain-text protocols such as HTTP, FTP and Telnet are disabled for anything carrying company or client data.

## Encryption in transit

- All external connections to {{systemName}}, including client-facing applications, APIs and model endpoints, use TLS. HTTP requests are redirected to HTTPS, and web applications send the \`Strict-Transport-Security\` header.
- Calls to AI model providers and other vendors are made over TLS.
- Client data is exchanged only through approved methods that encrypt it in transit, such as secure transfer services or access-limited buckets reached over TLS. Email attachments are not an approved method.
- The CTO checks endpoint configurations after each infrastructure change that affects them.

## Encryption at rest

- Databases, object storage, backups, vector stores and model artefact stores are encrypted at rest by default, enforced by cloud policy so that unencrypted resources cannot be created without an alert.
- Backups are encrypted with keys that are separate from, or at least protected as strongly as, those of the primary data.
- Company laptops are enrolled in device management that enforces full-disk encryption; a device that falls out of compliance loses access to company systems until it is fixed.
- Client-Restricted data that must be moved on physical media, which is rare, is encrypted before it leaves our environment.

Automated monitoring checks encryption settings continuously and raises a task for any resource that is not encrypted. The CTO reviews each finding and either fixes it or records an approved exception.

## Key management

### Where keys live

Encryption keys are held in the managed key service of our cloud provider. Keys are never exported in plain form, stored in code, or kept on laptops.

### Who can use keys

The ability to *use* keys, to encrypt and decrypt, is granted to the services that need it, through roles. The ability to *manage* keys, to create, disable, schedule deletion or change policies, is limited to a small number of named administrators. Nobody holds both broad data access and unrestricted key management rights without the CTO's approval.

### Key lifecycle

| Stage | Requirement |
| --- | --- |
| Creation | Keys are created in the key management service, with an owner, purpose and environment recorded in tags |
| Rotation | Automatic rotation enabled, at least every 12 months for customer-managed keys |
| Separation | Separate keys per environment; separate keys per client where a client's data is held in a dedicated store or the client requires it |
| Suspected compromise | Key disabled and replaced at once; data re-encrypted where needed; handled as an incident |
| Deletion | Scheduled deletion with a waiting period, approved by the CTO, only once no data depends on the key; recorded |

Destroying the key of a dedicated store is an accepted way to make its data unrecoverable at the end of an engagement, provided the deletion is recorded.

### Client-managed keys

Where a client requires that their data be encrypted with keys they control, the arrangement is documented in the engagement record, including what happens to the service if the client revokes the key.

## Secrets and API keys

Secrets include passwords, tokens, service account credentials, signing keys, database connection strings and API keys for AI model providers and other vendors.

1. Secrets live in the secrets manager and are loaded by services at run time. They are never committed to code, written into notebooks, baked into container images, pasted into tickets or chat, or stored in shared documents.
2. Secrets are scoped to a single environment. AI provider keys are also scoped per client wherever the provider allows, with spending limits set, so that one leaked key cannot expose another client's work or run up unlimited costs.
3. Secret scanning runs on every repository and in the pipeline, and blocks commits that contain credentials.
4. Secrets are rotated when a person with access to them leaves, when they may have been exposed, and on a schedule for long-lived credentials, at least once a year.
5. An exposed secret is revoked and replaced **immediately**, the exposure is logged as a security event, and the logs of the affected system are checked for misuse.

## Reviews

The CTO reviews who can use and manage keys, and who can read secrets, as part of the quarterly access review. Changes found are made and recorded with the review.

## Exceptions

A system that cannot meet this policy, such as a legacy vendor tool without encryption at rest, needs an exception approved by the CTO and recorded by the Compliance Owner, with the risk, compensating measures such as keeping Client-Restricted data out of it, and an expiry date.

## Enforcement

Committing secrets to code, disabling encryption, or sharing keys outside the secrets manager is a breach of this policy and is handled under the disciplinary process. Accidental exposures that are reported at once are treated as incidents to fix, not as misconduct.

## Review

{{policyOwner}} reviews this policy at least once every 12 months and when cryptographic standards or our cloud set-up change materially. The CTO approves each new version.
`,
};
