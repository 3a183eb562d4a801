import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

/**
 * The dev server proxies the API so that the browser talks to one origin and the gateway needs
 * no CORS set-up. `GATEWAY_URL` comes from the environment (the launcher sets it) or a .env file.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, '');
  const gatewayUrl = env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
  const proxy = {
    '/graphql': { target: gatewayUrl, changeOrigin: true },
    '/auth': { target: gatewayUrl, changeOrigin: true },
  };
  // The dev server's share of the headers nginx sends in production (docker/nginx); its
  // content security policy is nginx's alone, since the dev server injects inline scripts.
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  return {
    plugins: [react()],
    server: { proxy, headers },
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
      sourcemap: true,
      // React, Fluent UI and Apollo Client make up the initial chunk (under 200 kB gzipped; see
      // scripts/measure-bundle.mjs); each route is a chunk of its own, and ECharts and d3-geo load
      // only with the routes that draw.
      chunkSizeWarningLimit: 700,
    },
  };
});
