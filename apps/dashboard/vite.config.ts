import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

/**
 * The response headers nginx sends in production (docker/nginx/security-headers.conf), read from
 * there so that the two cannot drift apart. The policy lets the dashboard call the OpenID Connect
 * issuer: nginx puts its origin, from `OIDC_ISSUER`, in `$oidc_origin` (dashboard.conf), and so
 * does this server from the same variable in its environment.
 */
function productionHeaders(oidcIssuer: string | undefined): Record<string, string> {
  const conf = readFileSync(
    path.join(import.meta.dirname, '..', '..', 'docker', 'nginx', 'security-headers.conf'),
    'utf8',
  );
  const oidcOrigin = oidcIssuer && URL.canParse(oidcIssuer) ? new URL(oidcIssuer).origin : '';
  const headers: Record<string, string> = {};
  for (const [, name = '', value = ''] of conf.matchAll(/^add_header\s+([\w-]+)\s+"([^"]*)"/gm)) {
    headers[name] = value.replaceAll('$oidc_origin', oidcOrigin);
  }
  return headers;
}

/**
 * Both servers proxy the API so that the browser talks to one origin and the gateway needs no
 * CORS set-up. `GATEWAY_URL` comes from the environment (the launcher sets it) or a .env file.
 * The preview server (the built bundle, which `npm start` serves) sends nginx's headers; the dev
 * server all but the content security policy, since it injects inline scripts.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, '');
  const gatewayUrl = env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
  const proxy = {
    '/graphql': { target: gatewayUrl, changeOrigin: true },
    '/auth': { target: gatewayUrl, changeOrigin: true },
  };
  const headers = productionHeaders(env.OIDC_ISSUER);
  const { 'Content-Security-Policy': _csp, ...devHeaders } = headers;
  return {
    plugins: [react()],
    // The shared period module is TypeScript source in the workspace, compiled with the app.
    resolve: {
      alias: {
        '@lagesbild/period': path.join(
          import.meta.dirname,
          '..',
          '..',
          'packages',
          'period',
          'src',
        ),
      },
    },
    server: { proxy, headers: devHeaders },
    // Pre-bundled at start-up, so that opening a chart or map page the first time does not make
    // the dev server re-optimise and reload the page.
    optimizeDeps: {
      include: [
        'echarts/core',
        'echarts/charts',
        'echarts/components',
        'echarts/renderers',
        'd3-geo',
        '@fluentui/react-icons',
      ],
    },
    preview: { proxy, headers },
    build: {
      // No source maps in what is served: the code's structure and comments stay at home.
      sourcemap: false,
      // React, Fluent UI and Apollo Client make up the initial chunk (under 200 kB gzipped; see
      // scripts/measure-bundle.mjs); each route is a chunk of its own, and ECharts and d3-geo load
      // only with the routes that draw.
      chunkSizeWarningLimit: 700,
    },
  };
});
