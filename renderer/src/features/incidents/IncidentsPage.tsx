import { IncidentDetailPage } from './IncidentDetailPage';
import { IncidentsListPage } from './IncidentsListPage';
import { NewIncidentPage } from './NewIncidentPage';

/** `#/incidents` is the log; `#/incidents/new` logs one; `#/incidents/12` is that incident's page. */
export function IncidentsPage({ sub }: { sub: string }) {
  if (sub === 'new') return <NewIncidentPage />;
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <IncidentDetailPage key={id} id={id} /> : <IncidentsListPage />;
}
