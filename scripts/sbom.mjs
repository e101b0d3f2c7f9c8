#!/usr/bin/env node
// Writes a CycloneDX 1.5 JSON SBOM of what the site is built from (ASVS 15.1.2): every NuGet package the src projects
// restored (obj/project.assets.json, direct and transitive, with the source each came from) and every package in the
// two npm lockfiles. Restore first (`dotnet build src/Web` does both); the SBOM describes what was restored, not
// what a project file asks for.
//
//   node scripts/sbom.mjs [output]        default: artifacts/sbom.cdx.json (git-ignored)
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? join(root, 'artifacts', 'sbom.cdx.json'));
const npmLockfiles = ['src/Cms/Backoffice/client/package-lock.json', 'tests/browser/package-lock.json'];

const components = new Map(); // bom-ref -> component
const dependsOn = new Map(); // bom-ref -> Set of bom-refs
const direct = new Set();

const hex = (base64) => Buffer.from(base64, 'base64').toString('hex');
const link = (from, to) => (dependsOn.get(from) ?? dependsOn.set(from, new Set()).get(from)).add(to);
const property = (name, value) => ({ name, value: String(value) });

function add(ref, make, usedBy) {
  const component = components.get(ref) ?? components.set(ref, { ...make(), properties: [] }).get(ref);
  if (!component.properties.some((p) => p.name === 'participation:usedBy' && p.value === usedBy)) {
    component.properties.push(property('participation:usedBy', usedBy));
  }
  dependsOn.has(ref) || dependsOn.set(ref, new Set());
  return component;
}

// NuGet: the resolved graph of each src project; the source is the one NuGet recorded when it extracted the package.
for (const project of readdirSync(join(root, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const assetsPath = join(root, 'src', project.name, 'obj', 'project.assets.json');
  if (!existsSync(assetsPath)) {
    if (readdirSync(join(root, 'src', project.name)).some((f) => f.endsWith('.csproj'))) {
      throw new Error(`${relative(root, assetsPath)} is missing: restore first (dotnet restore Participation.Site.sln).`);
    }
    continue;
  }

  const assets = JSON.parse(readFileSync(assetsPath, 'utf8'));
  const usedBy = `src/${project.name}`;
  const packageFolder = Object.keys(assets.packageFolders)[0];
  for (const [framework, targets] of Object.entries(assets.targets)) {
    const resolved = new Map(Object.keys(targets).map((key) => [key.split('/')[0].toLowerCase(), key]));
    const purlOf = (key) => { const [name, version] = key.split('/'); return `pkg:nuget/${name}@${version}`; };
    for (const [key, target] of Object.entries(targets)) {
      if (target.type !== 'package') {
        continue;
      }

      const [name, version] = key.split('/');
      const library = assets.libraries[key];
      const purl = purlOf(key);
      add(purl, () => {
        const folder = join(packageFolder, library.path);
        const metadataPath = join(folder, '.nupkg.metadata');
        const source = existsSync(metadataPath) ? JSON.parse(readFileSync(metadataPath, 'utf8')).source : undefined;
        const nuspecPath = join(folder, `${name.toLowerCase()}.nuspec`);
        const nuspec = existsSync(nuspecPath) ? readFileSync(nuspecPath, 'utf8') : '';
        const expression = /<license type="expression">([^<]+)<\/license>/.exec(nuspec)?.[1];
        const licenseUrl = /<licenseUrl>([^<]+)<\/licenseUrl>/.exec(nuspec)?.[1];
        return {
          type: 'library',
          'bom-ref': purl,
          name,
          version,
          purl,
          scope: 'required',
          hashes: [{ alg: 'SHA-512', content: hex(library.sha512) }],
          ...(expression ? { licenses: [{ expression }] } : licenseUrl ? { licenses: [{ license: { name: 'see url', url: licenseUrl } }] } : {}),
          ...(source ? { externalReferences: [{ type: 'distribution', url: source, comment: 'NuGet package source' }] } : {}),
        };
      }, usedBy);
      for (const dependency of Object.keys(target.dependencies ?? {})) {
        const found = resolved.get(dependency.toLowerCase());
        if (found && targets[found].type === 'package') {
          link(purl, purlOf(found));
        }
      }
    }

    for (const name of Object.keys(assets.project.frameworks[framework]?.dependencies ?? {})) {
      const found = resolved.get(name.toLowerCase());
      if (found) {
        direct.add(purlOf(found));
      }
    }
  }
}

// npm: lockfile v3 entries; a dependency resolves to the nearest node_modules folder up the tree, as npm installs it.
for (const lockfile of npmLockfiles) {
  const lock = JSON.parse(readFileSync(join(root, lockfile), 'utf8'));
  if (lock.lockfileVersion < 2) {
    throw new Error(`${lockfile}: lockfile version ${lock.lockfileVersion} has no "packages" section.`);
  }

  const purlOf = (path) => {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const entry = lock.packages[path];
    return `pkg:npm/${name.replace(/^@/, '%40')}@${entry.version}`;
  };
  const resolveFrom = (path, name) => {
    for (let at = path; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
      const candidate = at ? `${at}/node_modules/${name}` : `node_modules/${name}`;
      if (lock.packages[candidate]) {
        return candidate;
      }

      if (!at) {
        return undefined;
      }
    }
  };

  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.link) {
      continue;
    }

    const purl = purlOf(path);
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const component = add(purl, () => {
      const [alg, digest] = (entry.integrity ?? '').split('-');
      return {
        type: 'library',
        'bom-ref': purl,
        ...(name.startsWith('@') ? { group: name.split('/')[0], name: name.split('/')[1] } : { name }),
        version: entry.version,
        purl,
        ...(alg === 'sha512' ? { hashes: [{ alg: 'SHA-512', content: hex(digest) }] } : {}),
        ...(entry.license ? { licenses: [{ expression: entry.license }] } : {}),
        ...(entry.resolved ? { externalReferences: [{ type: 'distribution', url: entry.resolved, comment: 'npm registry' }] } : {}),
      };
    }, lockfile);
    if (entry.dev && !component.properties.some((p) => p.name === 'cdx:npm:package:development')) {
      component.properties.push(property('cdx:npm:package:development', true));
    }

    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) {
      const found = resolveFrom(path, dependency);
      if (found) {
        link(purl, purlOf(found));
      }
    }
  }

  const rootEntry = lock.packages[''];
  for (const name of Object.keys({ ...rootEntry.dependencies, ...rootEntry.devDependencies })) {
    const found = resolveFrom('', name);
    if (found) {
      direct.add(purlOf(found));
    }
  }
}

for (const [ref, component] of components) {
  component.properties.push(property('participation:direct', direct.has(ref)));
}

const git = (...args) => { try { return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim(); } catch { return undefined; } };
const application = { type: 'application', 'bom-ref': 'participation-site', name: 'Participation.Site', version: git('rev-parse', 'HEAD') ?? 'unknown' };
const sorted = [...components.values()].sort((a, b) => a['bom-ref'].localeCompare(b['bom-ref']));
const bom = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  serialNumber: `urn:uuid:${randomUUID()}`,
  version: 1,
  metadata: {
    timestamp: new Date().toISOString(),
    tools: { components: [{ type: 'application', name: 'scripts/sbom.mjs' }] },
    component: application,
  },
  components: sorted,
  dependencies: [
    { ref: application['bom-ref'], dependsOn: [...direct].sort() },
    ...sorted.map((c) => ({ ref: c['bom-ref'], dependsOn: [...dependsOn.get(c['bom-ref'])].sort() })),
  ],
};

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(bom, null, 2) + '\n');
const count = (prefix) => sorted.filter((c) => c.purl.startsWith(prefix)).length;
console.log(`SBOM: ${count('pkg:nuget/')} NuGet and ${count('pkg:npm/')} npm packages (${direct.size} direct) -> ${relative(process.cwd(), output)}`);
