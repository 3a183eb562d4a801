import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
