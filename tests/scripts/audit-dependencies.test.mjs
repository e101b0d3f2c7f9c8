// scripts/audit-dependencies.mjs (ASVS 15.2.1) against a local stand-in for the npm advisory endpoint: a high advisory
// in the backoffice bundle fails, one in the test tools does not, and an advisory source that cannot be reached warns.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let registry;
let advisories = {};

before(async () => {
  // The bulk advisory endpoint, and a packument for each advised package (npm reads its versions to decide what is affected).
  registry = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.method === 'POST') {
      request.resume();
      request.on('end', () => response.end(JSON.stringify(advisories)));
      return;
    }

    const name = decodeURIComponent(request.url.slice(1));
    const versions = Object.fromEntries(['2.0.2', '4.14.1'].map((version) => [version, { name, version }]));
    response.end(JSON.stringify({ name, 'dist-tags': { latest: '4.14.1' }, versions }));
  });
  await new Promise((done) => registry.listen(0, '127.0.0.1', done));
});

after(() => registry.close());

const advisory = (severity, url) => [{ id: 1, url, title: 'stand-in', severity, vulnerable_versions: '<=9', cwe: [], cvss: { score: 8 } }];

function audit(registryUrl) {
  return new Promise((done) => {
    const child = spawn('node', [join(root, 'scripts/audit-dependencies.mjs')], { cwd: root, env: { ...process.env, npm_config_registry: registryUrl } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

test('a high advisory in the backoffice bundle fails the audit and names the package', async () => {
  advisories = { '@umbraco-ui/uui': advisory('high', 'https://example.invalid/GHSA-uui') };
  const { status, output } = await audit(`http://127.0.0.1:${registry.address().port}/`);
  assert.equal(status, 1, output);
  assert.match(output, /FAIL high @umbraco-ui\/uui .*GHSA-uui/);
  assert.match(output, /Dependencies: npm tests\/browser \(test tools only\): no known advisories/);
});

test('a critical advisory in the test tools only is printed without failing', async () => {
  advisories = { 'axe-core': advisory('critical', 'https://example.invalid/GHSA-axe') };
  const { status, output } = await audit(`http://127.0.0.1:${registry.address().port}/`);
  assert.match(output, /note critical axe-core .*GHSA-axe/);
  assert.match(output, /Dependencies: npm src\/Cms\/Backoffice\/client: no known advisories/);
  assert.doesNotMatch(output, /FAIL/);
  assert.equal(status, 0, output);
});

test('an advisory source that cannot be reached warns and does not fail', async () => {
  const { status, output } = await audit('http://127.0.0.1:9/'); // the discard port: nothing listens
  assert.match(output, /WARNING: dependency audit: npm audit for src\/Cms\/Backoffice\/client got no answer .*NOT checked/);
  assert.match(output, /WARNING: dependency audit: npm audit for tests\/browser got no answer .*NOT checked/);
  assert.doesNotMatch(output, /FAIL/);
  assert.equal(status, 0, output);
});
