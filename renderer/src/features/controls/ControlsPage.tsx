import { ControlDetailPage } from '../control-detail/ControlDetailPage';
import { ControlsListPage } from './ControlsListPage';

/** `#/controls` is the table; `#/controls/AC-03` is that control's page. */
export function ControlsPage({ sub }: { sub: string }) {
  return sub ? <ControlDetailPage key={sub} id={sub} /> : <ControlsListPage />;
}
