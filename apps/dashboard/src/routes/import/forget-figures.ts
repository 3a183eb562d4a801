import type { ApolloClient } from '@apollo/client';

/** The root fields whose answers an import or its undo may change. */
const FIGURE_FIELDS = ['situationPicture', 'series', 'indicators', 'indicator', 'district'];

/** Drops every cached figure, so that pages fetch them anew after an import or an undo. */
export function forgetFigures(client: ApolloClient): void {
  for (const fieldName of FIGURE_FIELDS) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
  client.cache.gc();
}
