import type { Control } from '../../../shared/domain/controls';
import { FREQUENCY_LABELS, STATUS_LABELS } from '../../../shared/domain/controls';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, type CliIo } from '../io';

export const CONTROLS_USAGE = 'attest controls <vault> [--json]';

export async function controlsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const file = requirePositional(positionals, 0, 'vault path');
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: file }));
    const controls = unwrap(await dispatch(wb, 'controls.list', {})) as Control[];
    if (values.json) {
      io.out(JSON.stringify(controls));
      return EXIT.ok;
    }
    for (const c of controls) {
      const state = c.notApplicableReason !== null ? 'Not applicable' : STATUS_LABELS[c.status];
      const scope = c.inScope ? '' : '  (out of scope)';
      io.out(
        `${c.id.padEnd(7)} ${state.padEnd(14)} ${FREQUENCY_LABELS[c.frequency].padEnd(10)} ${(c.owner || c.ownerRole || '-').padEnd(20)} ${c.name}${scope}`,
      );
    }
    const inScope = controls.filter((c) => c.inScope && c.notApplicableReason === null);
    const done = inScope.filter((c) => c.status === 'implemented').length;
    io.out(`${controls.length} controls; ${inScope.length} in scope and applicable, ${done} implemented`);
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}
