#!/usr/bin/env node
// Runs before `npm start` and `npm test` so that the README's quick start is two commands on a
// fresh machine with only Node.js and npm:
//   1. installs npm dependencies with `npm ci` from the committed lock files when node_modules is
//      missing or stale (the lock is never rewritten);
//   2. with --browser (tests only): installs Debian's chromium for the end-to-end tests when it
//      is missing and we are root on a Debian-like system; otherwise says how to.
// Only the npm registry and Debian's package archive are contacted, and only when needed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** Each npm package of the repository: the app at the root, and the lint tools (own lock file, see
 *  tools/lint/package.json for why). Each is installed with `npm ci` from its committed lock file,
 *  which never rewrites the lock, when its node_modules is missing or was installed from another lock. */
const forTests = process.argv.includes('--browser');
const packages = [
  { dir: '.', probe: 'node_modules/.bin/tsx' },
  // lint runs in `npm test` only; `npm start` (and the Docker image) never needs it
  ...(forTests ? [{ dir: 'tools/lint', probe: 'tools/lint/node_modules/.bin/eslint' }] : []),
];

function lockHash(dir) {
  return createHash('sha256').update(readFileSync(`${dir}/package-lock.json`)).digest('hex');
}

function run(cmd) {
  console.log(`> ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
}

for (const { dir, probe } of packages) {
  const stamp = `${dir}/node_modules/.industry-kg-install-stamp`;
  const fresh = existsSync(probe) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash(dir);
  if (fresh) continue;
  console.log(`安装依赖 / installing dependencies in ${dir} (npm ci, locked versions)…`);
  run(`npm ci --no-audit --no-fund${dir === '.' ? '' : ` --prefix ${dir}`}`);
  writeFileSync(stamp, lockHash(dir) + '\n');
}

if (forTests) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('安装 Chromium（端到端测试需要）/ installing Debian chromium for the browser tests…');
      run('apt-get update -qq');
      run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    } else {
      console.error(
        '端到端测试需要 Chromium / the browser tests need Chromium at ' + chromium +
          ': install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH).',
      );
      process.exit(1);
    }
  }
  try {
    statSync(chromium);
  } catch {
    process.exit(1);
  }
}
