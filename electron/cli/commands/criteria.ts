import { CATEGORIES } from '../../../shared/catalog/categories';
import { CRITERIA, SERIES_NAMES } from '../../../shared/catalog/criteria';
import { parse } from '../args';
import { EXIT, type CliIo } from '../io';

export const CRITERIA_USAGE = 'attest criteria [--json]';

export async function criteriaCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  if (values.json) {
    io.out(JSON.stringify(CRITERIA));
    return EXIT.ok;
  }
  for (const category of CATEGORIES) {
    const list = CRITERIA.filter((c) => c.category === category.id);
    io.out(`${category.name} (${list.length})`);
    let series = '';
    for (const c of list) {
      if (c.series !== series) {
        series = c.series;
        io.out(`  ${series} ${SERIES_NAMES[series] ?? ''}`);
      }
      io.out(`    ${c.id.padEnd(6)} ${c.topic}`);
    }
  }
  io.out(`${CRITERIA.length} criteria`);
  return EXIT.ok;
}
