import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { countBarOption } from '../../charts/status-bar-option';
import EChart from '../../charts/EChart';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type {
  FollowUpTable_KpiFragment,
  InterventionStatus,
  KpiPanels_KpiFragment,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName } from '../../indicators/indicator-text';
import { gapsOf } from '../../interventions/FollowUpGaps';
import { useFollowUpGapText } from '../../interventions/FollowUpGapText';
import { countsByStatus, ON_TRACK, STATUSES } from '../../interventions/status';
import { CountLink } from './CountLink';
import { interventionColumn } from './intervention-column';
import { LateInterventions, lateCount } from './LateInterventions';
import { DataTable, type Column } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';

export const KpiPanelsFragment = graphql(`
  fragment KpiPanels_kpi on KpiSummary {
    total
    shareOnTrack
    citizenPromises
    withOverdueMilestones
    ...LateInterventions_kpi
    byStatus {
      status
      count
    }
    byOwner {
      owner {
        code
        name
      }
      total
      byStatus {
        status
        count
      }
    }
    overdueMilestones {
      daysOverdue
      milestone {
        id
        title
        dueDate
      }
      intervention {
        id
        title
        owner {
          code
          name
        }
      }
    }
  }
`);

/** The follow-up indicators, only where their table is shown (they cost the most to answer). */
export const FollowUpTableFragment = graphql(`
  fragment FollowUpTable_kpi on KpiSummary {
    followUps {
      id
      ...FollowUpGaps_followUp
      indicator {
        key
        name
        nameEn
        unit
      }
      progress {
        movement
        effect
        differenceInDifferences
        note
      }
    }
  }
`);

export const KpiPanelsInterventionFragment = graphql(`
  fragment KpiPanels_intervention on Intervention {
    id
    title
    followUps {
      id
    }
  }
`);

type Kpi = KpiPanels_KpiFragment;
type OwnerRow = Kpi['byOwner'][number];
type OverdueRow = Kpi['overdueMilestones'][number];
type FollowUpRow = FollowUpTable_KpiFragment['followUps'][number] & {
  intervention: { id: string; title: string } | null;
};

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXS },
  number: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  sub: {
    display: 'block',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
});

/** The headline figures, each count a link to the interventions it counts. */
export function KpiFigures({ kpi }: { kpi: Kpi }) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const l = t.leadership;
  const counts = countsByStatus(kpi.byStatus);
  const onTrack = counts
    .filter((c) => ON_TRACK.includes(c.status))
    .reduce((n, c) => n + c.count, 0);
  const active = counts.filter((c) => c.status !== 'CANCELLED').reduce((n, c) => n + c.count, 0);
  const figures = [
    {
      label: t.kpi.interventionsTotal,
      value: <CountLink count={kpi.total} filter={{}} what={l.allWhat} />,
    },
    {
      label: t.kpi.shareOnTrack,
      value: (
        <>
          {`${format.integer(Math.round(kpi.shareOnTrack * 100))} %`}
          <Body1 as="span" className={styles.sub}>
            <CountLink
              count={onTrack}
              filter={{ statuses: ON_TRACK }}
              what={l.onTrackWhat}
              text={l.onTrackCount(format.integer(onTrack), format.integer(active))}
            />
          </Body1>
        </>
      ),
    },
    {
      label: l.lateCount,
      value: <CountLink count={lateCount(kpi)} filter={{ late: true }} what={l.lateWhat} />,
    },
    {
      label: l.withOverdue,
      value: (
        <CountLink
          count={kpi.withOverdueMilestones}
          filter={{ overdue: true }}
          what={l.overdueWhat}
        />
      ),
    },
    {
      label: t.kpi.citizenPromises,
      value: (
        <CountLink
          count={kpi.citizenPromises}
          filter={{ citizenPromise: true }}
          what={l.promiseWhat}
        />
      ),
    },
  ];
  return (
    <>
      <dl className={styles.figures}>
        {figures.map((f) => (
          <div key={f.label} className={styles.figure}>
            <dt>
              <Body1>{f.label}</Body1>
            </dt>
            <dd className={styles.number}>{f.value}</dd>
          </div>
        ))}
      </dl>
      <Caption1 className={styles.hint}>
        {t.kpi.shareOnTrackHint} {l.countLinkHint}
      </Caption1>
    </>
  );
}

/** Interventions per status: a bar chart with decal patterns, and the same as a table. */
export function StatusCounts({ kpi }: { kpi: Pick<Kpi, 'byStatus'> }) {
  const { t, format } = useI18n();
  const rows = useMemo(() => countsByStatus(kpi.byStatus), [kpi.byStatus]);
  const option = useMemo(
    () =>
      countBarOption(rows.map((r) => ({ label: t.interventionStatus[r.status], value: r.count }))),
    [rows, t],
  );
  const columns: ReadonlyArray<Column<(typeof rows)[number]>> = [
    { key: 'status', header: t.kpi.status, value: (r) => t.interventionStatus[r.status] },
    {
      key: 'count',
      header: t.kpi.count,
      numeric: true,
      value: (r) => r.count,
      cell: (r) => (
        <CountLink
          count={r.count}
          filter={{ statuses: [r.status] }}
          what={t.leadership.statusWhat(t.interventionStatus[r.status])}
        />
      ),
    },
  ];
  const description = t.kpi.byStatusChart(
    rows.map((r) => `${t.interventionStatus[r.status]} ${format.integer(r.count)}`).join(', '),
  );
  return (
    <>
      <EChart option={option} height={220} description={description} />
      <DataTable
        label={t.kpi.byStatusTable}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.status}
        exportFileName="insatser-per-status"
      />
    </>
  );
}

/** Interventions per owner and status. */
export function OwnerCounts({ kpi }: { kpi: Pick<Kpi, 'byOwner'> }) {
  const { t } = useI18n();
  const count = (row: OwnerRow, status: InterventionStatus) =>
    row.byStatus.find((s) => s.status === status)?.count ?? 0;
  const columns: ReadonlyArray<Column<OwnerRow>> = [
    { key: 'owner', header: t.kpi.owner, value: (r) => r.owner.name },
    ...STATUSES.map((status): Column<OwnerRow> => ({
      key: status,
      header: t.interventionStatus[status],
      numeric: true,
      value: (r) => count(r, status),
      cell: (r) => (
        <CountLink
          count={count(r, status)}
          filter={{ owner: r.owner.code, statuses: [status] }}
          what={t.leadership.ownerStatusWhat(r.owner.name, t.interventionStatus[status])}
        />
      ),
    })),
    {
      key: 'total',
      header: t.kpi.total,
      numeric: true,
      value: (r) => r.total,
      cell: (r) => (
        <CountLink
          count={r.total}
          filter={{ owner: r.owner.code }}
          what={t.leadership.ownerWhat(r.owner.name)}
        />
      ),
    },
  ];
  return (
    <DataTable
      label={t.kpi.byOwnerTable}
      columns={columns}
      rows={kpi.byOwner}
      rowKey={(r) => r.owner.code}
      sortable
      exportFileName="insatser-per-agare"
    />
  );
}

/** Milestones past their due date, oldest first, each linking to its intervention. */
export function OverdueMilestones({ kpi }: { kpi: Pick<Kpi, 'overdueMilestones'> }) {
  const { t, format } = useI18n();
  const columns: ReadonlyArray<Column<OverdueRow>> = [
    { key: 'milestone', header: t.kpi.milestone, value: (r) => r.milestone.title },
    interventionColumn(t.kpi.intervention, (r) => r.intervention),
    { key: 'owner', header: t.kpi.owner, value: (r) => r.intervention.owner.name },
    {
      key: 'due',
      header: t.kpi.dueDate,
      value: (r) => r.milestone.dueDate,
      cell: (r) => format.date(r.milestone.dueDate),
    },
    { key: 'days', header: t.kpi.daysOverdue, numeric: true, value: (r) => r.daysOverdue },
  ];
  return (
    <DataTable
      label={t.kpi.overdueTable}
      columns={columns}
      rows={kpi.overdueMilestones}
      rowKey={(r) => r.milestone.id}
      emptyText={t.kpi.noOverdue}
      exportFileName="forsenade-delmal"
    />
  );
}

/** Each follow-up indicator: moving toward or away from its target, and the effect. */
export function FollowUpTable(props: {
  kpi: FragmentType<typeof FollowUpTableFragment>;
  interventions: ReadonlyArray<FragmentType<typeof KpiPanelsInterventionFragment>>;
}) {
  const { t, format, locale } = useI18n();
  const gapText = useFollowUpGapText();
  const interventions = getFragmentData(KpiPanelsInterventionFragment, props.interventions);
  const { followUps } = getFragmentData(FollowUpTableFragment, props.kpi);
  const rows: FollowUpRow[] = useMemo(() => {
    const byFollowUp = new Map<string, { id: string; title: string }>();
    for (const i of interventions) for (const f of i.followUps) byFollowUp.set(f.id, i);
    return followUps.map((f) => ({ ...f, intervention: byFollowUp.get(f.id) ?? null }));
  }, [interventions, followUps]);
  const columns: ReadonlyArray<Column<FollowUpRow>> = [
    {
      key: 'indicator',
      header: t.kpi.indicator,
      value: (r) => indicatorName(r.indicator, locale),
    },
    interventionColumn(t.kpi.intervention, (r) => r.intervention, t.common.unknown),
    { key: 'movement', header: t.kpi.movement, value: (r) => t.movement[r.progress.movement] },
    {
      key: 'effect',
      header: t.kpi.effect,
      value: (r) => t.effect[r.progress.effect],
      cell: (r) => {
        const gaps = gapsOf(r);
        // Instead of "too little data": what is missing and why.
        return gaps.length === 0 ? t.effect[r.progress.effect] : gaps.map(gapText).join(' ');
      },
    },
    {
      key: 'did',
      header: t.kpi.did,
      numeric: true,
      value: (r) => r.progress.differenceInDifferences,
      cell: (r) =>
        r.progress.differenceInDifferences === null
          ? '–'
          : format.signed(r.progress.differenceInDifferences),
    },
    {
      key: 'note',
      header: t.kpi.note,
      value: (r) => (gapsOf(r).length === 0 ? r.progress.note : ''),
      sortable: false,
    },
  ];
  return (
    <DataTable
      label={t.kpi.followUpsTable}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sortable
      exportFileName="uppfoljningsindikatorer"
    />
  );
}

export interface KpiPanelsProps {
  kpi: FragmentType<typeof KpiPanelsFragment> | null | undefined;
  followUps: FragmentType<typeof FollowUpTableFragment> | null | undefined;
  interventions:
    ReadonlyArray<FragmentType<typeof KpiPanelsInterventionFragment>> | null | undefined;
  loading: boolean;
  error?: string;
  onRetry: () => void;
}

/** The council's KPIs as panels; each panel shows the summary's error on its own. */
export function KpiPanels(props: KpiPanelsProps) {
  const { t } = useI18n();
  const kpi = getFragmentData(KpiPanelsFragment, props.kpi);
  const common = { loading: props.loading && !kpi, error: props.error, onRetry: props.onRetry };
  return (
    <>
      <Panel title={t.kpi.onTrack} {...common}>
        {kpi && <KpiFigures kpi={kpi} />}
      </Panel>
      <Panel
        title={t.leadership.lateTitle}
        description={t.leadership.lateDescription}
        wide
        {...common}
      >
        {kpi && <LateInterventions kpi={kpi} />}
      </Panel>
      <Panel title={t.kpi.byStatus} {...common}>
        {kpi && <StatusCounts kpi={kpi} />}
      </Panel>
      <Panel title={t.kpi.byOwner} wide {...common}>
        {kpi && <OwnerCounts kpi={kpi} />}
      </Panel>
      <Panel title={t.kpi.overdue} wide {...common}>
        {kpi && <OverdueMilestones kpi={kpi} />}
      </Panel>
      <Panel title={t.kpi.followUps} wide {...common}>
        {props.followUps && (
          <FollowUpTable kpi={props.followUps} interventions={props.interventions ?? []} />
        )}
      </Panel>
    </>
  );
}
