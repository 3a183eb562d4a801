import { InMemoryCache } from '@apollo/client';

/**
 * Entities are normalised by their natural keys, so that a district or organisation fetched by
 * one view is the same cache entry in every other view.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // There is one council per installation.
      Council: { keyFields: [] },
      District: { keyFields: ['code'] },
      Organisation: { keyFields: ['code'] },
      Person: { keyFields: ['id'] },
      Indicator: { keyFields: ['key'] },
      DataImport: { keyFields: ['id'] },
      Query: {
        fields: {
          // A single district, indicator or organisation already in the cache is read from it.
          district: {
            read: (existing, { args, toReference }) =>
              existing ??
              (typeof args?.code === 'string'
                ? toReference({ __typename: 'District', code: args.code })
                : undefined),
          },
          indicator: {
            read: (existing, { args, toReference }) =>
              existing ??
              (typeof args?.key === 'string'
                ? toReference({ __typename: 'Indicator', key: args.key })
                : undefined),
          },
          organisation: {
            read: (existing, { args, toReference }) =>
              existing ??
              (typeof args?.code === 'string'
                ? toReference({ __typename: 'Organisation', code: args.code })
                : undefined),
          },
        },
      },
    },
  });
}
