import { PoliciesListPage } from './PoliciesListPage';
import { PolicyPage } from './PolicyPage';

/** `#/policies` is the list; `#/policies/access-control` is that policy's page. */
export function PoliciesPage({ sub }: { sub: string }) {
  return sub ? <PolicyPage key={sub} id={sub} /> : <PoliciesListPage />;
}
