# The dashboard: built with Vite, served by an unprivileged nginx that also proxies /graphql and /auth/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .swcrc ./
COPY apps ./apps
COPY packages ./packages
# vite.config.ts reads the headers its preview server shares with nginx.
COPY docker/nginx/security-headers.conf ./docker/nginx/security-headers.conf
RUN npm ci --no-audit --no-fund \
 && npm run compile -w @lagesbild/dashboard \
 && npm run build -w @lagesbild/dashboard

FROM nginxinc/nginx-unprivileged:1.27-alpine
# Rendered to /etc/nginx/conf.d/default.conf at start, with the issuer from the environment.
COPY docker/nginx/dashboard.conf /etc/nginx/templates/default.conf.template
# Empty unless compose sets it: envsubst leaves unset variables as they are, which nginx refuses.
ENV OIDC_ISSUER="" NGINX_ENVSUBST_FILTER="^OIDC_"
COPY docker/nginx/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/apps/dashboard/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
