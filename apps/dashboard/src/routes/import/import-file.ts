import type { ObservationFileFormat } from '../../gql/graphql';

/** The gateway accepts request bodies up to 1 MB; the file travels inside a JSON body. */
export const MAX_FILE_BYTES = 1_000_000;

/** Kolada answers are JSON; everything else is read as CSV. */
export function formatOf(file: { name: string; type: string }): ObservationFileFormat {
  return /\.json$/i.test(file.name) || file.type === 'application/json' ? 'KOLADA_JSON' : 'CSV';
}
