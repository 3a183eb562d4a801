import { z } from 'zod';

/** Who may read a service's Prometheus metrics. */
export const metricsAccessFields = {
  /** The bearer token Prometheus must send for `GET /metrics`; unset in production: no metrics. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
};

type MetricsAccessEnv = z.infer<z.ZodObject<typeof metricsAccessFields>>;

export function metricsAccess(env: MetricsAccessEnv, production: boolean) {
  return { token: env.METRICS_TOKEN, openWithoutToken: !production };
}
