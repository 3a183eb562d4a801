import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { InterventionStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName } from '../../indicators/indicator-text';
import { STATUSES } from '../../interventions/status';

export const PlannedFocusAreaFragment = graphql(`
  fragment ActionPlanDocument_focusArea on PlannedFocusArea {
    id
    title
    problem
    causeAnalysis
    priorityRank
    districts {
      code
      name
    }
    indicators {
      key
      name
      nameEn
    }
  }
`);

export const PlannedInterventionFragment = graphql(`
  fragment ActionPlanDocument_intervention on PlannedIntervention {
    id
    title
    description
    goal
    focusAreaId
    startDate
    endDate
    status
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
    followUps {
      indicatorKey
      baseline
      target
      indicator {
        key
        name
        nameEn
      }
    }
  }
`);

export const CitedFigureFragment = graphql(`
  fragment ActionPlanDocument_figure on CitedFigure {
    indicatorKey
    name
    unit
    period
    value
  }
`);

const useStyles = makeStyles({
  document: {
    display: 'grid',
    gap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    maxWidth: '60rem',
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
    '@media print': { padding: 0, boxShadow: 'none', maxWidth: 'none' },
  },
  section: { display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  intervention: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalL,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    minWidth: 0,
    breakInside: 'avoid',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(min(100%, 9rem), max-content) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'start',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: 'anywhere',
      verticalAlign: 'top',
    },
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** A list of term and value pairs, one column on a narrow screen. */
export function Facts({ facts }: { facts: Array<[string, ReactNode]> }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** A status code as a reader's word, or the code if it is one the dashboard does not know. */
export function statusWord(status: string, words: Record<InterventionStatus, string>): string {
  return (STATUSES as ReadonlyArray<string>).includes(status)
    ? words[status as InterventionStatus]
    : status;
}

function Intervention(props: { intervention: FragmentType<typeof PlannedInterventionFragment> }) {
  const intervention = getFragmentData(PlannedInterventionFragment, props.intervention);
  const styles = useStyles();
  const { t, format, locale } = useI18n();
  const a = t.actionPlan;
  const facts: Array<[string, ReactNode]> = [
    [a.owner, intervention.owner.name],
    ...(intervention.coOwners.length > 0
      ? [[a.coOwners, intervention.coOwners.map((o) => o.name).join(', ')] as [string, ReactNode]]
      : []),
    [a.goal, intervention.goal],
    [
      a.districts,
      intervention.districts.length === 0
        ? t.focusAreas.noDistricts
        : intervention.districts.map((d) => d.name).join(', '),
    ],
    [a.timeFrame, `${format.date(intervention.startDate)} – ${format.date(intervention.endDate)}`],
    [a.status, statusWord(intervention.status, t.interventionStatus)],
    ...(intervention.citizenPromise
      ? [[t.interventions.citizenPromise, intervention.citizenPromise] as [string, ReactNode]]
      : []),
  ];
  return (
    <article className={styles.intervention} aria-label={intervention.title}>
      <Subtitle2 as="h3" className={styles.heading}>
        {intervention.title}
      </Subtitle2>
      {intervention.description && <Body1>{intervention.description}</Body1>}
      <Facts facts={facts} />
      {intervention.followUps.length === 0 ? (
        <Body1>{a.noFollowUps}</Body1>
      ) : (
        <table className={styles.table}>
          <caption className={styles.term} style={{ textAlign: 'start' }}>
            {a.followUps}
          </caption>
          <thead>
            <tr>
              <th scope="col">{a.indicator}</th>
              <th scope="col" className={styles.number}>
                {a.baseline}
              </th>
              <th scope="col" className={styles.number}>
                {a.target}
              </th>
            </tr>
          </thead>
          <tbody>
            {intervention.followUps.map((f) => (
              <tr key={f.indicatorKey}>
                <td>{indicatorName(f.indicator, locale)}</td>
                <td className={styles.number}>
                  {f.baseline === null ? '–' : format.decimal(f.baseline, 1)}
                </td>
                <td className={styles.number}>{format.decimal(f.target, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/**
 * An action plan as a document to read and print: the focus areas in priority order, each with
 * its interventions (owner, goal, follow-up indicators), then the figures the plan cites.
 */
export function ActionPlanDocument(props: {
  heading: ReactNode;
  focusAreas: ReadonlyArray<FragmentType<typeof PlannedFocusAreaFragment>>;
  interventions: ReadonlyArray<FragmentType<typeof PlannedInterventionFragment>>;
  figures: ReadonlyArray<FragmentType<typeof CitedFigureFragment>>;
}) {
  const styles = useStyles();
  const { t, format, locale } = useI18n();
  const a = t.actionPlan;
  const focusAreas = [...getFragmentData(PlannedFocusAreaFragment, props.focusAreas)].sort(
    (x, y) => x.priorityRank - y.priorityRank,
  );
  const figures = getFragmentData(CitedFigureFragment, props.figures);
  const interventions = props.interventions.map((ref) => ({
    ref,
    focusAreaId: getFragmentData(PlannedInterventionFragment, ref).focusAreaId,
    id: getFragmentData(PlannedInterventionFragment, ref).id,
  }));
  const known = new Set(focusAreas.map((f) => f.id));
  const outside = interventions.filter((i) => !i.focusAreaId || !known.has(i.focusAreaId));
  return (
    <div className={styles.document}>
      {props.heading}
      {focusAreas.map((f) => (
        <section key={f.id} className={styles.section} aria-label={f.title}>
          <Subtitle1 as="h2" className={styles.heading}>
            {f.priorityRank}. {f.title}
          </Subtitle1>
          <Facts
            facts={[
              [t.focusAreas.problem, f.problem],
              [t.focusAreas.causeAnalysis, f.causeAnalysis || t.common.unknown],
              [
                t.focusAreas.districts,
                f.districts.length === 0
                  ? t.focusAreas.noDistricts
                  : f.districts.map((d) => d.name).join(', '),
              ],
              [
                t.focusAreas.indicators,
                f.indicators.length === 0
                  ? t.focusAreas.noIndicators
                  : f.indicators.map((i) => indicatorName(i, locale)).join(', '),
              ],
            ]}
          />
          {interventions
            .filter((i) => i.focusAreaId === f.id)
            .map((i) => (
              <Intervention key={i.id} intervention={i.ref} />
            ))}
        </section>
      ))}
      {outside.length > 0 && (
        <section className={styles.section} aria-label={a.otherInterventions}>
          <Subtitle1 as="h2" className={styles.heading}>
            {a.otherInterventions}
          </Subtitle1>
          {outside.map((i) => (
            <Intervention key={i.id} intervention={i.ref} />
          ))}
        </section>
      )}
      {figures.length > 0 && (
        <section className={styles.section} aria-label={a.figures}>
          <Subtitle1 as="h2" className={styles.heading}>
            {a.figures}
          </Subtitle1>
          <table className={styles.table}>
            <caption className={styles.term} style={{ textAlign: 'start' }}>
              {a.figuresTable}
            </caption>
            <thead>
              <tr>
                <th scope="col">{a.indicator}</th>
                <th scope="col">{a.figurePeriod}</th>
                <th scope="col" className={styles.number}>
                  {a.value}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.indicatorKey}>
                  <td>{f.name}</td>
                  <td>{f.period ? format.period(f.period) : '–'}</td>
                  <td className={styles.number}>
                    {f.value === null ? a.noValue : `${format.decimal(f.value, 1)} ${f.unit}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
