import type { Cuec } from '../../../shared/domain/cuecs';
import { CRITICALITY_LABELS, vendorProblems, type Vendor } from '../../../shared/domain/vendors';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, type CliIo } from '../io';

export const VENDORS_USAGE = 'attest vendors <vault> [--json]';

/** Vendors, subservice organizations and CUECs; exit 1 when a vendor that matters has an assurance gap. */
export async function vendorsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const file = requirePositional(positionals, 0, 'vault path');
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: file }));
    const vendors = unwrap(await dispatch(wb, 'vendors.list', {})) as Vendor[];
    const cuecs = unwrap(await dispatch(wb, 'cuecs.list', {})) as Cuec[];
    const problems = vendorProblems(vendors);
    if (values.json) {
      io.out(JSON.stringify({ vendors, cuecs, problems }));
      return problems.length ? EXIT.problems : EXIT.ok;
    }
    for (const v of vendors) {
      const sub = v.subserviceMethod ? `${v.subserviceMethod}, ${v.csocs.length} CSOCs` : '';
      io.out(
        `${v.name.padEnd(28)} ${CRITICALITY_LABELS[v.criticality].padEnd(9)} ${(v.socReviewedOn ? `report reviewed ${v.socReviewedOn}` : v.socReceivedOn ? 'report not reviewed' : 'no report').padEnd(27)} ${sub}`,
      );
    }
    const subservice = vendors.filter((v) => v.subserviceMethod !== null).length;
    io.out(`${vendors.length} vendors, ${subservice} subservice organizations; ${cuecs.length} CUECs`);
    for (const p of problems) io.out(`problem: ${p}`);
    return problems.length ? EXIT.problems : EXIT.ok;
  } finally {
    wb.closeVault();
  }
}
