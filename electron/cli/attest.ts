import { processIo } from './io';
import { runCli } from './main';

// `attest criteria | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`attest: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
