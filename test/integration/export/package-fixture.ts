import path from 'node:path';
import { Readable } from 'node:stream';
import type { DescriptionUpdateInput } from '../../../shared/domain/description';
import { dispatch } from '../../../electron/services/dispatch';
import { Workbench } from '../../../electron/services/workbench';
import type { NewVault } from '../../../electron/vault/vault';
import { tempDir } from '../../helpers/tmp';

export async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

// Within the bundled font's coverage (DejaVu has Latin, Greek and Cyrillic, not CJK); file names below also carry CJK.
export const UNICODE_ORG = 'Ærøskøbing Données — Σύμβουλοι ООО';

export const DESCRIPTION: DescriptionUpdateInput = {
  servicesProvided:
    'We build and run custom machine-learning models for mid-sized retailers.\n\nClients reach the models through a hosted API.',
  commitments: [
    { title: 'Client data stays confidential', detail: 'Encryption at rest and in transit; access limited by role.' },
    { title: 'The API is available 99.5% of each month', detail: 'Redundant hosting and on-call response.' },
  ],
  components: {
    infrastructure: [{ title: 'Cloud hosting', detail: 'Managed Kubernetes in one region with a standby region.' }],
    software: [{ title: 'Model serving API', detail: 'Our own service in front of the models.' }],
    people: [{ title: 'Engineering team', detail: 'Twelve engineers; two on call each week.' }],
    procedures: [{ title: 'Change management', detail: 'Every change is reviewed and tested before release.' }],
    data: [{ title: 'Client training data', detail: 'Retail transaction extracts, classified confidential.' }],
  },
  notApplicableNotes: 'We run no data centre of our own.',
  signatory: { name: 'Åsa Lindqvist', title: 'Chief Executive Officer', date: '2026-07-02' },
};

export interface Fixture {
  wb: Workbench;
  dir: string;
  evidenceBytes: Buffer;
  controls: string[];
}

/** A Type II vault with a Unicode name, a filled description, one approved policy and evidence on two controls. */
export async function packageFixture(init: Partial<NewVault> = {}): Promise<Fixture> {
  const dir = tempDir('attest-export-');
  const wb = new Workbench({
    recentFile: path.join(dir, 'recent.json'),
    vaultOptions: { now: () => new Date('2026-07-03T10:00:00Z') },
  });
  wb.createVault(path.join(dir, 'vault.attest'), {
    orgName: UNICODE_ORG,
    systemName: 'Données Model Platform',
    reportType: 'type2',
    asOfDate: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    categories: ['confidentiality'],
    ...init,
  });
  await call(wb, 'description.update', DESCRIPTION);
  const templates = await call<{ id: string }[]>(wb, 'policies.templates', {});
  const policy = await call<{ id: string }>(wb, 'policies.createFromTemplate', { templateId: templates[0]!.id });
  await call(wb, 'policies.submitForReview', { id: policy.id });
  await call(wb, 'policies.approve', {
    id: policy.id,
    approverName: 'Åsa Lindqvist',
    approverTitle: 'CEO',
    approvedOn: '2026-02-01',
  });
  const controls = (await call<{ id: string }[]>(wb, 'controls.list', {})).slice(0, 2).map((c) => c.id);
  const evidenceBytes = Buffer.from('%PDF-1.4 pretend scan report — unique evidence content 9f3a\n'.repeat(50));
  const blob = await wb.requireVault().blobs.put(Readable.from([evidenceBytes]));
  await call(wb, 'evidence.attach', {
    sha256: blob.sha256,
    fileName: 'Rapport de sécurité — 東京.pdf',
    mediaType: 'application/pdf',
    meta: { title: 'Quarterly scan', type: 'scan-report', effectiveDate: '2026-03-31', controls },
  });
  return { wb, dir, evidenceBytes, controls };
}
