/** The gateway's demo sign-in (served only when no OpenID Connect issuer is configured). */
export interface DemoUser {
  username: string;
  name: string;
  title: string;
  /** Organisation code, e.g. "GSN"; null for users outside the member organisations. */
  organisation: string | null;
  roles: string[];
}

export async function fetchDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  const response = await fetch('/auth/demo-users', {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`Demoinloggningen svarade ${response.status}.`);
  return (await response.json()) as DemoUser[];
}

/** Exchanges a demo username for a signed bearer token. */
export async function requestDemoToken(username: string): Promise<string> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ user: username }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || typeof body.token !== 'string') {
    throw new Error(body.error ?? `Inloggningen svarade ${response.status}.`);
  }
  return body.token;
}
