import { useQuery } from '@apollo/client/react';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { errorForField } from '../../apollo/errors';
import { isLeadership } from '../../app/access';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { AppLink } from '../../ui/AppLink';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { ComparePicker } from './ComparePicker';

const ActionPlansQuery = graphql(`
  query ActionPlans {
    me {
      id
      accessRoles
    }
    actionPlans {
      version
      title
      period
      publishedAt
      publishedBy {
        id
        name
      }
    }
  }
`);

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    listStyle: 'none',
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  publish: { fontWeight: tokens.fontWeightSemibold },
});

/** The published action plans, newest first; the way to compare two, and for leadership, to publish. */
export default function ActionPlanPage() {
  const styles = useStyles();
  const { t, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(ActionPlansQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const plans = data?.actionPlans ?? [];
  const failed = errorForField(error, 'actionPlans', data?.actionPlans != null, t.errors);
  const leadership = data?.me ? isLeadership(data.me.accessRoles) : false;
  const state = { loading: loading && !data, error: failed, onRetry: () => void refetch() };
  return (
    <PageLayout
      title={t.actionPlan.title}
      description={t.actionPlan.description}
      notice={
        leadership ? (
          <AppLink to="/atgardsplan/publicera" className={styles.publish}>
            {t.actionPlan.publishTitle}
          </AppLink>
        ) : undefined
      }
    >
      <Panel title={t.actionPlan.versions} {...state}>
        {plans.length === 0 ? (
          <Body1>{t.actionPlan.none}</Body1>
        ) : (
          <ol className={styles.list} aria-label={t.actionPlan.versionsTable}>
            {plans.map((plan) => (
              <li key={plan.version} className={styles.item}>
                <AppLink to={`/atgardsplan/${plan.version}`}>
                  {t.actionPlan.versionTitle(plan.version, plan.title)}
                </AppLink>
                <span className={styles.meta}>
                  {t.actionPlan.period} {plan.period} ·{' '}
                  {t.actionPlan.publishedLine(
                    format.dateTime(plan.publishedAt),
                    plan.publishedBy.name,
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Panel>
      <Panel title={t.actionPlan.compare} {...state}>
        <ComparePicker versions={plans.map((p) => p.version)} />
      </Panel>
    </PageLayout>
  );
}
