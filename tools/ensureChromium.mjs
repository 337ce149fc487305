// Makes sure a Chromium exists for the browser tests. Playwright must never download its own browser here.
// Order: $CHROMIUM_PATH, /usr/bin/chromium; on Debian as root, install the `chromium` package with apt-get.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${wanted}, but no file is there.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.platform === 'linux' && isRoot && hasApt) {
  console.log('Chromium not found at /usr/bin/chromium: installing Debian package `chromium` (about 80 s)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'No Chromium for the browser tests. Install one (Debian: `apt-get install chromium`) or point the tests at ' +
    'an existing Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chromium npm test',
);
process.exit(1);
