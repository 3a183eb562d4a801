/**
 * Measures the JavaScript a browser must load before the dashboard's first page shows: the entry
 * chunk and every chunk it imports statically, however deep (not the routes loaded on demand),
 * each gzipped. Fails when the sum is above the budget.
 *
 *   npm run measure:bundle -w @lagesbild/dashboard
 *   node scripts/measure-bundle.mjs [--skip-build] [--out-dir DIR] [--limit-kb 250] [--json]
 *
 * It builds with Vite into DIR (default dist) with a manifest, which names each chunk's static
 * and dynamic imports. 1 kB is 1 000 bytes; gzip at zlib's default level, as web servers send it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const DASHBOARD = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_LIMIT_KB = 250;

/** The manifest key of the HTML entry. */
function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('.html'));
  const fallback = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key && !fallback) throw new Error('The manifest names no entry chunk.');
  return key ?? fallback;
}

/** The entry chunk's file and the files of everything it imports statically, entry first. */
export function initialFiles(manifest) {
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no chunk "${key}".`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey(manifest));
  return files;
}

/** The npm packages a chunk holds code from, read from its source map when there is one. */
function packagesOf(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return [];
  const { sources = [] } = JSON.parse(readFileSync(map, 'utf8'));
  const names = new Set();
  for (const source of sources) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(source);
    if (match) names.add(match[1]);
  }
  return [...names].sort();
}

/** Sizes of the initial JavaScript in a built `outDir`. */
export function measureInitialJavaScript(outDir) {
  const manifestPath = path.join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No manifest at ${manifestPath}: build with \`vite build --manifest\`.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = initialFiles(manifest).map((file) => {
    const absolute = path.join(outDir, file);
    const content = readFileSync(absolute);
    return {
      file,
      bytes: content.length,
      gzipBytes: gzipSync(content).length,
      packages: packagesOf(absolute),
    };
  });
  return {
    entry: files[0]?.file ?? null,
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function main() {
  const { values } = parseArgs({
    options: {
      'skip-build': { type: 'boolean', default: false },
      'out-dir': { type: 'string', default: path.join(DASHBOARD, 'dist') },
      'limit-kb': { type: 'string', default: String(DEFAULT_LIMIT_KB) },
      json: { type: 'boolean', default: false },
    },
  });
  const outDir = path.resolve(values['out-dir']);
  const limitKb = Number(values['limit-kb']);
  if (!Number.isFinite(limitKb) || limitKb <= 0) throw new Error('--limit-kb must be a number.');

  if (!values['skip-build']) {
    const { build } = await import('vite');
    await build({
      root: DASHBOARD,
      logLevel: 'warn',
      // Source maps only to tell which packages each chunk holds; the build that ships has none.
      build: { outDir, emptyOutDir: true, manifest: true, sourcemap: 'hidden' },
    });
  }

  const result = measureInitialJavaScript(outDir);
  const limitBytes = limitKb * 1000;
  const withinBudget = result.totalGzipBytes <= limitBytes;
  if (values.json) {
    console.log(JSON.stringify({ ...result, limitBytes, withinBudget }, null, 2));
  } else {
    console.log('Initial JavaScript (the entry chunk and its static imports):');
    for (const f of result.files) {
      console.log(
        `  ${f.file.padEnd(44)} ${kB(f.bytes).padStart(10)}  ${kB(f.gzipBytes).padStart(10)} gzip`,
      );
    }
    console.log(
      `  ${'total'.padEnd(44)} ${kB(result.totalBytes).padStart(10)}  ${kB(result.totalGzipBytes).padStart(10)} gzip (budget ${limitKb} kB)`,
    );
  }
  if (!withinBudget) {
    console.error(
      `The initial JavaScript is ${kB(result.totalGzipBytes)} gzipped, above the budget of ${limitKb} kB.`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
