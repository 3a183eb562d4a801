/** Known organisation codes are fetched at most this often, and again for an unknown code. */
const REFRESH_MILLISECONDS = 60_000;

/**
 * Answers whether an organisation code is known, from a list fetched now and then
 * (e.g. from the directory subgraph). An unknown code causes one refetch, so a new
 * organisation is known within a request, and stale lists never refuse a known one for long.
 */
export function organisationRegistry(
  fetchCodes: (token: string) => Promise<Set<string>>,
): (code: string, token: string) => Promise<boolean> {
  let codes: Set<string> | null = null;
  let fetchedAt = 0;
  return async (code, token) => {
    const fresh = Date.now() - fetchedAt < REFRESH_MILLISECONDS;
    if (codes?.has(code) && fresh) return true;
    if (codes && !codes.has(code) && Date.now() - fetchedAt < 1_000) return false;
    try {
      codes = await fetchCodes(token);
      fetchedAt = Date.now();
    } catch {
      return false;
    }
    return codes.has(code);
  };
}
