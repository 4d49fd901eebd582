import type { VaultInfo } from '../../../shared/domain/vault';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, type CliIo } from '../io';

export const DEMO_USAGE = 'attest demo <vault> [--size small|large] [--json]';

export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { size: { type: 'string' }, json: { type: 'boolean' } });
  const file = requirePositional(positionals, 0, 'vault path');
  const wb = cliWorkbench();
  try {
    const info = unwrap(
      await dispatch(wb, 'vault.createDemo', { path: file, size: values.size ?? 'small' }),
    ) as VaultInfo;
    io.out(values.json ? JSON.stringify(info) : `Created the ${info.orgName} demo vault at ${info.path}`);
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}
