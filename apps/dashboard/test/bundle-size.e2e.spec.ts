import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The bundle budget script (scripts/measure-bundle.mjs): its arithmetic on a hand-made build,
 * then one real `vite build` of the dashboard, which must stay within 250 kB of initial JavaScript
 * with the charting and map libraries left to the routes that use them.
 */

const DASHBOARD = path.join(__dirname, '..');
const SCRIPT = path.join(DASHBOARD, 'scripts', 'measure-bundle.mjs');

interface Measurement {
  entry: string;
  files: { file: string; bytes: number; gzipBytes: number; packages: string[] }[];
  totalGzipBytes: number;
  limitBytes: number;
  withinBudget: boolean;
}

/** Runs the script in a plain Node (without jest's options or NODE_ENV=test). */
function measure(...args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_OPTIONS' && key !== 'NODE_ENV'),
  );
  const run = spawnSync(process.execPath, [SCRIPT, '--json', ...args], {
    cwd: DASHBOARD,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  return {
    status: run.status,
    stderr: run.stderr,
    result: run.stdout.includes('{') ? (JSON.parse(json) as Measurement) : null,
  };
}

describe('initial bundle budget', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lagesbild-bundle-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('counts the entry and its static imports, however deep, but not lazy routes', () => {
    const out = path.join(scratch, 'fixture');
    mkdirSync(path.join(out, '.vite'), { recursive: true });
    mkdirSync(path.join(out, 'assets'));
    const files: Record<string, string> = {
      'assets/index.js': 'import "./shared.js";'.repeat(200),
      'assets/shared.js': 'import "./deep.js"; export const shared = 1;'.repeat(100),
      'assets/deep.js': 'export const deep = 2;'.repeat(300),
      'assets/Page.js': 'export default "page";'.repeat(5000),
      'assets/charts.js': 'export const charts = 3;'.repeat(9000),
    };
    for (const [file, content] of Object.entries(files))
      writeFileSync(path.join(out, file), content);
    writeFileSync(
      path.join(out, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          src: 'index.html',
          imports: ['_shared.js'],
          dynamicImports: ['src/Page.tsx'],
          css: ['assets/index.css'],
        },
        '_shared.js': { file: 'assets/shared.js', imports: ['_deep.js', 'index.html'] },
        '_deep.js': { file: 'assets/deep.js', imports: ['_shared.js'] },
        'src/Page.tsx': {
          file: 'assets/Page.js',
          isDynamicEntry: true,
          imports: ['index.html', '_shared.js', '_charts.js'],
        },
        '_charts.js': { file: 'assets/charts.js' },
      }),
    );

    const { status, result } = measure('--skip-build', '--out-dir', out);
    expect(status).toBe(0);
    expect(result!.entry).toBe('assets/index.js');
    expect(result!.files.map((f) => f.file)).toEqual([
      'assets/index.js',
      'assets/shared.js',
      'assets/deep.js',
    ]);
    const expected = ['index.js', 'shared.js', 'deep.js']
      .map((name) => gzipSync(readFileSync(path.join(out, 'assets', name))).length)
      .reduce((a, b) => a + b, 0);
    expect(result!.totalGzipBytes).toBe(expected);
    expect(result!.withinBudget).toBe(true);

    const tight = measure(
      '--skip-build',
      '--out-dir',
      out,
      '--limit-kb',
      String(expected / 1000 - 0.001),
    );
    expect(tight.status).toBe(1);
    expect(tight.result!.withinBudget).toBe(false);
    expect(tight.stderr).toMatch(/above the budget/);
  });

  it('fails clearly when there is no build to measure', () => {
    const { status, stderr } = measure('--skip-build', '--out-dir', path.join(scratch, 'none'));
    expect(status).toBe(2);
    expect(stderr).toMatch(/No manifest/);
  });

  it('keeps the dashboard within 250 kB gzipped, with ECharts and d3 only in route chunks', () => {
    const out = path.join(scratch, 'dist');
    const { status, result, stderr } = measure('--out-dir', out);
    expect(stderr).not.toMatch(/above the budget/);
    expect(status).toBe(0);
    expect(result!.limitBytes).toBe(250_000);
    expect(result!.totalGzipBytes).toBeLessThanOrEqual(250_000);
    console.log(`Initial JavaScript: ${(result!.totalGzipBytes / 1000).toFixed(1)} kB gzipped.`);

    const initial = new Set(result!.files.map((f) => f.file));
    const lazyLibraries = /node_modules\/(echarts|zrender|d3-geo|d3-array)\//;
    const chunksWithLibraries = readdirSync(path.join(out, 'assets'))
      .filter((name) => name.endsWith('.js.map'))
      .filter((name) =>
        (
          JSON.parse(readFileSync(path.join(out, 'assets', name), 'utf8')) as { sources: string[] }
        ).sources.some((source) => lazyLibraries.test(source)),
      )
      .map((name) => `assets/${name.replace(/\.map$/, '')}`);
    // The libraries are in the build, just not in what the first page needs.
    expect(chunksWithLibraries.length).toBeGreaterThanOrEqual(2);
    for (const chunk of chunksWithLibraries) expect(initial.has(chunk)).toBe(false);
    for (const file of result!.files) {
      expect(file.packages).not.toEqual(expect.arrayContaining(['echarts']));
      expect(file.packages).not.toEqual(expect.arrayContaining(['d3-geo']));
    }
  }, 120_000);
});
