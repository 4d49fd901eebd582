import { PeopleListPage } from './PeopleListPage';
import { PersonDetailPage } from './PersonDetailPage';

/** `#/people` is the list; `#/people/12` is that person's page. */
export function PeoplePage({ sub }: { sub: string }) {
  const id = Number(sub);
  return sub && Number.isInteger(id) && id > 0 ? <PersonDetailPage key={id} id={id} /> : <PeopleListPage />;
}
