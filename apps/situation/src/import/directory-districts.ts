import { dataOf, postGraphQL } from '@lagesbild/service';

/** The district codes the directory knows: what an import's rows are checked against. */
export type DistrictCodes = () => Promise<ReadonlySet<string>>;

/**
 * Reads the directory's districts over GraphQL, as the caller (their token is passed on and the
 * directory verifies it), never from its tables: the directory owns which districts exist.
 */
export function directoryDistricts(directoryUrl: string, authorization: string): DistrictCodes {
  return async () => {
    const answer = await postGraphQL<{ districts: { code: string }[] | null }>(
      directoryUrl,
      '{ districts { code } }',
      { authorization, timeoutMs: 10_000 },
    );
    const { districts } = dataOf(answer, 'The directory did not list its districts');
    if (!districts) throw new Error('The directory did not list its districts');
    return new Set(districts.map((d) => d.code));
  };
}
