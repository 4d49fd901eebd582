import { ChangeDetailPage } from './ChangeDetailPage';
import { ChangesListPage } from './ChangesListPage';
import { NewChangePage } from './NewChangePage';

/** `#/changes` lists production changes, `#/changes/experiments` the experiment log, `#/changes/12` one change. */
export function ChangesPage({ sub }: { sub: string }) {
  const id = Number(sub);
  if (sub === 'new') return <NewChangePage />;
  if (sub && Number.isInteger(id) && id > 0) return <ChangeDetailPage key={id} id={id} />;
  return <ChangesListPage tab={sub === 'experiments' ? 'experiments' : 'production'} />;
}
