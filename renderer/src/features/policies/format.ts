import type { PolicyVersion } from '../../../../shared/domain/policies';
import { hashForArea } from '../../store/hash';

/** The address of a policy's page. */
export function policyHref(id: string): string {
  return hashForArea('policies', id);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A Date's calendar date in the person's own time zone, YYYY-MM-DD. */
export function localDate(date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The latest approval date the vault accepts: the vault counts days in UTC, so
 * the earlier of the local and the UTC date is always accepted as "today".
 */
export function approvalToday(now = new Date()): string {
  const local = localDate(now);
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "14:02" (or "2:02 PM"), in the person's locale. */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "812 bytes", "14.2 KB", "3.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${sizeFormat.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} KB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/** The label the next draft will get: 1.0 → 1.1, or 2.0 for a major change. */
export function nextVersionLabel(versions: readonly PolicyVersion[], major = false): string {
  const latest = versions[0];
  if (!latest) return '1.0';
  const [ma = 1, mi = 0] = latest.version.split('.').map(Number);
  return major ? `${ma + 1}.0` : `${ma}.${mi + 1}`;
}

/** Orders version labels numerically: 1.2 before 1.10. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}
