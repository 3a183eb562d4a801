import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { InterventionTable_InterventionFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { AppLink } from '../../ui/AppLink';
import { DataTable, type Column } from '../../ui/DataTable';

export const InterventionTableFragment = graphql(`
  fragment InterventionTable_intervention on Intervention {
    id
    title
    status
    startDate
    endDate
    overdueMilestones
    owner {
      code
      name
    }
    districts {
      code
      name
    }
  }
`);

type Row = InterventionTable_InterventionFragment;

/** Interventions with status, owner, period, districts and delays; the title links to each. */
export function InterventionTable(props: {
  interventions: ReadonlyArray<FragmentType<typeof InterventionTableFragment>>;
  label: string;
  exportFileName: string;
  emptyText?: string;
}) {
  const rows = getFragmentData(InterventionTableFragment, props.interventions);
  const { t, format } = useI18n();
  const columns: ReadonlyArray<Column<Row>> = [
    {
      key: 'title',
      header: t.interventions.titleColumn,
      value: (r) => r.title,
      cell: (r) => <AppLink to={`/insatser/${encodeURIComponent(r.id)}`}>{r.title}</AppLink>,
    },
    { key: 'status', header: t.interventions.status, value: (r) => t.interventionStatus[r.status] },
    { key: 'owner', header: t.interventions.owner, value: (r) => r.owner.name },
    {
      key: 'period',
      header: t.interventions.period,
      value: (r) => r.startDate,
      csv: (r) => `${r.startDate}–${r.endDate}`,
      cell: (r) => `${format.date(r.startDate)} – ${format.date(r.endDate)}`,
    },
    {
      key: 'districts',
      header: t.interventions.districts,
      value: (r) =>
        r.districts.length === 0
          ? t.interventions.wholeMunicipality
          : r.districts.map((d) => d.name).join(', '),
    },
    {
      key: 'overdue',
      header: t.interventions.overdueColumn,
      numeric: true,
      value: (r) => r.overdueMilestones,
    },
  ];
  return (
    <DataTable
      label={props.label}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sortable
      emptyText={props.emptyText}
      exportFileName={props.exportFileName}
    />
  );
}
