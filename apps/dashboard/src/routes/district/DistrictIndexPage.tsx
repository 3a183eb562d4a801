import { useQuery } from '@apollo/client/react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { errorForField } from '../../apollo/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { groupByPartOfTown } from '../../map/parts-of-town';
import { AppLink } from '../../ui/AppLink';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';

const DistrictIndexQuery = graphql(`
  query DistrictIndex {
    districts {
      code
      name
      population
    }
  }
`);

const useStyles = makeStyles({
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  population: { color: tokens.colorNeutralForeground2 },
});

/** Every district, by part of town, as links to its page. */
export default function DistrictIndexPage() {
  const styles = useStyles();
  const { t, locale, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(DistrictIndexQuery);
  const districts = data?.districts;
  const grouping = districts ? groupByPartOfTown(districts, locale, t.map.otherGroup) : null;
  return (
    <PageLayout title={t.district.indexTitle} description={t.district.indexDescription}>
      <Panel
        title={t.district.indexTitle}
        wide
        loading={loading && !districts}
        error={errorForField(error, 'districts', districts != null, t.errors)}
        onRetry={() => void refetch()}
      >
        {grouping && (
          <div className={styles.groups}>
            {grouping.groups.map((group) => (
              <div key={group.id}>
                <h3 className={styles.heading}>{group.name}</h3>
                <ul className={styles.list}>
                  {group.districts.map((district) => (
                    <li key={district.code}>
                      <AppLink to={`/omrade/${encodeURIComponent(district.code)}`}>
                        {district.name}
                      </AppLink>{' '}
                      {district.population !== null && (
                        <Caption1 className={styles.population}>
                          ({format.integer(district.population)})
                        </Caption1>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Panel>
    </PageLayout>
  );
}
