// scripts/audit-dependencies.mjs (ASVS 15.2.1) against local stand-ins for the npm advisory endpoint and a NuGet feed:
// a high advisory in what ships fails, one in the test tools does not, and an advisory source that cannot be reached warns.
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

/** Runs the audit of the repository at <at> with npm's registry at <registryUrl>; resolves to its exit status and output. */
function audit(registryUrl, at = root) {
  return new Promise((done) => {
    const child = spawn('node', [join(at, 'scripts/audit-dependencies.mjs')], { cwd: at, env: { ...process.env, npm_config_registry: registryUrl } });
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

test('a high advisory from the NuGet source fails for a src project and is a note for a test project', async () => {
  // A copy of the repository whose only NuGet source is a stand-in serving VulnerabilityInfo; the packages come from
  // the global packages folder, so the restore needs nothing else from it.
  const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const copy = mkdtempSync(join(tmpdir(), 'audit-copy-'));
  for (const file of execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)) {
    cpSync(join(root, file), join(copy, file), { recursive: true });
  }

  const feed = createServer((request, response) => {
    const base = `http://127.0.0.1:${feed.address().port}`;
    const routes = {
      '/v3/index.json': { version: '3.0.0', resources: [
        { '@id': `${base}/vulnerabilities/index.json`, '@type': 'VulnerabilityInfo/6.7.0' },
        { '@id': `${base}/flat/`, '@type': 'PackageBaseAddress/3.0.0' },
        { '@id': `${base}/registration/`, '@type': 'RegistrationsBaseUrl/3.6.0' },
      ] },
      '/vulnerabilities/index.json': [{ '@name': 'base', '@id': `${base}/vulnerabilities/base.json`, '@updated': '2026-12-01T00:00:00Z', comment: '' }],
      '/vulnerabilities/base.json': {
        mailkit: [{ severity: 2, url: 'https://example.invalid/GHSA-mailkit', versions: '[0.0.1, 99.0.0)' }],
        xunit: [{ severity: 3, url: 'https://example.invalid/GHSA-xunit', versions: '[0.0.1, 99.0.0)' }],
      },
    };
    response.statusCode = routes[request.url] ? 200 : 404;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(routes[request.url] ?? {}));
  });
  await new Promise((done) => feed.listen(0, '127.0.0.1', done));
  try {
    writeFileSync(join(copy, 'NuGet.Config'), `<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="stand-in" value="http://127.0.0.1:${feed.address().port}/v3/index.json" allowInsecureConnections="true" /></packageSources></configuration>`);
    const { status, output } = await audit('http://127.0.0.1:9/', copy);
    assert.equal(status, 1, output);
    assert.match(output, /NuGet src\/Web\/Participation\.Web\.csproj: 0 critical, 1 high[^\n]*\n {2}FAIL high MailKit \S+ https:\/\/example\.invalid\/GHSA-mailkit/);
    assert.match(output, /note critical xunit \S+ https:\/\/example\.invalid\/GHSA-xunit/);
    assert.doesNotMatch(output, /FAIL critical xunit/);
  } finally {
    feed.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
