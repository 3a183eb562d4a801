import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import type { LoadGenerator } from './load-client';
import { requestBody, type Operation } from './operations';
import { pickPort } from './processes';
import { UNLIMITED_RATE, type Product } from './product';
import { runNodeService, waitForHttp } from './service-runner';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Where a process spent its CPU time while serving one operation, from V8's sampling profiler. */
export interface ProfileSummary {
  operation: string;
  requests: number;
  /** Sampled CPU time, ms, without idle time. */
  busyMs: number;
  /** Busy CPU time per answer, ms. */
  busyMsPerRequest: number;
  /** Share of the busy time spent in each package (self time), largest first. */
  packages: { name: string; share: number }[];
  /** The functions with the most self time. */
  functions: { name: string; share: number }[];
}

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Now on the monotonic clock, in microseconds: V8's profiles time their samples on it. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] ?? url;
  if (url.startsWith('node:')) return 'node (core)';
  const workspace = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return workspace ? `@lagesbild/${workspace[2]}` : url;
}

function top(weights: Map<string, number>, total: number, count: number) {
  return [...weights]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, weight]) => ({ name, share: weight / total }));
}

/**
 * Self time per package and function from a .cpuprofile, idle time left out; only the samples
 * taken between `from` and `to` (monotonic µs) when given.
 */
export function summariseProfile(profile: CpuProfile, window?: { from: number; to: number }) {
  return summariseWindows(profile, window ? [window] : null);
}

/** The same over several windows (null: the whole profile). */
export function summariseWindows(
  profile: CpuProfile,
  windows: { from: number; to: number }[] | null,
) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    at += profile.timeDeltas[index] ?? 0;
    if (windows && !windows.some((w) => at >= w.from && at <= w.to)) return;
    if (!node || node.callFrame.functionName === '(idle)') return;
    busy += delta;
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + delta);
    const fn = `${node.callFrame.functionName || '(anonymous)'} (${pkg})`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  });
  return { busyMs: busy, packages: top(packages, busy, 8), functions: top(functions, busy, 8) };
}

/**
 * A second gateway of the product's own build, in OIDC mode against the running gateway's keys,
 * started with V8's CPU profiler in front of the same subgraphs; one operation is sent through it
 * for `seconds` with one connection, then it is stopped and its profile summarised.
 */
export async function profileGateway(options: {
  product: Product;
  operation: Operation;
  seconds: number;
  generator: LoadGenerator;
  path: string | undefined;
  log: (line: string) => void;
}): Promise<ProfileSummary> {
  const { product, operation } = options;
  const port = await pickPort();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'lagesbild-profile-'));
  const urlEnv = Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_URL`, product.subgraphUrls[name]]),
  );
  const { service, child } = runNodeService(
    'profiled-gateway',
    path.join(ROOT, 'apps', 'gateway', 'dist', 'main.js'),
    [],
    {
      ...urlEnv,
      PATH: options.path,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: UNLIMITED_RATE,
      OIDC_ISSUER: 'urn:lagesbild:demo',
      OIDC_AUDIENCE: 'lagesbild',
      OIDC_JWKS_URL: `${product.gatewayBase}/auth/jwks.json`,
    },
    options.log,
    ['--cpu-prof', `--cpu-prof-dir=${folder}`],
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}/readyz`, child);
    const request = {
      headers: { authorization: `Bearer ${await product.token(operation.user)}` },
      body: requestBody(operation),
    };
    const url = `http://127.0.0.1:${port}/graphql`;
    // Warm up unprofiled-in-effect: only the samples of the measured load are summarised.
    await options.generator.run({
      kind: 'http',
      url,
      requests: [request],
      connections: 1,
      durationSec: 1,
      warmupSec: 0,
      minRequests: 5,
      timeoutSec: 120,
    });
    const from = monotonicMicros();
    const result = await options.generator.run({
      kind: 'http',
      url,
      requests: [request],
      connections: 1,
      durationSec: options.seconds,
      warmupSec: 0,
      minRequests: 5,
      timeoutSec: 120,
    });
    const to = monotonicMicros();
    await service.stop();
    const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('The profiled gateway wrote no profile.');
    const profile = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as CpuProfile;
    let summary = summariseProfile(profile, { from, to });
    // Should the clocks not match, the whole profile (start-up included) is the fallback.
    if (summary.busyMs === 0) summary = summariseProfile(profile);
    return {
      operation: operation.name,
      requests: result.requests,
      busyMs: summary.busyMs,
      busyMsPerRequest: summary.busyMs / Math.max(1, result.requests),
      packages: summary.packages,
      functions: summary.functions,
    };
  } finally {
    await service.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The profile a process with this pid wrote into `folder` on exit (cpu-profile-preload.ts). */
export function readProfileOf(folder: string, pid: number): CpuProfile | null {
  const file = readdirSync(folder).find((name) => name === `${pid}.cpuprofile`);
  return file ? (JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as CpuProfile) : null;
}

/** The environment that makes a service profile itself into `folder` (cpu-profile-preload.ts). */
export function profilingEnv(folder: string): NodeJS.ProcessEnv {
  return {
    NODE_OPTIONS: `--require ${path.join(__dirname, 'cpu-profile-preload.js')}`,
    LAGESBILD_BENCH_CPU_PROFILE_DIR: folder,
  };
}
