#!/usr/bin/env node
// Runs before `npm start` and `npm test` so that the README's quick start is two commands on a
// fresh machine with only Node.js and npm:
//   1. installs npm dependencies from package-lock.json when node_modules is missing or stale;
//   2. with --browser (tests only): installs Debian's chromium for the end-to-end tests when it
//      is missing and we are root on a Debian-like system; otherwise says how to.
// Only the npm registry and Debian's package archive are contacted, and only when needed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const lock = 'package-lock.json';
const stamp = 'node_modules/.industry-kg-install-stamp';

function lockHash() {
  return createHash('sha256').update(readFileSync(lock)).digest('hex');
}

function run(cmd) {
  console.log(`> ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
}

const needInstall = !existsSync('node_modules/.bin/tsx') || !existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== lockHash();
if (needInstall) {
  // `npm install`, not `npm ci`: the registry this project installs from does not carry every
  // platform's prebuilt binary of @node-rs/jieba (android/darwin/win32 return 404), so the lock
  // file cannot list them and `npm ci` refuses ("Missing … from lock file"). `npm install` with a
  // lock file present installs exactly the locked versions and skips the absent optional ones.
  console.log('安装依赖 / installing dependencies (npm install, locked versions)…');
  run('npm install --no-audit --no-fund');
  writeFileSync(stamp, lockHash() + '\n');
}

if (process.argv.includes('--browser')) {
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
