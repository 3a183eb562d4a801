import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually } from '@lagesbild/test-kit';
import { freePort } from '../src/free-port';

/**
 * The dashboard's nginx configuration (docker/nginx) in a real nginx: dashboard.conf rendered as
 * the image's entrypoint renders its templates, with and without an OpenID Connect issuer.
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
if (!NGINX) {
  console.warn('nginx configuration test SKIPPED: nginx is missing (`apt-get install nginx`).');
}
const describeWithNginx = NGINX ? describe : describe.skip;

interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** dashboard.conf as envsubst renders it: only the variables set are replaced. */
function render(template: string, env: Record<string, string>): string {
  return template.replace(/\$\{(OIDC_\w+)\}/g, (whole, name: string) => env[name] ?? whole);
}

describeWithNginx('the dashboard behind nginx', () => {
  let gateway: Server;
  let gatewayPort: number;
  const scratch = mkdtempSync(path.join(tmpdir(), 'lagesbild-nginx-'));
  // nginx's workers run as another user (when the tests run as root) and must read the pages.
  chmodSync(scratch, 0o755);

  beforeAll(async () => {
    // Stands in for the gateway: answers whatever nginx passes on with the path it was asked for.
    gateway = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ path: req.url }));
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayPort = (gateway.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => gateway.close(resolve));
    rmSync(scratch, { recursive: true, force: true });
  });

  async function startNginx(name: string, env: Record<string, string>): Promise<RunningNginx> {
    const dir = path.join(scratch, name);
    mkdirSync(path.join(dir, 'html'), { recursive: true });
    writeFileSync(path.join(dir, 'html', 'index.html'), '<!doctype html><title>Lägesbild</title>');
    writeFileSync(
      path.join(dir, 'security-headers.conf'),
      readFileSync(path.join(ROOT, 'docker', 'nginx', 'security-headers.conf')),
    );
    const port = await freePort();
    // The image's paths and the compose network's names, moved to this machine.
    const site = render(
      readFileSync(path.join(ROOT, 'docker', 'nginx', 'dashboard.conf'), 'utf8'),
      env,
    )
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replaceAll(
        '/etc/nginx/snippets/security-headers.conf',
        path.join(dir, 'security-headers.conf'),
      )
      .replace('/usr/share/nginx/html', path.join(dir, 'html'))
      .replaceAll('http://gateway:4000', `http://127.0.0.1:${gatewayPort}`);
    writeFileSync(path.join(dir, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `${kind}_temp_path ${path.join(dir, kind)};`)
      .join(' ');
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `daemon off; pid ${path.join(dir, 'nginx.pid')}; error_log stderr;\n` +
        `events {}\nhttp { access_log off; ${temp} include ${path.join(dir, 'site.conf')}; }\n`,
    );
    const child: ChildProcess = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
      return (await fetch(`${url}/healthz`).catch(() => null))?.status === 200;
    }, 10);
    return {
      url,
      stop: () =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    };
  }

  const connectSources = (response: Response) =>
    /connect-src ([^;]*);/.exec(response.headers.get('content-security-policy') ?? '')?.[1];

  it("lets the browser call the issuer's origin, and passes /auth/ to the gateway", async () => {
    const nginx = await startNginx('oidc', {
      OIDC_ISSUER: 'https://login.example.se:8443/realms/kommun',
    });
    try {
      const page = await fetch(`${nginx.url}/inloggning?code=x&state=y`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Lägesbild</title>');
      expect(connectSources(page)).toBe("'self' https://login.example.se:8443");

      const config = await fetch(`${nginx.url}/auth/config`);
      expect(await config.json()).toEqual({ path: '/auth/config' });
      expect(connectSources(config)).toBe("'self' https://login.example.se:8443");
    } finally {
      await nginx.stop();
    }
  });

  it('allows only its own origin without an issuer', async () => {
    // The image sets OIDC_ISSUER empty, so that envsubst always replaces it.
    const nginx = await startNginx('demo', { OIDC_ISSUER: '' });
    try {
      expect(connectSources(await fetch(`${nginx.url}/`))).toBe("'self' ");
    } finally {
      await nginx.stop();
    }
  });
});
