import { AppError } from '../../shared/contract/errors';
import { APP_VERSION } from '../../shared/version';
import { checkCommand, CHECK_USAGE } from './commands/check';
import { controlsCommand, CONTROLS_USAGE } from './commands/controls';
import { criteriaCommand, CRITERIA_USAGE } from './commands/criteria';
import { demoCommand, DEMO_USAGE } from './commands/demo';
import { exportCommand, EXPORT_USAGE, verifyPackageCommand, VERIFY_PACKAGE_USAGE } from './commands/export';
import { accessReviewsCommand, ACCESS_REVIEWS_USAGE } from './commands/access-reviews';
import { incidentsCommand, INCIDENTS_USAGE } from './commands/incidents';
import { evidenceCommand, EVIDENCE_USAGE, verifyCommand, VERIFY_USAGE } from './commands/evidence';
import { policiesCommand, POLICIES_USAGE } from './commands/policies';
import { peopleCommand, PEOPLE_USAGE } from './commands/people';
import { changesCommand, CHANGES_USAGE } from './commands/changes';
import { initCommand, INIT_USAGE } from './commands/init';
import { serveCommand, SERVE_USAGE } from './commands/serve';
import { risksCommand, RISKS_USAGE } from './commands/risks';
import { vendorsCommand, VENDORS_USAGE } from './commands/vendors';
import { EXIT, exitCodeFor, UsageError, type CliIo } from './io';

interface Command {
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  init: { usage: INIT_USAGE, summary: 'Create a new vault', run: initCommand },
  demo: { usage: DEMO_USAGE, summary: 'Create a vault filled with a fictional AI agency', run: demoCommand },
  criteria: { usage: CRITERIA_USAGE, summary: 'The 61 Trust Services Criteria', run: criteriaCommand },
  controls: { usage: CONTROLS_USAGE, summary: 'The controls in a vault, with status and owner', run: controlsCommand },
  policies: {
    usage: POLICIES_USAGE,
    summary: 'Import policies from Markdown or Word; export approved ones as PDF or Markdown',
    run: policiesCommand,
  },
  evidence: {
    usage: EVIDENCE_USAGE,
    summary: 'Attach files as evidence of controls (streamed into the vault), or list the evidence',
    run: evidenceCommand,
  },
  check: {
    usage: CHECK_USAGE,
    summary: 'Pre-audit self-check: what an auditor would flag; exit 1 while blockers remain',
    run: checkCommand,
  },
  people: {
    usage: PEOPLE_USAGE,
    summary: 'List people, import them from an HR export (CSV), or export hires or terminations of a period',
    run: peopleCommand,
  },
  changes: {
    usage: CHANGES_USAGE,
    summary: 'List production changes, import them from a tracker export (CSV), or export the period population',
    run: changesCommand,
  },
  incidents: {
    usage: INCIDENTS_USAGE,
    summary: 'List incidents, or export the incident population of a period as CSV',
    run: incidentsCommand,
  },
  'access-reviews': {
    usage: ACCESS_REVIEWS_USAGE,
    summary: 'Systems and their access reviews across the audit period (exit 1 when one is overdue); import accounts',
    run: accessReviewsCommand,
  },
  risks: {
    usage: RISKS_USAGE,
    summary: 'The risk register and its last complete assessment; exit 1 when an auditor would raise a problem',
    run: risksCommand,
  },
  vendors: {
    usage: VENDORS_USAGE,
    summary: 'Vendors, subservice organizations and CUECs; exit 1 when a key vendor lacks a reviewed report',
    run: vendorsCommand,
  },
  verify: { usage: VERIFY_USAGE, summary: 'Re-hash every stored file and check the audit trail', run: verifyCommand },
  export: {
    usage: EXPORT_USAGE,
    summary: 'Write the package for the auditor: description and assertion, controls matrix, policies, evidence',
    run: exportCommand,
  },
  'verify-package': {
    usage: VERIFY_PACKAGE_USAGE,
    summary: 'Check a package against its SHA256SUMS and manifest; names altered, missing and extra files',
    run: verifyPackageCommand,
  },
  serve: {
    usage: SERVE_USAGE,
    summary: 'Open Attest in your browser, served from this computer only',
    run: serveCommand,
  },
};

export function helpText(): string {
  return [
    `Attest ${APP_VERSION}: SOC 2 preparation, offline`,
    '',
    'Usage:',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Exit codes: 0 success; 1 problems found; 2 bad usage or input; 3 the vault cannot be used.',
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit code; all output goes through io. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`attest: unknown command "${name}"; run attest --help`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`attest ${name}: ${error.message}. Usage: ${command.usage}`);
      return EXIT.usage;
    }
    if (error instanceof AppError) {
      io.err(`attest ${name}: ${error.message}`);
      return exitCodeFor(error.code);
    }
    io.err(`attest ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.problems;
  }
}
