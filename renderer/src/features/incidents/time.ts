/** Instants in forms: <input type="datetime-local"> speaks local wall-clock time; the contract speaks ISO UTC. */

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → "2026-03-01T10:30" in the user's time zone, for a datetime-local input. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "2026-03-01T10:30" (local) → ISO UTC, or null when empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value.trim()) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function nowLocalInput(): string {
  return toLocalInput(new Date().toISOString());
}
