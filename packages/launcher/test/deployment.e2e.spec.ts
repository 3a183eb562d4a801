import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SUBGRAPHS } from '@lagesbild/supergraph';

const ROOT = path.join(__dirname, '..', '..', '..');
const COMPOSE = path.join(ROOT, 'docker', 'compose.yaml');
const ENV_EXAMPLE = path.join(ROOT, 'docker', 'env.example');
const run = promisify(execFile);

const hasCompose = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].some(existsSync);
if (!hasCompose) {
  console.warn(
    'Compose validation SKIPPED: docker-compose is missing (`apt-get install docker-compose`).',
  );
}
const describeWithCompose = hasCompose ? describe : describe.skip;

describeWithCompose('the production deployment (docker/)', () => {
  const compose = (...args: string[]) =>
    run('docker-compose', ['-f', COMPOSE, ...args], { cwd: ROOT, env: { PATH: process.env.PATH } });

  it('is a valid compose file with every service, health checks and restart policies', async () => {
    const { stdout: services } = await compose('--env-file', ENV_EXAMPLE, 'config', '--services');
    expect(services.trim().split('\n').sort()).toEqual(
      ['dashboard', 'gateway', 'postgres', ...SUBGRAPHS.map((s) => s.name)].sort(),
    );
    const { stdout: config } = await compose('--env-file', ENV_EXAMPLE, 'config');
    expect(config.match(/restart: unless-stopped/g)).toHaveLength(6);
    expect(config).toContain('postgres-data:/var/lib/postgresql/data');
    for (const { name } of SUBGRAPHS) expect(config).toContain(`SERVICE: ${name}`);
  });

  it('refuses to start without its secrets and identity settings', async () => {
    const missing = await compose('config').catch((error: { stderr: string }) => error);
    expect((missing as { stderr: string }).stderr).toMatch(
      /set (POSTGRES_PASSWORD|OIDC_\w+|METRICS_TOKEN) in docker\/\.env/,
    );
  });

  it('runs each service non-root with the entry point npm start runs', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    const launcher = readFileSync(
      path.join(ROOT, 'packages', 'launcher', 'src', 'stack.ts'),
      'utf8',
    );
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK .*\n.*\/readyz/);
    expect(dockerfile).toContain('exec node apps/${SERVICE}/dist/main.js');
    expect(launcher).toContain("path.join(ROOT, 'apps', name, 'dist', 'main.js')");
    expect(launcher).toContain("path.join(ROOT, 'apps/gateway/dist/main.js')");
    const dashboard = readFileSync(path.join(ROOT, 'docker', 'dashboard.Dockerfile'), 'utf8');
    expect(dashboard).toContain('nginx-unprivileged');
    const headers = readFileSync(
      path.join(ROOT, 'docker', 'nginx', 'security-headers.conf'),
      'utf8',
    );
    for (const header of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
    ]) {
      expect(headers).toContain(header);
    }
  });
});

const SERVICES = [...SUBGRAPHS.map((s) => s.name), 'gateway'];

/** What belongs to the dashboard, the benchmark, the demo or the tests, never to a service's image. */
const IN_NO_IMAGE = [
  /^react$/,
  /^react-dom$/,
  /^echarts$/,
  /^@faker-js\/faker$/,
  /^@graphql-hive\//,
  /^playwright-core$/,
  /^jest$/,
  /^@lagesbild\/(dashboard|bench|demo-data|test-kit|launcher)$/,
];

/** Every workspace's folder, by package name. */
const WORKSPACES = new Map(
  ['apps', 'packages'].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder)).map((name) => {
      const manifest = JSON.parse(
        readFileSync(path.join(ROOT, folder, name, 'package.json'), 'utf8'),
      ) as { name: string };
      return [manifest.name, path.join(folder, name)] as const;
    }),
  ),
);

/**
 * The packages an image carries: the Dockerfile's own `npm ci` for the service, run with --dry-run
 * on the lockfile and the workspaces' manifests in an empty folder (packages from the npm cache).
 */
async function imagePackages(service: string): Promise<Set<string>> {
  const dockerfile = readFileSync(path.join(ROOT, 'docker', 'Dockerfile'), 'utf8');
  const command = /^RUN (npm ci --omit=dev .*)$/m.exec(dockerfile)?.[1];
  if (!command) throw new Error('docker/Dockerfile installs no production dependencies');
  const folder = mkdtempSync(path.join(tmpdir(), `image-${service}-`));
  try {
    for (const file of [
      'package.json',
      'package-lock.json',
      ...[...WORKSPACES.values()].map((w) => path.join(w, 'package.json')),
    ]) {
      cpSync(path.join(ROOT, file), path.join(folder, file));
    }
    const args = command.replaceAll('${SERVICE}', service).split(/\s+/).slice(1);
    const { stdout } = await run('npm', [...args, '--dry-run', '--prefer-offline'], {
      cwd: folder,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    return new Set([...stdout.matchAll(/^add (\S+) \S+$/gm)].map((m) => m[1]!));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The packages a workspace's code loads when it starts: its value imports, not type imports. */
function loadedPackages(workspace: string): Set<string> {
  const source = path.join(ROOT, workspace, 'src');
  const files = (readdirSync(source, { recursive: true }) as string[]).filter(
    (file) => /\.tsx?$/.test(file) && !/\.(spec|test)\.ts$/.test(file),
  );
  const loaded = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(source, file), 'utf8');
    const imports = text.matchAll(
      /^(?:import|export)\s+(type\s+)?(?:([^;]*?)\s+from\s+)?'([^'.][^']*)';/gms,
    );
    for (const [, typeOnly, names, specifier] of imports) {
      const onlyTypes =
        /^\{[^}]*\}$/.test(names ?? '') &&
        (names ?? '')
          .slice(1, -1)
          .split(',')
          .every((n) => !n.trim() || n.trim().startsWith('type '));
      if (typeOnly || onlyTypes || !specifier || specifier.startsWith('node:')) continue;
      const name = specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
      if (!builtinModules.includes(name)) loaded.add(name);
    }
  }
  return loaded;
}

describe('the image of each service', () => {
  let images: Map<string, Set<string>>;

  // Four `npm ci --dry-run`s over the whole lockfile: about a minute on two shared cores.
  beforeAll(async () => {
    images = new Map(
      await Promise.all(
        SERVICES.map(async (service) => [service, await imagePackages(service)] as const),
      ),
    );
  }, 240_000);

  it.each(SERVICES)('%s carries its own production dependencies only', (service) => {
    const image = images.get(service)!;
    expect(image).toContain(`@lagesbild/${service}`);
    expect(image).toContain('graphql');
    expect([...image].filter((name) => IN_NO_IMAGE.some((pattern) => pattern.test(name)))).toEqual(
      [],
    );
  });

  it.each(SERVICES)('%s has in its image every package its code loads', (service) => {
    const image = images.get(service)!;
    const workspaces = [...image].filter((name) => WORKSPACES.has(name));
    // The check reads the imports: every service loads Apollo Server through @lagesbild/service.
    expect(workspaces.flatMap((w) => [...loadedPackages(WORKSPACES.get(w)!)])).toContain(
      '@apollo/server',
    );
    const missing = workspaces.flatMap((workspace) =>
      [...loadedPackages(WORKSPACES.get(workspace)!)]
        .filter((name) => !image.has(name))
        .map((name) => `${workspace} loads ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
