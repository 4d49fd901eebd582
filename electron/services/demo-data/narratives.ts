import type { DescriptionUpdate } from '../../../shared/domain/description';
import type { Vault } from '../../vault/vault';
import type { DemoSize } from './fernhill';
import { DEMO_OWNERS } from './fernhill';
import { updateDescription } from '../description';

/**
 * Fernhill's own account of its system (DC1-DC3), in our words. Realistic gaps:
 * the CEO is named to sign but has not dated the assertion yet, and the data
 * component list is still thin.
 */
function fernhillDescription(): DescriptionUpdate {
  return {
    servicesProvided: [
      'Fernhill Analytics designs, trains and runs machine-learning models for retailers and logistics companies. ' +
        'Clients send us historical sales, stock and delivery data; we build forecasting and classification models for them ' +
        'and serve those models through the Fernhill Model Delivery Platform, a hosted API that client systems call.',
      'We also offer model monitoring: each month clients receive a report on how their models performed, where the data ' +
        'drifted, and which models we retrained. Model development and operations are done by Fernhill staff; clients do not ' +
        'run code on the platform.',
    ].join('\n\n'),
    commitments: [
      {
        title: 'Client data is kept confidential and used only for that client',
        detail:
          'Each client has its own storage and keys; access is limited by role and reviewed quarterly; client data is never used to train models for anyone else or sent to third-party model providers for training.',
      },
      {
        title: 'The prediction API is available 99.5% of each calendar month',
        detail:
          'Redundant serving in two availability zones, uptime monitoring with paging, a tested recovery plan, and capacity reviewed monthly.',
      },
      {
        title: 'Predictions come from an approved model version',
        detail:
          'Models reach production only through the release pipeline after evaluation against agreed accuracy and bias thresholds and sign-off by the ML lead; every prediction is logged with its model version.',
      },
      {
        title: 'Client data is deleted within 30 days of the end of an engagement',
        detail: 'A retention schedule per client, a deletion run at offboarding, and a signed deletion record.',
      },
    ],
    components: {
      infrastructure: [
        {
          title: 'Cloud hosting',
          detail:
            'Managed Kubernetes and object storage at one cloud provider, in two availability zones of one region; infrastructure defined as code.',
        },
        { title: 'Staff laptops', detail: 'Company-managed laptops with disk encryption and endpoint protection.' },
        {
          title: 'Office network',
          detail: 'A small office with guest and staff networks; no production systems on site.',
        },
      ],
      software: [
        {
          title: 'Model Delivery API',
          detail: 'Our service that authenticates client calls and routes them to models.',
        },
        {
          title: 'Training pipeline',
          detail: 'Orchestrated jobs that prepare data, train, evaluate and register models.',
        },
        { title: 'Model register', detail: 'The record of every model version, its data lineage and approval.' },
        {
          title: 'Identity provider',
          detail: 'Single sign-on with multi-factor authentication for every staff account.',
        },
      ],
      people: [
        {
          title: 'Leadership',
          detail: `${DEMO_OWNERS.CEO} (CEO) and ${DEMO_OWNERS.CTO} (CTO) own the security programme.`,
        },
        {
          title: 'Engineering and ML teams',
          detail: `Fourteen engineers and data scientists led by ${DEMO_OWNERS['Engineering Lead']} and ${DEMO_OWNERS['ML Lead']}.`,
        },
        {
          title: 'Operations and compliance',
          detail: `${DEMO_OWNERS['Head of Operations']} runs on-call and vendors; ${DEMO_OWNERS['Compliance Owner']} keeps the controls and evidence.`,
        },
      ],
      procedures: [
        {
          title: 'Change and model release',
          detail: 'Peer review, automated tests and evaluation gates before deployment.',
        },
        {
          title: 'Access management',
          detail: 'Access by approved request, removed at offboarding, reviewed quarterly.',
        },
        {
          title: 'Incident response',
          detail: 'Triage within one hour, client notice within 72 hours, postmortem for every significant incident.',
        },
      ],
      data: [
        {
          title: 'Client training data',
          detail: 'Sales and stock extracts supplied by clients; classified confidential.',
        },
      ],
    },
    notApplicableNotes:
      'Fernhill runs no data centre of its own; physical security of the production environment is the cloud provider’s and is covered by its own SOC 2 report.',
    signatory: { name: DEMO_OWNERS.CEO ?? 'Maya Okafor', title: 'Chief Executive Officer', date: '' },
  };
}

export function demoNarratives(vault: Vault, _size: DemoSize): void {
  updateDescription(vault, fernhillDescription());
}
