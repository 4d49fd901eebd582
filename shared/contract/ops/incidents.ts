/** Incidents: the log, timelines, corrective actions and post-mortems. */
export const incidentOps = {} as const;
