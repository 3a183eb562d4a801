import '@apollo/client';

// Declares the client's default error policy (see create-client.ts) so that hook result types
// allow partial data alongside errors.
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
