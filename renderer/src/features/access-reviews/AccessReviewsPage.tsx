import { AccessOverviewPage } from './AccessOverviewPage';
import { ReviewPage } from './ReviewPage';

/**
 * `#/access-reviews` is the period view, systems and reviews; `#/access-reviews/12` is review 12;
 * `#/access-reviews/system/3` is the period view of system 3 alone (where self-check findings on a system lead).
 */
export function AccessReviewsPage({ sub }: { sub: string }) {
  const system = /^system\/(\d+)$/.exec(sub);
  if (system) return <AccessOverviewPage key={sub} systemId={Number(system[1])} />;
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <ReviewPage key={id} id={id} /> : <AccessOverviewPage />;
}
