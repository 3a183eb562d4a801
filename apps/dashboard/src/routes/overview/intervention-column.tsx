import type { Column } from '../../ui/DataTable';
import { AppLink } from '../../ui/AppLink';

/** A table column naming an intervention, linked to its page (or `none` when there is none). */
export function interventionColumn<Row>(
  header: string,
  of: (row: Row) => { id: string; title: string } | null,
  none = '–',
): Column<Row> {
  return {
    key: 'intervention',
    header,
    value: (r) => of(r)?.title ?? null,
    cell: (r) => {
      const intervention = of(r);
      return intervention ? (
        <AppLink to={`/insatser/${encodeURIComponent(intervention.id)}`}>
          {intervention.title}
        </AppLink>
      ) : (
        none
      );
    },
  };
}
