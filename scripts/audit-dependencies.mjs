#!/usr/bin/env node
// Looks up known advisories for the restored NuGet packages and the two npm lockfiles (ASVS 15.2.1); ./test.sh runs it
// first. Exit 1 when a package that ships with the site (src/ projects, the backoffice bundle) has a high or critical
// advisory: docs/security.md gives those 7 and 30 days, so they stop the test command. Moderate and low ones, and any
// finding in test-only tools (tests/), are printed without failing. An advisory source that cannot be reached, or
// a package source that serves no vulnerability data, prints a WARNING line and does not fail: the check then says
// it did not run rather than that nothing was found.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const failing = new Set(['high', 'critical']);
const npmLockfiles = [
  { folder: 'src/Cms/Backoffice/client', shipped: true }, // bundled into the backoffice at build
  { folder: 'tests/browser', shipped: false },
];
let blocking = 0;

const warn = (message) => console.log(`WARNING: dependency audit: ${message}`);
const shippedProject = (path) => path.replace(/\\/g, '/').includes('/src/');

function report(where, findings, shipped) {
  const bySeverity = (s) => findings.filter((f) => f.severity === s).length;
  const counts = ['critical', 'high', 'moderate', 'low'].map((s) => `${bySeverity(s)} ${s}`).join(', ');
  console.log(`Dependencies: ${where}: ${findings.length === 0 ? 'no known advisories' : counts}`);
  for (const finding of findings) {
    const stops = shipped && failing.has(finding.severity);
    blocking += stops ? 1 : 0;
    console.log(`  ${stops ? 'FAIL' : 'note'} ${finding.severity} ${finding.name} ${finding.version ?? ''} ${finding.url ?? ''}`.trimEnd());
  }
}

// NuGet: `dotnet list package --vulnerable` asks the configured sources; a source without a VulnerabilityInfo resource
// answers nothing, and the command would still say "no vulnerable packages", so the sources are asked first.
async function auditNuGet() {
  const sources = execFileSync('dotnet', ['nuget', 'list', 'source', '--format', 'short'], { cwd: root, encoding: 'utf8' })
    .split('\n').map((l) => l.trim()).filter((l) => l.startsWith('E ') && /^E https?:/.test(l)).map((l) => l.slice(2).trim());
  const answering = [];
  for (const source of sources) {
    try {
      const response = await fetch(source, { signal: AbortSignal.timeout(20_000) });
      const index = response.ok ? await response.json() : { resources: [] };
      if (index.resources?.some((r) => String(r['@type']).startsWith('VulnerabilityInfo'))) {
        answering.push(source);
      }
    } catch (error) {
      warn(`NuGet source ${source} could not be reached (${error.cause?.code ?? error.name}).`);
    }
  }

  if (answering.length === 0) {
    warn(`no NuGet source serves vulnerability data (${sources.join(', ') || 'none configured'}); .NET packages were NOT checked.`);
    return;
  }

  const restore = spawnSync('dotnet', ['restore', 'Participation.Site.sln', '--nologo', '-v', 'q'], { cwd: root, encoding: 'utf8' });
  const listed = restore.status === 0 && spawnSync('dotnet', ['list', 'Participation.Site.sln', 'package', '--vulnerable', '--include-transitive', '--format', 'json'], { cwd: root, encoding: 'utf8' });
  let result;
  try {
    result = JSON.parse(listed.stdout);
  } catch {
    warn(`dotnet list package --vulnerable gave no answer (${(listed ? listed.stderr : restore.stdout + restore.stderr).trim().split('\n').pop()}); .NET packages were NOT checked.`);
    return;
  }

  for (const problem of result.problems ?? []) {
    warn(`NuGet: ${problem.text ?? JSON.stringify(problem)}`);
  }

  for (const project of result.projects ?? []) {
    const findings = (project.frameworks ?? [])
      .flatMap((f) => [...(f.topLevelPackages ?? []), ...(f.transitivePackages ?? [])])
      .flatMap((p) => (p.vulnerabilities ?? []).map((v) => ({ name: p.id, version: p.resolvedVersion, severity: String(v.severity).toLowerCase(), url: v.advisoryurl })));
    report(`NuGet ${project.path.replace(root + '/', '')}`, findings, shippedProject(project.path));
  }
}

// npm: every package in the lockfile. The backoffice client's lockfile marks its packages as dev dependencies because
// they are bundled at build time, so --omit=dev would check nothing; what decides failing is whether the folder ships.
function auditNpm() {
  for (const { folder, shipped } of npmLockfiles) {
    const audit = spawnSync('npm', ['audit', '--package-lock-only', '--json', '--fetch-retries=1', '--fetch-timeout=30000'], { cwd: join(root, folder), encoding: 'utf8' });
    let result;
    try {
      result = JSON.parse(audit.stdout);
    } catch {
      result = {};
    }

    if (!result.vulnerabilities) {
      warn(`npm audit for ${folder} got no answer from the advisory source (${result.message ?? result.error?.summary ?? (audit.stderr.trim().split('\n').pop() || `exit ${audit.status}`)}); npm packages there were NOT checked.`);
      continue;
    }

    const findings = Object.values(result.vulnerabilities).map((v) => ({
      name: v.name,
      version: v.range,
      severity: v.severity,
      url: v.via?.find((via) => typeof via === 'object')?.url,
    }));
    report(`npm ${folder}${shipped ? '' : ' (test tools only)'}`, findings, shipped);
  }
}

await auditNuGet();
auditNpm();
if (blocking > 0) {
  console.log(`Dependencies: ${blocking} high or critical advisories in shipped packages: update them (docs/security.md, "Dependencies").`);
  process.exit(1);
}
