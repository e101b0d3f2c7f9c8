// scripts/sbom.mjs (ASVS 15.1.2): run after a restore; checks the SBOM against the restored assets and the lockfiles.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const output = join(mkdtempSync(join(tmpdir(), 'sbom-')), 'sbom.cdx.json');
execFileSync('node', [join(root, 'scripts/sbom.mjs'), output], { cwd: root });
const bom = JSON.parse(readFileSync(output, 'utf8'));
const byPurl = new Map(bom.components.map((c) => [c.purl, c]));
const property = (component, name) => component.properties.filter((p) => p.name === name).map((p) => p.value);

test('the SBOM is CycloneDX 1.5 and names the site', () => {
  assert.equal(bom.bomFormat, 'CycloneDX');
  assert.equal(bom.specVersion, '1.5');
  assert.match(bom.serialNumber, /^urn:uuid:[0-9a-f-]{36}$/);
  assert.equal(bom.metadata.component.name, 'Participation.Site');
});

test('every NuGet package the src projects restored is listed with its version, purl, hash and source', () => {
  for (const project of ['Cms', 'Extensions', 'Web']) {
    const assets = JSON.parse(readFileSync(join(root, 'src', project, 'obj/project.assets.json'), 'utf8'));
    for (const [key, target] of Object.entries(assets.targets['net10.0'])) {
      if (target.type !== 'package') {
        continue;
      }

      const [name, version] = key.split('/');
      const component = byPurl.get(`pkg:nuget/${name}@${version}`);
      assert.ok(component, `${key} (src/${project}) is missing`);
      assert.equal(component.version, version);
      assert.match(component.hashes[0].content, /^[0-9a-f]{128}$/);
      assert.ok(property(component, 'participation:usedBy').includes(`src/${project}`));
    }
  }

  const mailKit = readFileSync(join(root, 'Directory.Packages.props'), 'utf8').match(/Include="MailKit" Version="([^"]+)"/)[1];
  const direct = byPurl.get(`pkg:nuget/MailKit@${mailKit}`);
  assert.deepEqual(property(direct, 'participation:direct'), ['true']);
  assert.match(direct.externalReferences[0].url, /^https:\/\/\S+$/); // the feed NuGet recorded when it extracted the package
  const mimeKit = bom.components.find((c) => c.name === 'MimeKit'); // MailKit's own dependency
  assert.deepEqual(property(mimeKit, 'participation:direct'), ['false']);
  assert.ok(bom.dependencies.find((d) => d.ref === direct['bom-ref']).dependsOn.includes(mimeKit['bom-ref']));
});

test('every npm package of both lockfiles is listed, and the dependency graph has no dangling reference', () => {
  for (const lockfile of ['src/Cms/Backoffice/client/package-lock.json', 'tests/browser/package-lock.json']) {
    const lock = JSON.parse(readFileSync(join(root, lockfile), 'utf8'));
    for (const [path, entry] of Object.entries(lock.packages).filter(([path]) => path)) {
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const component = byPurl.get(`pkg:npm/${name.replace(/^@/, '%40')}@${entry.version}`);
      assert.ok(component, `${path} (${lockfile}) is missing`);
      assert.ok(property(component, 'participation:usedBy').includes(lockfile));
    }
  }

  const refs = new Set(bom.components.map((c) => c['bom-ref']));
  for (const dependency of bom.dependencies) {
    for (const ref of dependency.dependsOn) {
      assert.ok(refs.has(ref), `${dependency.ref} depends on unknown ${ref}`);
    }
  }
});
