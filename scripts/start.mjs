// npm start: the Electron window where the runtime is installed, otherwise
// the browser host. Says which in one line.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-runtime.mjs';

const args = process.argv.slice(2);
const binary = electronBinary();

function run(cmd, cmdArgs, env = process.env) {
  const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (binary) {
  console.log('Starting Attest in the Electron window.');
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(binary, ['.', ...args], env);
} else {
  console.log('Electron runtime not installed here: starting Attest in your browser through the local browser host.');
  run(process.execPath, ['dist/cli/attest.js', 'serve', ...args]);
}
