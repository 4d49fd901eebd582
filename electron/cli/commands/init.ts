import { CATEGORY_IDS, type CategoryId } from '../../../shared/catalog/categories';
import type { VaultInfo } from '../../../shared/domain/vault';
import { dispatch } from '../../services/dispatch';
import { parse, parsePeriod, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';

export const INIT_USAGE =
  'attest init <vault> --org NAME [--system NAME] [--type 1|2] [--as-of DATE | --period START..END] [--categories LIST] [--json]';

export function parseCategories(value: string | undefined): CategoryId[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const c of list) {
    if (!(CATEGORY_IDS as readonly string[]).includes(c)) {
      throw new UsageError(`Unknown category "${c}"; use ${CATEGORY_IDS.join(', ')}`);
    }
  }
  return list as CategoryId[];
}

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    org: { type: 'string' },
    system: { type: 'string' },
    type: { type: 'string' },
    'as-of': { type: 'string' },
    period: { type: 'string' },
    categories: { type: 'string' },
    json: { type: 'boolean' },
  });
  const file = requirePositional(positionals, 0, 'vault path');
  if (!values.org) throw new UsageError('Missing --org NAME');
  if (values.type !== undefined && values.type !== '1' && values.type !== '2') {
    throw new UsageError(`--type must be 1 or 2, got "${values.type}"`);
  }
  if (values['as-of'] && values.period) throw new UsageError('Give --as-of (Type I) or --period (Type II), not both');
  const reportType = values.type === '2' || (!values.type && values.period) ? 'type2' : 'type1';
  const wb = cliWorkbench();
  try {
    const info = unwrap(
      await dispatch(wb, 'vault.create', {
        path: file,
        orgName: values.org,
        ...(values.system ? { systemName: values.system } : {}),
        reportType,
        ...(values['as-of'] ? { asOfDate: values['as-of'] } : {}),
        ...(values.period ? parsePeriod(values.period) : {}),
        ...(values.categories ? { categories: parseCategories(values.categories) } : {}),
      }),
    ) as VaultInfo;
    io.out(values.json ? JSON.stringify(info) : `Created vault for ${info.orgName} at ${info.path}`);
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}
