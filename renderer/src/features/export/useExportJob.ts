import { useEffect, useState } from 'react';
import { exportEnded, type ExportProgress } from '../../../../shared/domain/description';
import { call } from '../../client';

const POLL_MS = 300;

/** Follows an export started on the host by polling its progress until it is done, failed or cancelled. */
export function useExportJob(): { job: ExportProgress | null; start: (first: ExportProgress) => void } {
  const [job, setJob] = useState<ExportProgress | null>(null);
  const jobId = job?.jobId;
  const finished = job ? exportEnded(job.phase) : false;

  useEffect(() => {
    if (!jobId || finished) return;
    let alive = true;
    const timer = setInterval(() => {
      void call('export.progress', { jobId }).then((result) => {
        if (!alive) return;
        if (result.ok) setJob(result.value);
        else setJob((j) => (j ? { ...j, phase: 'failed', error: result.error.message } : j));
      });
    }, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [jobId, finished]);

  return { job, start: setJob };
}
