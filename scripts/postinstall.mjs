// Installs the Electron runtime where it can be downloaded, and never fails
// the install where it cannot: Attest then runs in the browser host.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, electronPackageDir } from './electron-runtime.mjs';

const say = (line) => console.log(`attest postinstall: ${line}`);

if (electronBinary()) {
  say('Electron runtime already installed.');
} else if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || process.env.CI) {
  say(
    'skipping the Electron runtime download (ELECTRON_SKIP_BINARY_DOWNLOAD or CI set); npm start will use the browser host.',
  );
} else {
  const dir = electronPackageDir();
  if (!dir) {
    say('electron package not installed; npm start will use the browser host.');
  } else {
    const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 5 * 60 * 1000,
      encoding: 'utf8',
    });
    if (result.status === 0 && electronBinary()) {
      say('Electron runtime installed.');
    } else {
      const reason = (result.stderr || result.error?.message || 'unknown error').trim().split('\n')[0];
      say(`could not download the Electron runtime (${reason}); npm start will use the browser host.`);
    }
  }
}
