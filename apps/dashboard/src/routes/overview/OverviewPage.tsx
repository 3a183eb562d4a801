import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
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
  const { data, loading, error, refetch } = useQuery(OverviewPageQuery);
  const retry = () => void refetch();
  const council = data?.council;
  const organisations = data?.organisations;
  const districts = data?.districts;

  return (
    <PageLayout
      title="Översikt"
      description="Trygghetsrådet, dess medlemsorganisationer och kommunens områden."
      notice={<DemoDataNotice />}
    >
      <Panel
        title="Trygghetsrådet"
        loading={loading && !council}
        error={errorForField(error, 'council', council != null)}
        onRetry={retry}
      >
        {council && <CouncilSummary council={council} />}
      </Panel>
      <Panel
        title="Organisationer"
        loading={loading && !organisations}
        error={errorForField(error, 'organisations', organisations != null)}
        onRetry={retry}
      >
        {organisations && <OrganisationTable organisations={organisations} />}
      </Panel>
      <Panel
        title="Områden"
        wide
        loading={loading && !districts}
        error={errorForField(error, 'districts', districts != null)}
        onRetry={retry}
      >
        {districts && <DistrictTable districts={districts} />}
      </Panel>
    </PageLayout>
  );
}
