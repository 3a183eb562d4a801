/**
 * Fetches the council's organisation codes from the directory subgraph, as the caller
 * (the directory verifies their token itself). For services other than the directory.
 */
export function directoryOrganisationCodes(directoryUrl: string) {
  return async (token: string): Promise<Set<string>> => {
    const response = await fetch(directoryUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ organisations { code } }' }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: { organisations: { code: string }[] } };
    if (!body.data) throw new Error(`The directory answered ${response.status}.`);
    return new Set(body.data.organisations.map((o) => o.code));
  };
}
