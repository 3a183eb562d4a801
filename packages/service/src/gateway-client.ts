import { z } from 'zod';
import { parseConfig } from '@lagesbild/config';
import { dataOf, postGraphQL } from './graphql-client';

/**
 * For the command-line tools: GraphQL through the running product's gateway, signed in as
 * LAGESBILD_TOKEN (production) or, in demo mode, as the demo user named.
 */
export function gatewayClient(env: NodeJS.ProcessEnv, demoUser: string) {
  const config = parseConfig(
    z.object({
      GATEWAY_URL: z.url().default('http://localhost:4000'),
      LAGESBILD_TOKEN: z.string().min(1).optional(),
    }),
    env,
  );
  const token = async (): Promise<string> => {
    if (config.LAGESBILD_TOKEN) return config.LAGESBILD_TOKEN;
    const response = await fetch(new URL('/auth/dev-token', config.GATEWAY_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: demoUser }),
    });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!body.token) {
      throw new Error(
        `No demo token for "${demoUser}": ${body.error ?? response.statusText}. Set LAGESBILD_TOKEN.`,
      );
    }
    return body.token;
  };
  return async function request<Data>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Data> {
    const response = await postGraphQL<Data>(new URL('/graphql', config.GATEWAY_URL), query, {
      token: await token(),
      variables,
    });
    return dataOf(response, 'The gateway refused');
  };
}
