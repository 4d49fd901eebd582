import { CATEGORY_IDS, type CategoryId } from '../../../shared/catalog/categories';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Db } from '../database';

type EngagementRow = Omit<Engagement, 'categories' | 'warnings'>;

export function getEngagement(db: Db): Omit<Engagement, 'warnings'> | undefined {
  const row = db
    .prepare(
      `SELECT org_name AS orgName, system_name AS systemName, report_type AS reportType,
              as_of_date AS asOfDate, period_start AS periodStart, period_end AS periodEnd,
              updated_at AS updatedAt
       FROM engagement WHERE id = 1`,
    )
    .get() as EngagementRow | undefined;
  if (!row) return undefined;
  return { ...row, categories: getCategories(db) };
}

export function getCategories(db: Db): CategoryId[] {
  const rows = new Set(db.prepare('SELECT category FROM engagement_category').pluck().all() as CategoryId[]);
  return CATEGORY_IDS.filter((c) => rows.has(c));
}

export function upsertEngagement(db: Db, e: Omit<Engagement, 'categories' | 'warnings'>): void {
  db.prepare(
    `INSERT INTO engagement (id, org_name, system_name, report_type, as_of_date, period_start, period_end, updated_at)
     VALUES (1, @orgName, @systemName, @reportType, @asOfDate, @periodStart, @periodEnd, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       org_name = excluded.org_name, system_name = excluded.system_name, report_type = excluded.report_type,
       as_of_date = excluded.as_of_date, period_start = excluded.period_start, period_end = excluded.period_end,
       updated_at = excluded.updated_at`,
  ).run(e);
}

export function setCategories(db: Db, categories: readonly CategoryId[]): void {
  db.prepare('DELETE FROM engagement_category').run();
  const insert = db.prepare('INSERT INTO engagement_category (category) VALUES (?)');
  for (const c of new Set(categories)) insert.run(c);
}
