import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

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
      Intervention: { keyFields: ['id'] },
      Milestone: { keyFields: ['id'] },
      FocusArea: { keyFields: ['id'] },
      // A published version never changes; the items in it are copies as they were then, so an
      // item that keeps its id from one version (or the draft) to the next is not one entry.
      ActionPlan: { keyFields: ['version'] },
      PlannedFocusArea: { keyFields: false },
      PlannedIntervention: { keyFields: false },
      PlanItemChange: { keyFields: false },
      // The key-performance summary is one object, replaced as a whole when fetched again.
      KpiSummary: { keyFields: [] },
      Query: {
        fields: {
          // Pages of the list append under the same filter; another filter is another list.
          interventions: relayStylePagination(['filter']),
          intervention: {
            read: (existing, { args, toReference }) =>
              existing ??
              (typeof args?.id === 'string'
                ? toReference({ __typename: 'Intervention', id: args.id })
                : undefined),
          },
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
