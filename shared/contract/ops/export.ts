import { z } from 'zod';
import {
  descriptionUpdateSchema,
  exportJobSchema,
  exportStartSchema,
  verifyPackageSchema,
  type DescriptionPreview,
  type ExportProgress,
  type PackageVerification,
  type SystemDescription,
} from '../../domain/description';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** The export package for the CPA firm: the description management writes, and the package itself. */
export const exportOps = {
  'description.get': read(
    empty,
    'The system description narratives (DC1-DC3, DC8 notes) and the signatory',
  ).returns<SystemDescription>(),
  'description.update': write(
    descriptionUpdateSchema,
    'Save the system description narratives and the signatory',
  ).returns<SystemDescription>(),
  'description.preview': read(
    z.object({ draft: z.boolean().default(false) }).strict(),
    'The whole description as it will be exported, with the sections derived from the registers (DC4-DC9)',
  ).returns<DescriptionPreview>(),
  'export.start': write(
    exportStartSchema,
    'Start writing the package (description and assertion, controls matrix, policies, evidence, manifest)',
  ).returns<ExportProgress>(),
  'export.progress': read(exportJobSchema, 'How far an export has got').returns<ExportProgress>(),
  'export.cancel': write(
    exportJobSchema,
    'Stop a running export; its unfinished package is deleted and nothing is recorded',
  ).returns<ExportProgress>(),
  'export.verifyPackage': read(
    verifyPackageSchema,
    'Check a package against its SHA256SUMS and manifest; names altered, missing and extra files',
  ).returns<PackageVerification>(),
} as const;
