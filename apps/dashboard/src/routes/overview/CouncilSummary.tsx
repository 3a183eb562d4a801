import { makeStyles, tokens } from '@fluentui/react-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';

export const CouncilSummaryFragment = graphql(`
  fragment CouncilSummary_council on Council {
    name
    municipalityName
    established
    coChairs {
      id
      name
      title
      organisation {
        code
        name
      }
    }
  }
`);

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  chairs: { margin: 0, paddingInlineStart: 0, listStyle: 'none' },
  chairTitle: { color: tokens.colorNeutralForeground2 },
});

/** The council's name, municipality, founding date and co-chairs. */
export function CouncilSummary(props: { council: FragmentType<typeof CouncilSummaryFragment> }) {
  const council = getFragmentData(CouncilSummaryFragment, props.council);
  const styles = useStyles();
  const { t, format } = useI18n();
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>{t.overview.name}</dt>
      <dd className={styles.definition}>{council.name}</dd>
      <dt className={styles.term}>{t.overview.municipality}</dt>
      <dd className={styles.definition}>{council.municipalityName}</dd>
      <dt className={styles.term}>{t.overview.established}</dt>
      <dd className={styles.definition}>
        <time dateTime={council.established}>{format.date(council.established)}</time>
      </dd>
      <dt className={styles.term}>{t.overview.chairs}</dt>
      <dd className={styles.definition}>
        <ul className={styles.chairs}>
          {council.coChairs.map((chair) => (
            <li key={chair.id}>
              {chair.name}
              <span className={styles.chairTitle}>, {chair.title}</span>
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
