/** How people sign in, as the gateway tells the dashboard at start (`GET /auth/config`). */
export type AuthConfig =
  { mode: 'demo' } | { mode: 'oidc'; authority: string; clientId: string; scopes: string };

export async function fetchAuthConfig(signal?: AbortSignal): Promise<AuthConfig> {
  const response = await fetch('/auth/config', { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Inloggningens inställningar svarade ${response.status}.`);
  return (await response.json()) as AuthConfig;
}
