import { makeStyles, tokens } from '@fluentui/react-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { AccessNotice } from '../../interventions/AccessNotice';
import { AppLink } from '../../ui/AppLink';
import { Panel } from '../../ui/Panel';
import { MilestoneForm } from './MilestoneForm';
import { ReportForm } from './ReportForm';
import { StatusForm } from './StatusForm';

export const AssignmentCardFragment = graphql(`
  fragment AssignmentCard_intervention on Intervention {
    id
    title
    version
    status
    overdueMilestones
    endDate
    owner {
      code
      name
    }
    coOwners {
      code
      name
    }
    viewerAccess {
      mayChange
      refusal
    }
    milestones {
      id
      title
      dueDate
      doneDate
      isOverdue
    }
  }
`);

const useStyles = makeStyles({
  forms: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  meta: { color: tokens.colorNeutralForeground2 },
  overdue: {
    color: '#8f4200',
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * One assignment: its state at a glance and the three changes its owner may make — or, for
 * someone who may not change it, why not.
 */
export function AssignmentCard(props: {
  intervention: FragmentType<typeof AssignmentCardFragment>;
  onReload: () => void;
}) {
  const intervention = getFragmentData(AssignmentCardFragment, props.intervention);
  const styles = useStyles();
  const { t, format } = useI18n();
  return (
    <Panel
      title={intervention.title}
      wide
      description={
        <span className={styles.meta}>
          {intervention.owner.name} · {t.interventions.status}:{' '}
          <strong>{t.interventionStatus[intervention.status]}</strong> · {t.interventions.version}{' '}
          {intervention.version} · {format.date(intervention.endDate)}
          {intervention.overdueMilestones > 0 && (
            <>
              {' · '}
              <span className={styles.overdue}>
                {t.assignments.overdueCount(intervention.overdueMilestones)}
              </span>
            </>
          )}
        </span>
      }
      actions={
        <AppLink to={`/insatser/${encodeURIComponent(intervention.id)}`}>
          {t.assignments.open}
        </AppLink>
      }
    >
      {intervention.viewerAccess.mayChange ? (
        <div className={styles.forms}>
          <StatusForm intervention={intervention} onReload={props.onReload} />
          <ReportForm intervention={intervention} onReload={props.onReload} />
          <MilestoneForm intervention={intervention} onReload={props.onReload} />
        </div>
      ) : (
        <AccessNotice
          refusal={intervention.viewerAccess.refusal ?? null}
          ownerName={intervention.owner.name}
          coOwnerNames={intervention.coOwners.map((o) => o.name)}
        />
      )}
    </Panel>
  );
}
