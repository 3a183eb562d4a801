/** A token for a demo user from the gateway's demo issuer (any URL on the gateway will do). */
export async function demoToken(gatewayUrl: string, user: string): Promise<string> {
  const response = await fetch(new URL('/auth/dev-token', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!body.token) throw new Error(`No demo token for ${user}: ${body.error ?? response.status}`);
  return body.token;
}
