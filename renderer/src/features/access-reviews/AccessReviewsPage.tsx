import { AccessOverviewPage } from './AccessOverviewPage';
import { ReviewPage } from './ReviewPage';

/** `#/access-reviews` is the period view, systems and reviews; `#/access-reviews/12` is review 12. */
export function AccessReviewsPage({ sub }: { sub: string }) {
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <ReviewPage key={id} id={id} /> : <AccessOverviewPage />;
}
