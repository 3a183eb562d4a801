import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { InterventionHistory_InterventionFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { DataTable, type Column } from '../../ui/DataTable';
import { ChangeWords, type ChangeNames } from '../../interventions/change-words';

export const InterventionHistoryFragment = graphql(`
  fragment InterventionHistory_intervention on Intervention {
    id
    milestones {
      id
      title
      dueDate
      doneDate
      isOverdue
    }
    progressReports {
      id
      reportedOn
      status
      text
      nextSteps
      author {
        id
        name
      }
    }
    history {
      id
      at
      action
      actorName
      before
      after
    }
  }
`);

type Intervention = InterventionHistory_InterventionFragment;
type MilestoneRow = Intervention['milestones'][number];
type ReportRow = Intervention['progressReports'][number];

const useStyles = makeStyles({
  history: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    overflowWrap: 'anywhere',
  },
  overdue: {
    color: '#8f4200',
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The intervention's milestones, by due date. */
export function MilestoneTable(props: {
  intervention: FragmentType<typeof InterventionHistoryFragment>;
}) {
  const intervention = getFragmentData(InterventionHistoryFragment, props.intervention);
  const styles = useStyles();
  const { t, format } = useI18n();
  const columns: ReadonlyArray<Column<MilestoneRow>> = [
    { key: 'title', header: t.kpi.milestone, value: (m) => m.title },
    {
      key: 'due',
      header: t.kpi.dueDate,
      value: (m) => m.dueDate,
      cell: (m) => format.date(m.dueDate),
    },
    {
      key: 'done',
      header: t.interventions.done,
      value: (m) =>
        m.doneDate ?? (m.isOverdue ? t.interventions.overdueMark : t.interventions.notDone),
      cell: (m) =>
        m.doneDate ? (
          format.date(m.doneDate)
        ) : m.isOverdue ? (
          <span className={styles.overdue}>{t.interventions.overdueMark}</span>
        ) : (
          t.interventions.notDone
        ),
    },
  ];
  return (
    <DataTable
      label={t.interventions.milestonesTable}
      columns={columns}
      rows={intervention.milestones}
      rowKey={(m) => m.id}
      exportFileName={t.interventions.fileNameDetail(intervention.id, 'delmal')}
    />
  );
}

/** The progress reports, newest first. */
export function ReportTable(props: {
  intervention: FragmentType<typeof InterventionHistoryFragment>;
}) {
  const intervention = getFragmentData(InterventionHistoryFragment, props.intervention);
  const { t, format } = useI18n();
  const columns: ReadonlyArray<Column<ReportRow>> = [
    {
      key: 'date',
      header: t.interventions.reportedOn,
      value: (r) => r.reportedOn,
      cell: (r) => format.date(r.reportedOn),
    },
    { key: 'status', header: t.interventions.status, value: (r) => t.interventionStatus[r.status] },
    { key: 'text', header: t.interventions.text, value: (r) => r.text },
    { key: 'next', header: t.interventions.nextSteps, value: (r) => r.nextSteps },
    { key: 'author', header: t.interventions.author, value: (r) => r.author.name },
  ];
  return (
    <DataTable
      label={t.interventions.reportsTable}
      columns={columns}
      rows={intervention.progressReports}
      rowKey={(r) => r.id}
      exportFileName={t.interventions.fileNameDetail(intervention.id, 'uppfoljningar')}
    />
  );
}

/** Every change, newest first, as a sentence: what changed from what to what, by whom, when. */
export function HistoryList(props: {
  intervention: FragmentType<typeof InterventionHistoryFragment>;
  names: ChangeNames;
}) {
  const intervention = getFragmentData(InterventionHistoryFragment, props.intervention);
  const styles = useStyles();
  const { t, format } = useI18n();
  const words = useMemo(() => new ChangeWords(t, format, props.names), [t, format, props.names]);
  if (intervention.history.length === 0) return <Body1>{t.interventionWork.noHistory}</Body1>;
  return (
    <ol className={styles.history} aria-label={t.interventionWork.historyList}>
      {intervention.history.map((entry) => (
        <li key={entry.id}>{words.sentence(entry)}</li>
      ))}
    </ol>
  );
}
