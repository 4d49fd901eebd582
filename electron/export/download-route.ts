import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/contract/errors';
import { exportJobSchema } from '../../shared/domain/description';
import { finishedPackage } from '../services/export-jobs';
import { SECURITY_HEADERS } from '../web/security';

/** "Fernhill SOC 2 package.zip" as a header value: an ASCII fallback plus the exact UTF-8 name. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The browser host's download of a finished export (GET /api/export/<job id>):
 * the browser saves it where the person keeps downloads.
 */
export async function serveExportDownload(jobId: string, res: ServerResponse): Promise<void> {
  const parsed = exportJobSchema.safeParse({ jobId });
  if (!parsed.success) throw new AppError('invalid_input', 'jobId: unknown export');
  const { file, fileName, size } = finishedPackage(parsed.data.jobId);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/zip',
    'Content-Length': size,
    'Content-Disposition': disposition(fileName),
    'Cache-Control': 'no-store',
  });
  await pipeline(fs.createReadStream(file), res);
}
