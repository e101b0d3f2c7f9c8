// Builds the backoffice browser bundle and the common-password list.
//   src/backoffice.js  -> ../../wwwroot/backoffice/backoffice.js
//   src/backoffice.css -> ../../wwwroot/backoffice/backoffice.css
//   @zxcvbn-ts/language-common passwords -> ../Security/common-passwords.txt
// Run by BackofficeClient.targets during `dotnet build`; by hand:
//   npm ci && node build.mjs            (everything)
//   node build.mjs bundle | passwords   (one part; the targets run them apart so
//                                        that a JS/CSS change does not touch the
//                                        embedded list and recompile the C#)
// Outputs are written to a temporary file and renamed, so a concurrent build
// never leaves a half-written file behind.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { dictionary } from '@zxcvbn-ts/language-common';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'wwwroot', 'backoffice');
const passwordsFile = join(here, '..', 'Security', 'common-passwords.txt');

async function writeAtomic(file, contents) {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, contents);
  await rename(tmp, file);
}

// The theme's @font-face rules point at Lato files we do not ship; drop them.
const withoutFontFaces = {
  name: 'uui-theme-without-fonts',
  setup(build) {
    build.onLoad({ filter: /[\\/]@umbraco-ui[\\/]uui[\\/]dist[\\/]themes[\\/][^\\/]+\.css$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/@font-face\s*{[^}]*}/g, ''),
      loader: 'css',
    }));
  },
};

async function bundle(entry, outName) {
  const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: [join('src', entry)],
    outfile: join(outDir, outName),
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: false,
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [withoutFontFaces],
    write: false,
    logLevel: 'warning',
  });
  for (const file of result.outputFiles) await writeAtomic(file.path, file.contents);
  return result.outputFiles;
}

async function writePasswords() {
  const list = dictionary['passwords-common'];
  if (!Array.isArray(list) || list.length < 1000) {
    throw new Error("@zxcvbn-ts/language-common: dictionary['passwords-common'] is missing or too short");
  }
  const seen = new Set();
  for (const entry of list) {
    const password = String(entry).trim().toLowerCase();
    if (password !== '' && !/[\r\n]/.test(password)) seen.add(password);
  }
  await writeAtomic(passwordsFile, `${[...seen].join('\n')}\n`);
  return seen.size;
}

const parts = process.argv.slice(2);
const wanted = (part) => parts.length === 0 || parts.includes(part);
const unknown = parts.filter((part) => part !== 'bundle' && part !== 'passwords');

try {
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(' ')} (use bundle and/or passwords)`);
  const started = performance.now();
  if (wanted('bundle')) {
    const files = [...(await bundle('backoffice.js', 'backoffice.js')), ...(await bundle('backoffice.css', 'backoffice.css'))];
    for (const file of files) {
      console.log(`backoffice: ${relative(here, file.path)} ${(file.contents.length / 1024).toFixed(1)} KiB`);
    }
  }
  if (wanted('passwords')) {
    const count = await writePasswords();
    console.log(`backoffice: ${relative(here, passwordsFile)} ${count} passwords`);
  }
  console.log(`backoffice: done in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  // esbuild has already printed its own diagnostics; say which step failed.
  console.error(`backoffice: build failed: ${error?.message ?? error}`);
  process.exit(1);
}
