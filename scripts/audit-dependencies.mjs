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

// NuGet: a source without a VulnerabilityInfo resource answers nothing, and NuGet then says nothing either, so the
// sources are asked first.
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

  // NuGet's own audit at restore (NuGetAudit) reads the sources' VulnerabilityInfo; `dotnet list package --vulnerable`
  // reads registration metadata instead, which a mirror may strip. So the advisories are taken from the restore's
  // NU1901-NU1904 lines, all severities and transitive packages included, as warnings rather than errors so the
  // rules above decide. NU1900 (the data could not be fetched) and NU1905 (a source has none) say it did not run.
  const restore = spawnSync('dotnet', [
    'restore', 'Participation.Site.sln', '--nologo', '-v', 'q',
    '-p:TreatWarningsAsErrors=false', '-p:NuGetAudit=true', '-p:NuGetAuditMode=all', '-p:NuGetAuditLevel=low',
  ], { cwd: root, encoding: 'utf8' });
  const lines = `${restore.stdout}\n${restore.stderr}`.split('\n');
  if (restore.status !== 0) {
    warn(`dotnet restore failed (${lines.map((l) => l.trim()).filter(Boolean).pop()}); .NET packages were NOT checked.`);
    return;
  }

  const findings = new Map(); // project -> Map of "name version url" -> finding
  for (const line of lines) {
    const match = /^\s*(\S+\.csproj) : warning (NU190\d): (.*?)(?: \[[^\]]*\])?\s*$/.exec(line);
    if (!match) {
      continue;
    }

    const [, project, code, message] = match;
    if (code === 'NU1900' || code === 'NU1905') {
      warn(`NuGet ${code}: ${message}; some .NET packages may NOT have been checked.`);
      continue;
    }

    const advisory = /^Package '([^']+)' (\S+) has a known (\w+) severity vulnerability, (\S+)/.exec(message);
    if (advisory) {
      const [, name, version, severity, url] = advisory;
      const forProject = findings.get(project) ?? findings.set(project, new Map()).get(project);
      forProject.set(`${name} ${version} ${url}`, { name, version, severity: severity.toLowerCase(), url });
    }
  }

  for (const project of spawnSync('dotnet', ['sln', 'Participation.Site.sln', 'list'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter((l) => l.endsWith('.csproj'))) {
    const path = resolve(root, project.trim());
    report(`NuGet ${project.trim()}`, [...(findings.get(path)?.values() ?? [])], shippedProject(path));
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
  console.log(`Dependencies: FAILED, high or critical advisories in shipped packages: ${blocking}; update them (docs/security.md, "Dependencies").`);
  process.exit(1);
}
