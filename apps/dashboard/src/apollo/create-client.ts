import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { createCache } from './cache';
import { isUnauthenticated } from './errors';

export interface ClientAuth {
  /** The bearer token to send, read for every request. */
  getToken(): string | null;
  /** Called when the API rejects the token (expired, revoked or missing). */
  onUnauthenticated(): void;
}

/** The dashboard's one Apollo Client; it reaches the gateway on its own origin, through a proxy. */
export function createApolloClient(auth: ClientAuth): ApolloClient {
  const authLink = new SetContextLink((context) => {
    const token = auth.getToken();
    return token ? { headers: { ...context.headers, authorization: `Bearer ${token}` } } : {};
  });
  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) auth.onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
    defaultOptions: {
      // Keep what did arrive when part of a query fails, so that only the affected panel says so.
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
    },
  });
}
