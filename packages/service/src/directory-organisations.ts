import { dataOf, postGraphQL } from './graphql-client';

/**
 * Fetches the council's organisation codes from the directory subgraph, as the caller
 * (the directory verifies their token itself). For services other than the directory.
 */
export function directoryOrganisationCodes(directoryUrl: string) {
  return async (token: string): Promise<Set<string>> => {
    const response = await postGraphQL<{ organisations: { code: string }[] }>(
      directoryUrl,
      '{ organisations { code } }',
      { token, timeoutMs: 5_000 },
    );
    const { organisations } = dataOf(response, 'The directory did not list the organisations');
    return new Set(organisations.map((o) => o.code));
  };
}
