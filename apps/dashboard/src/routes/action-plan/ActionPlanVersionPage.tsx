import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PrintRegular } from '@fluentui/react-icons';
import { useLocation, useParams } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { AppLink } from '../../ui/AppLink';
import { ErrorState } from '../../ui/ErrorState';
import { PageSpinner } from '../../ui/PageSpinner';
import { ActionPlanDocument } from './ActionPlanDocument';

const ActionPlanVersionQuery = graphql(`
  query ActionPlanVersion($version: Int!) {
    actionPlan(version: $version) {
      version
      title
      period
      publishedAt
      publishedBy {
        id
        name
      }
      focusAreas {
        id
        ...ActionPlanDocument_focusArea
      }
      interventions {
        id
        ...ActionPlanDocument_intervention
      }
      indicatorFigures {
        indicatorKey
        ...ActionPlanDocument_figure
      }
    }
  }
`);

export const useDocumentPageStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    '@media print': { display: 'none' },
  },
  title: { margin: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  message: { marginBottom: tokens.spacingVerticalL },
});

/** One published version of the action plan, as a document to read and print. */
export default function ActionPlanVersionPage() {
  const styles = useDocumentPageStyles();
  const { t, format } = useI18n();
  const version = Number(useParams().version);
  const published = (useLocation().state as { published?: number } | null)?.published;
  const { data, loading, error, refetch } = useQuery(ActionPlanVersionQuery, {
    variables: { version },
    skip: !Number.isInteger(version),
  });
  const plan = data?.actionPlan;
  const missing =
    !Number.isInteger(version) ||
    (CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'NOT_FOUND'));
  const failed = missing ? undefined : errorForField(error, 'actionPlan', plan != null, t.errors);
  const title = plan ? t.actionPlan.versionTitle(plan.version, plan.title) : t.actionPlan.title;
  return (
    <>
      <title>{`${title} – Lägesbild`}</title>
      <div className={styles.toolbar}>
        <AppLink to="/atgardsplan">{t.actionPlan.back}</AppLink>
        {plan && (
          <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
            {t.actionPlan.print}
          </Button>
        )}
      </div>
      {published === version && (
        <MessageBar intent="success" role="status" className={styles.message}>
          <MessageBarBody>{t.actionPlan.published(version)}</MessageBarBody>
        </MessageBar>
      )}
      {plan ? (
        <ActionPlanDocument
          heading={
            <div>
              <Title1 as="h1" block className={styles.title}>
                {title}
              </Title1>
              <Body1 as="p" block className={styles.meta}>
                {t.actionPlan.period} {plan.period}.{' '}
                {t.actionPlan.publishedLine(
                  format.dateTime(plan.publishedAt),
                  plan.publishedBy.name,
                )}
              </Body1>
            </div>
          }
          focusAreas={plan.focusAreas}
          interventions={plan.interventions}
          figures={plan.indicatorFigures}
        />
      ) : loading && !missing ? (
        <PageSpinner label={t.app.loadingPage} />
      ) : (
        <>
          <Title1 as="h1" className={styles.title}>
            {t.actionPlan.title}
          </Title1>
          <ErrorState
            title={failed ? t.app.pageFailed : t.actionPlan.notFound}
            message={failed ?? ''}
            onRetry={failed ? () => void refetch() : undefined}
          />
        </>
      )}
    </>
  );
}
