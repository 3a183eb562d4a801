import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { useI18n } from '../../i18n/use-i18n';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { CouncilSummary } from './CouncilSummary';
import { DistrictTable } from './DistrictTable';
import { KpiPanels } from './KpiPanels';
import { WorseningDistricts } from './WorseningDistricts';
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
    kpiSummary {
      ...KpiPanels_kpi
      ...FollowUpTable_kpi
    }
    interventions(first: 100) {
      edges {
        node {
          id
          ...KpiPanels_intervention
        }
      }
    }
    situationPicture {
      cells {
        ...WorseningDistricts_cell
      }
    }
  }
`);

/**
 * The start page: the council's KPIs and the districts getting worse most, then the council, its
 * member organisations and the municipality's districts.
 */
export default function OverviewPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(OverviewPageQuery);
  const retry = () => void refetch();
  const council = data?.council;
  const organisations = data?.organisations;
  const districts = data?.districts;
  const kpi = data?.kpiSummary;
  const cells = data?.situationPicture?.cells;

  return (
    <PageLayout
      title={t.overview.title}
      description={t.kpi.description}
      notice={<DemoDataNotice />}
    >
      <KpiPanels
        kpi={kpi}
        followUps={kpi}
        interventions={data?.interventions?.edges.map((e) => e.node)}
        loading={loading}
        error={errorForField(error, 'kpiSummary', kpi != null, t.errors)}
        onRetry={retry}
      />
      <Panel
        title={t.kpi.worsening}
        description={t.kpi.worseningDescription}
        loading={loading && !cells}
        error={errorForField(error, 'situationPicture', cells != null, t.errors)}
        onRetry={retry}
      >
        {cells && <WorseningDistricts cells={cells} />}
      </Panel>
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
