import type { RiskCategory } from './risks';

/**
 * Risks most AI agencies face, offered to a new register with one click.
 * The scores are a typical starting point for a small agency; the owner
 * re-scores each one when assessing it. Controls are library IDs, linked
 * when the vault has them.
 */
export interface StarterRisk {
  key: string;
  title: string;
  description: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  controls: string[];
}

export const STARTER_RISKS: readonly StarterRisk[] = [
  {
    key: 'model-compromise',
    title: 'Production model or its weights tampered with',
    description:
      'Someone changes a deployed model, its weights or its serving configuration without authorisation, so clients receive outputs nobody approved.',
    category: 'ai-model',
    likelihood: 2,
    impact: 5,
    controls: ['ML-03', 'ML-08', 'ML-13', 'CM-04', 'AC-07'],
  },
  {
    key: 'data-poisoning',
    title: 'Training or fine-tuning data poisoned',
    description:
      'Corrupted or deliberately manipulated records enter a training or evaluation set and quietly skew a model we deliver.',
    category: 'ai-model',
    likelihood: 2,
    impact: 4,
    controls: ['DA-01', 'DA-02', 'DA-06', 'ML-06'],
  },
  {
    key: 'adversarial-inputs',
    title: 'Adversarial inputs and prompt injection',
    description:
      'Crafted inputs make a deployed model ignore its instructions, reveal data it can reach, or produce harmful output.',
    category: 'ai-model',
    likelihood: 4,
    impact: 4,
    controls: ['ML-11', 'PI-02', 'PI-03', 'ML-10'],
  },
  {
    key: 'incorrect-outputs',
    title: 'Wrong or degraded model outputs reach a client',
    description:
      'Drift, a silent provider change or a pipeline fault lowers output quality, and nobody notices before the client relies on it.',
    category: 'ai-model',
    likelihood: 3,
    impact: 4,
    controls: ['ML-09', 'ML-10', 'PI-02', 'PI-05'],
  },
  {
    key: 'training-leakage',
    title: 'Client data leaks through model training',
    description:
      "A model trained or fine-tuned on one client's data memorises it and reproduces it for another client or the public.",
    category: 'client-data',
    likelihood: 3,
    impact: 5,
    controls: ['DA-03', 'DA-04', 'DA-07', 'VM-05'],
  },
  {
    key: 'prompt-leakage',
    title: 'Client data exposed through prompts and logs',
    description:
      'Client data pasted into prompts ends up in provider logs, personal AI tools or our own logs, beyond what the client agreed to.',
    category: 'client-data',
    likelihood: 4,
    impact: 4,
    controls: ['GV-09', 'VM-05', 'VM-06', 'OP-15'],
  },
  {
    key: 'ai-provider-failure',
    title: 'Third-party AI provider outage or change',
    description:
      'A model API we build on goes down, changes behaviour, retires a model version or changes its data terms at short notice.',
    category: 'third-party',
    likelihood: 4,
    impact: 3,
    controls: ['BC-09', 'ML-16', 'VM-04'],
  },
  {
    key: 'vendor-breach',
    title: 'Breach at a vendor that holds our data',
    description: 'A cloud, SaaS or data vendor is breached and client data or our credentials are exposed through it.',
    category: 'third-party',
    likelihood: 2,
    impact: 4,
    controls: ['VM-02', 'VM-03', 'VM-06'],
  },
  {
    key: 'key-person',
    title: 'Key-person dependency',
    description:
      'What one client pipeline, model or piece of infrastructure needs is known by one or two people; their absence stalls delivery or incident response.',
    category: 'people',
    likelihood: 3,
    impact: 4,
    controls: ['ML-07', 'HR-02', 'BC-01'],
  },
  {
    key: 'account-takeover',
    title: 'Staff account taken over',
    description:
      'Phishing or a reused password gives an attacker a staff account that reaches client data or production.',
    category: 'security',
    likelihood: 3,
    impact: 5,
    controls: ['AC-01', 'AC-02', 'AC-05', 'HR-04'],
  },
  {
    key: 'cloud-misconfiguration',
    title: 'Cloud storage or network left open',
    description: 'A bucket, database, notebook or endpoint is reachable from the internet by mistake.',
    category: 'security',
    likelihood: 3,
    impact: 5,
    controls: ['OP-06', 'OP-07', 'OP-12', 'CM-06'],
  },
  {
    key: 'vulnerable-software',
    title: 'Unpatched systems and vulnerable dependencies',
    description: 'A known vulnerability in our code, an ML package or a base image is exploited before we patch it.',
    category: 'security',
    likelihood: 3,
    impact: 4,
    controls: ['OP-03', 'OP-04', 'OP-05', 'ML-15'],
  },
  {
    key: 'lost-device',
    title: 'Lost, stolen or infected laptop',
    description: 'A staff laptop holding client data or credentials is lost, stolen or infected with malware.',
    category: 'security',
    likelihood: 3,
    impact: 3,
    controls: ['OP-01', 'OP-02'],
  },
  {
    key: 'unapproved-change',
    title: 'Untested or unapproved production change',
    description: 'A code, model or infrastructure change reaches production without review or testing and breaks it.',
    category: 'security',
    likelihood: 3,
    impact: 3,
    controls: ['CM-02', 'CM-03', 'ML-03'],
  },
  {
    key: 'insider-fraud',
    title: 'Fraud or misuse by someone on the inside',
    description:
      'A person with legitimate access copies client data, misuses company funds or alters records, including the evidence kept for the audit.',
    category: 'fraud',
    likelihood: 2,
    impact: 4,
    controls: ['AC-06', 'AC-05', 'HR-01', 'OP-08'],
  },
  {
    key: 'data-loss',
    title: 'Client data or model artefacts lost',
    description: 'Deletion, corruption or a failed backup means data or trained models cannot be recovered in time.',
    category: 'availability',
    likelihood: 2,
    impact: 4,
    controls: ['BC-03', 'BC-04', 'BC-10'],
  },
  {
    key: 'contract-breach',
    title: 'Client contract or privacy law breached',
    description:
      'We keep, use or move data in a way a client agreement or a privacy law does not allow, for example past its deletion date.',
    category: 'compliance',
    likelihood: 2,
    impact: 4,
    controls: ['GV-07', 'DA-05', 'VM-06'],
  },
];

export const STARTER_RISKS_BY_KEY = new Map(STARTER_RISKS.map((s) => [s.key, s]));
