// `npm ci` for this folder, run by BackofficeClient.targets only when
// node_modules is missing or older than package.json / package-lock.json.
// A lock (a directory in the system temp folder, named after this folder)
// keeps two builds running at the same time from installing together; the
// second one waits, sees the fresh stamp and does nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const stamp = join(here, 'node_modules', '.npm-ci.stamp');
const inputs = ['package.json', 'package-lock.json'].map((name) => join(here, name));
const lock = join(tmpdir(), `backoffice-npm-ci-${createHash('sha256').update(here).digest('hex').slice(0, 16)}.lock`);
const STALE_MS = 15 * 60 * 1000;

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : -Infinity);
const newestInput = () => Math.max(...inputs.map(mtime));
// Fresh: our stamp, or npm's own record of the last install (written by a
// manual `npm ci` / `npm install`), is at least as new as both inputs.
const fresh = () => mtime(stamp) >= newestInput() || mtime(join(here, 'node_modules', '.package-lock.json')) >= newestInput();
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function holderIsGone() {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 0);
    return Date.now() - statSync(lock).mtimeMs > STALE_MS;
  } catch (error) {
    return error.code === 'ESRCH' || error.code === 'ENOENT';
  }
}

function acquire() {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (holderIsGone()) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > STALE_MS) throw new Error(`timed out waiting for ${lock}`);
    sleep(500);
  }
}

acquire();
let status = 0;
try {
  if (fresh()) {
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
  } else {
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: here,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    status = result.status ?? 1;
    if (result.error) console.error(`backoffice: could not run npm: ${result.error.message}`);
    if (status === 0) writeFileSync(stamp, `${new Date().toISOString()}\n`);
  }
} finally {
  rmSync(lock, { recursive: true, force: true });
}
process.exit(status);
