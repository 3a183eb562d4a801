import { Body1, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName } from '../../indicators/indicator-text';
import { AppLink } from '../../ui/AppLink';

export const FocusAreaCardFragment = graphql(`
  fragment FocusAreaCard_focusArea on FocusArea {
    id
    title
    problem
    causeAnalysis
    priorityRank
    periodStart
    periodEnd
    districts {
      code
      name
    }
    indicators {
      key
      name
      nameEn
    }
    interventions {
      id
      title
      status
      owner {
        code
        name
      }
    }
  }
`);

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  rank: { color: tokens.colorNeutralForeground2 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(min(100%, 9rem), max-content) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: `${tokens.spacingVerticalM} 0 0`,
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** One focus area as everyone reads it: what, why, when, where, measured how, and what is done. */
export function FocusAreaCard(props: {
  focusArea: FragmentType<typeof FocusAreaCardFragment>;
  /** The heading's id, for the list item to be named by it. */
  headingId: string;
}) {
  const focusArea = getFragmentData(FocusAreaCardFragment, props.focusArea);
  const styles = useStyles();
  const { t, format, locale } = useI18n();
  const facts: Array<[string, ReactNode]> = [
    [t.focusAreas.problem, focusArea.problem],
    [t.focusAreas.causeAnalysis, focusArea.causeAnalysis || t.common.unknown],
    [
      t.focusAreas.period,
      `${format.date(focusArea.periodStart)} – ${format.date(focusArea.periodEnd)}`,
    ],
    [
      t.focusAreas.districts,
      focusArea.districts.length === 0
        ? t.focusAreas.noDistricts
        : focusArea.districts.map((d) => d.name).join(', '),
    ],
    [
      t.focusAreas.indicators,
      focusArea.indicators.length === 0
        ? t.focusAreas.noIndicators
        : focusArea.indicators.map((i) => indicatorName(i, locale)).join(', '),
    ],
    [
      t.focusAreas.interventions,
      focusArea.interventions.length === 0 ? (
        t.focusAreas.noInterventions
      ) : (
        <ul className={styles.list}>
          {focusArea.interventions.map((i) => (
            <li key={i.id}>
              <AppLink to={`/insatser/${encodeURIComponent(i.id)}`}>{i.title}</AppLink>{' '}
              <Caption1>
                ({i.owner.name}, {t.interventionStatus[i.status]})
              </Caption1>
            </li>
          ))}
        </ul>
      ),
    ],
  ];
  return (
    <>
      <div className={styles.header}>
        <Subtitle1 as="h2" id={props.headingId} className={styles.heading}>
          {focusArea.title}
        </Subtitle1>
        <Body1 className={styles.rank}>{t.focusAreas.rank(focusArea.priorityRank)}</Body1>
      </div>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}
