import { todayInStockholm } from '@lagesbild/period';
import { useQuery } from '@apollo/client/react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { PrintRegular } from '@fluentui/react-icons';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { getFragmentData, graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { InterventionTable } from '../interventions/InterventionTable';
import {
  KpiFigures,
  KpiPanelsFragment,
  OverdueMilestones,
  OwnerCounts,
  StatusCounts,
} from '../overview/KpiPanels';
import { MunicipalSummary } from './MunicipalSummary';

const CouncilReportQuery = graphql(`
  query CouncilReport {
    council {
      name
    }
    kpiSummary {
      ...KpiPanels_kpi
    }
    situationPicture {
      municipal {
        ...MunicipalSummary_figure
      }
    }
    interventions(first: 100) {
      totalCount
      edges {
        node {
          id
          ...InterventionTable_intervention
        }
      }
    }
  }
`);

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL },
  kpis: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The council meeting's report: KPIs, the situation picture and the interventions, for A4. */
export default function ReportPage() {
  const styles = useStyles();
  const { t, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(CouncilReportQuery);
  const retry = () => void refetch();
  const kpi = getFragmentData(KpiPanelsFragment, data?.kpiSummary);
  const municipal = data?.situationPicture?.municipal;
  const interventions = data?.interventions?.edges.map((e) => e.node);
  const today = todayInStockholm();

  return (
    <PageLayout
      title={t.report.title}
      description={data?.council?.name ?? t.report.description}
      notice={
        <div className={styles.toolbar}>
          <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
            {t.report.print}
          </Button>
          <Body1>{t.report.printed(format.date(today))}</Body1>
          <DemoDataNotice />
        </div>
      }
      panelMinWidth="100%"
    >
      <Panel
        title={t.report.kpis}
        wide
        loading={loading && !kpi}
        error={errorForField(error, 'kpiSummary', kpi != null, t.errors)}
        onRetry={retry}
      >
        {kpi && (
          <div className={styles.kpis}>
            <KpiFigures kpi={kpi} />
            <StatusCounts kpi={kpi} />
            <OwnerCounts kpi={kpi} />
            <OverdueMilestones kpi={kpi} />
          </div>
        )}
      </Panel>
      <Panel
        title={t.report.situation}
        wide
        loading={loading && !municipal}
        error={errorForField(error, 'situationPicture', municipal != null, t.errors)}
        onRetry={retry}
      >
        {municipal && <MunicipalSummary figures={municipal} />}
      </Panel>
      <Panel
        title={t.report.status}
        wide
        loading={loading && !interventions}
        error={errorForField(error, 'interventions', interventions != null, t.errors)}
        onRetry={retry}
      >
        {interventions && (
          <InterventionTable
            interventions={interventions}
            label={t.report.statusTable}
            exportFileName={t.report.fileName('insatser')}
          />
        )}
      </Panel>
    </PageLayout>
  );
}
