import { useQuery } from '@apollo/client/react';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { getFragmentData, graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { AccessNotice } from '../../interventions/AccessNotice';
import { namesBy, type ChangeNames } from '../../interventions/change-words';
import { indicatorName } from '../../indicators/indicator-text';
import { AppLink } from '../../ui/AppLink';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { FollowUpView } from './FollowUpView';
import { AddMilestoneForm } from './edit/AddMilestoneForm';
import { InterventionEditForm } from './edit/InterventionEditForm';
import { InterventionFormOptionsFragment } from './edit/InterventionFields';
import { ReassignForm } from './edit/ReassignForm';
import { HistoryList, MilestoneTable, ReportTable } from './InterventionHistory';

const InterventionDetailQuery = graphql(`
  query InterventionDetail($id: ID!) {
    ...InterventionFormOptions_query
    intervention(id: $id) {
      id
      title
      description
      problem
      cause
      goal
      version
      status
      startDate
      endDate
      citizenPromise
      owner {
        code
        name
      }
      coOwners {
        code
        name
      }
      districts {
        code
        name
      }
      focusArea {
        id
        title
      }
      viewerAccess {
        mayChange
        mayReassign
        refusal
      }
      followUps {
        id
        indicatorKey
        baseline
        target
        ...FollowUpView_followUp
      }
      ...InterventionHistory_intervention
    }
  }
`);

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

/** One intervention: what and why, who, where, milestones, reports, history and effect. */
export default function InterventionDetailPage() {
  const styles = useStyles();
  const { id = '' } = useParams();
  const { t, format, locale } = useI18n();
  const { data, loading, error, refetch } = useQuery(InterventionDetailQuery, {
    variables: { id },
  });
  const retry = () => void refetch();
  const intervention = data?.intervention;
  const failed = errorForField(error, 'intervention', intervention != null, t.errors);
  const panelState = { loading: loading && !intervention, error: failed, onRetry: retry };
  const notFound = !loading && !error && !intervention;
  const options = getFragmentData(InterventionFormOptionsFragment, data);
  const names = useMemo<ChangeNames>(
    () => ({
      organisations: namesBy(
        options?.organisations,
        (o) => o.code,
        (o) => o.name,
      ),
      districts: namesBy(
        options?.districts,
        (d) => d.code,
        (d) => d.name,
      ),
      focusAreas: namesBy(
        options?.focusAreas,
        (f) => f.id,
        (f) => f.title,
      ),
      indicators: namesBy(
        options?.indicators,
        (i) => i.key,
        (i) => indicatorName(i, locale),
      ),
    }),
    [options, locale],
  );
  const access = intervention?.viewerAccess;

  const facts: Array<[string, ReactNode]> = intervention
    ? [
        [t.interventions.status, t.interventionStatus[intervention.status]],
        [
          t.interventions.period,
          `${format.date(intervention.startDate)} – ${format.date(intervention.endDate)}`,
        ],
        [t.interventions.owner, intervention.owner.name],
        [t.interventions.coOwners, intervention.coOwners.map((o) => o.name).join(', ') || '–'],
        [
          t.interventions.districts,
          intervention.districts.length === 0
            ? t.interventions.wholeMunicipality
            : intervention.districts.map((d, i) => (
                <Fragment key={d.code}>
                  {i > 0 && ', '}
                  <AppLink to={`/omrade/${encodeURIComponent(d.code)}`}>{d.name}</AppLink>
                </Fragment>
              )),
        ],
        [t.interventions.focusArea, intervention.focusArea?.title ?? '–'],
        [t.interventions.citizenPromise, intervention.citizenPromise ?? t.common.no],
        [t.interventions.problem, intervention.problem],
        [t.interventions.cause, intervention.cause],
        [t.interventions.goal, intervention.goal],
        [t.interventions.version, String(intervention.version)],
      ]
    : [];

  return (
    <PageLayout
      title={intervention?.title ?? (notFound ? t.interventions.notFound : t.interventions.title)}
      description={intervention?.description}
      notice={<DemoDataNotice />}
    >
      <Panel title={t.interventions.about} wide {...panelState}>
        {notFound ? (
          <Body1>
            {t.interventions.notFound} <AppLink to="/insatser">{t.interventions.title}</AppLink>
          </Body1>
        ) : (
          <>
            {intervention && (
              <AccessNotice
                refusal={intervention.viewerAccess.refusal ?? null}
                ownerName={intervention.owner.name}
                coOwnerNames={intervention.coOwners.map((o) => o.name)}
              />
            )}
            <dl className={styles.facts}>
              {facts.map(([term, value]) => (
                <Fragment key={term}>
                  <dt className={styles.term}>{term}</dt>
                  <dd className={styles.value}>{value}</dd>
                </Fragment>
              ))}
            </dl>
          </>
        )}
      </Panel>
      {!notFound && (
        <>
          <Panel
            title={t.interventions.followUp}
            description={t.interventions.followUpDescription}
            wide
            {...panelState}
          >
            {intervention && (
              <FollowUpView followUps={intervention.followUps} interventionId={intervention.id} />
            )}
          </Panel>
          {intervention && data && access?.mayChange && (
            <Panel
              title={t.interventionWork.edit}
              description={t.interventionWork.editDescription}
              wide
            >
              <InterventionEditForm
                intervention={intervention}
                options={data}
                names={names}
                onReload={retry}
              />
            </Panel>
          )}
          {intervention && access?.mayReassign && (
            <Panel
              title={t.interventionWork.reassign}
              description={t.interventionWork.reassignDescription}
            >
              <ReassignForm
                intervention={intervention}
                organisations={options?.organisations ?? []}
                names={names}
                onReload={retry}
              />
            </Panel>
          )}
          <Panel title={t.interventions.milestones} {...panelState}>
            {intervention && <MilestoneTable intervention={intervention} />}
            {intervention && access?.mayChange && (
              <AddMilestoneForm intervention={intervention} onReload={retry} />
            )}
          </Panel>
          <Panel title={t.interventions.reports} {...panelState}>
            {intervention && <ReportTable intervention={intervention} />}
          </Panel>
          <Panel title={t.interventions.history} wide {...panelState}>
            {intervention && <HistoryList intervention={intervention} names={names} />}
          </Panel>
        </>
      )}
    </PageLayout>
  );
}
