import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { LateInterventions_KpiFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { DataTable, type Column } from '../../ui/DataTable';
import { interventionColumn } from './intervention-column';

export const LateInterventionsFragment = graphql(`
  fragment LateInterventions_kpi on KpiSummary {
    lateInterventions {
      daysLate
      lateSince
      measuredFrom
      oldestOverdueMilestone {
        id
        title
        dueDate
      }
      intervention {
        id
        title
        status
        lastReportedOn
        owner {
          code
          name
        }
        responsible {
          id
          name
        }
      }
    }
  }
`);

type Row = LateInterventions_KpiFragment['lateInterventions'][number];

/** How many interventions are late (for the count that links to them). */
export function lateCount(kpi: FragmentType<typeof LateInterventionsFragment>): number {
  return getFragmentData(LateInterventionsFragment, kpi).lateInterventions.length;
}

/**
 * The late interventions, most days late first: owner, the person responsible, days late and what
 * they count from, and the last report; each links to its intervention.
 */
export function LateInterventions(props: { kpi: FragmentType<typeof LateInterventionsFragment> }) {
  const { t, format } = useI18n();
  const l = t.leadership;
  const rows = getFragmentData(LateInterventionsFragment, props.kpi).lateInterventions;
  const measuredFrom = (r: Row) =>
    r.measuredFrom === 'OVERDUE_MILESTONE' && r.oldestOverdueMilestone
      ? l.fromMilestone(r.oldestOverdueMilestone.title, format.date(r.lateSince))
      : l.fromStatus(t.interventionStatus[r.intervention.status], format.date(r.lateSince));
  const columns: ReadonlyArray<Column<Row>> = [
    interventionColumn(t.kpi.intervention, (r) => r.intervention),
    { key: 'owner', header: t.kpi.owner, value: (r) => r.intervention.owner.name },
    {
      key: 'responsible',
      header: l.responsible,
      value: (r) => r.intervention.responsible?.name ?? l.noResponsible,
    },
    { key: 'daysLate', header: l.daysLate, numeric: true, value: (r) => r.daysLate },
    { key: 'from', header: l.measuredFrom, value: (r) => measuredFrom(r), sortable: false },
    {
      key: 'lastReport',
      header: l.lastReport,
      value: (r) => r.intervention.lastReportedOn,
      csv: (r) => r.intervention.lastReportedOn ?? '',
      cell: (r) =>
        r.intervention.lastReportedOn
          ? format.date(r.intervention.lastReportedOn)
          : l.neverReported,
    },
  ];
  return (
    <DataTable
      label={l.lateTable}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.intervention.id}
      sortable
      emptyText={l.noLate}
      exportFileName="sena-insatser"
    />
  );
}
