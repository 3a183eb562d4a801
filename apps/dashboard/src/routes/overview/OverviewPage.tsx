import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { useI18n } from '../../i18n/use-i18n';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { CouncilSummary } from './CouncilSummary';
import { DistrictTable } from './DistrictTable';
import { OrganisationTable } from './OrganisationTable';

const OverviewPageQuery = graphql(`
  query OverviewPage {
    council {
      ...CouncilSummary_council
    }
    organisations {
      ...OrganisationTable_organisation
    }
    districts {
      ...DistrictTable_district
    }
  }
`);

/** The start page: the council, its member organisations and the municipality's districts. */
export default function OverviewPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(OverviewPageQuery);
  const retry = () => void refetch();
  const council = data?.council;
  const organisations = data?.organisations;
  const districts = data?.districts;

  return (
    <PageLayout
      title={t.overview.title}
      description={t.overview.description}
      notice={<DemoDataNotice />}
    >
      <Panel
        title={t.overview.council}
        loading={loading && !council}
        error={errorForField(error, 'council', council != null, t.errors)}
        onRetry={retry}
      >
        {council && <CouncilSummary council={council} />}
      </Panel>
      <Panel
        title={t.overview.organisations}
        loading={loading && !organisations}
        error={errorForField(error, 'organisations', organisations != null, t.errors)}
        onRetry={retry}
      >
        {organisations && <OrganisationTable organisations={organisations} />}
      </Panel>
      <Panel
        title={t.overview.districts}
        wide
        loading={loading && !districts}
        error={errorForField(error, 'districts', districts != null, t.errors)}
        onRetry={retry}
      >
        {districts && <DistrictTable districts={districts} />}
      </Panel>
    </PageLayout>
  );
}
