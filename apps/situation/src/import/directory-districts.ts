/** The district codes the directory knows: what an import's rows are checked against. */
export type DistrictCodes = () => Promise<ReadonlySet<string>>;

/**
 * Reads the directory's districts over GraphQL, as the caller (their token is passed on and the
 * directory verifies it), never from its tables: the directory owns which districts exist.
 */
export function directoryDistricts(directoryUrl: string, authorization: string): DistrictCodes {
  return async () => {
    const response = await fetch(directoryUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ districts { code } }' }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as {
      data?: { districts: { code: string }[] | null };
      errors?: { message: string }[];
    };
    if (!body.data?.districts) {
      throw new Error(
        `The directory did not list its districts: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`,
      );
    }
    return new Set(body.data.districts.map((d) => d.code));
  };
}
