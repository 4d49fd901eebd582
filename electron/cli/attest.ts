import { processIo } from './io';
import { runCli } from './main';

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`attest: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
