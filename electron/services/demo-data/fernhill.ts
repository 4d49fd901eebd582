// The demo agency's fixed facts, in a module of their own so the demo-data modules can
// import them without a cycle through demo.ts.

export type DemoSize = 'small' | 'large';

/** A fictional agency, our own invention, so a newcomer sees a realistic vault at once. */
export const DEMO_ORG = {
  orgName: 'Fernhill Analytics',
  systemName: 'Fernhill Model Delivery Platform',
};

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A six-month Type II period ending on the last day of the previous month. */
export function demoPeriod(today: Date): { periodStart: string; periodEnd: string } {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 5, 1));
  return { periodStart: isoDay(start), periodEnd: isoDay(end) };
}

/** Fictional people who own the demo's controls. */
export const DEMO_OWNERS: Record<string, string> = {
  CEO: 'Maya Okafor',
  CTO: 'Daniel Reyes',
  'Head of Operations': 'Sofia Lindqvist',
  'Engineering Lead': 'Tomás Novak',
  'ML Lead': 'Aisha Rahman',
  'Compliance Owner': 'Grace Whitfield',
  'People Lead': 'Jonas Berg',
};
