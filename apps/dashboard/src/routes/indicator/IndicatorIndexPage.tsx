import { useQuery } from '@apollo/client/react';
import { errorForField } from '../../apollo/errors';
import { graphql } from '../../gql';
import type { IndicatorIndexQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { byCategoryAndName } from '../../indicators/indicator-order';
import { indicatorName, indicatorUnit } from '../../indicators/indicator-text';
import { AppLink } from '../../ui/AppLink';
import { DataTable, type Column } from '../../ui/DataTable';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';

const IndicatorIndexQuery = graphql(`
  query IndicatorIndex {
    indicators {
      key
      name
      nameEn
      unit
      source
      category
      frequency
      direction
      normalisation
      target
    }
  }
`);

type Indicator = NonNullable<IndicatorIndexQuery['indicators']>[number] & {
  label: string;
  unitLabel: string;
};

/** The catalogue of indicators, each linking to the comparison of districts. */
export default function IndicatorIndexPage() {
  const { t, locale, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(IndicatorIndexQuery);
  const indicators: Indicator[] = (data?.indicators ?? [])
    .map((indicator) => ({
      ...indicator,
      label: indicatorName(indicator, locale),
      unitLabel: indicatorUnit(indicator, locale, t),
    }))
    .sort(byCategoryAndName);
  const columns: Column<Indicator>[] = [
    {
      key: 'name',
      header: t.overview.name,
      value: (i) => i.label,
      cell: (i) => <AppLink to={`/indikator/${encodeURIComponent(i.key)}`}>{i.label}</AppLink>,
    },
    {
      key: 'category',
      header: t.indicator.category,
      value: (i) => t.indicator.categories[i.category],
    },
    { key: 'unit', header: t.indicator.unit, value: (i) => i.unitLabel },
    {
      key: 'frequency',
      header: t.indicator.frequency,
      value: (i) => t.indicator.frequencies[i.frequency],
    },
    {
      key: 'direction',
      header: t.indicator.direction,
      value: (i) => t.indicator.directions[i.direction],
    },
    {
      key: 'target',
      header: t.indicator.target,
      numeric: true,
      value: (i) => i.target,
      cell: (i) => (i.target === null ? '–' : format.rate(i.target)),
    },
    { key: 'source', header: t.indicator.source, value: (i) => i.source },
  ];
  return (
    <PageLayout title={t.indicatorPage.indexTitle} description={t.indicatorPage.indexDescription}>
      <Panel
        title={t.indicatorPage.catalogue}
        wide
        loading={loading && !data?.indicators}
        error={errorForField(error, 'indicators', data?.indicators != null, t.errors)}
        onRetry={() => void refetch()}
      >
        <DataTable
          label={t.indicatorPage.catalogue}
          columns={columns}
          rows={indicators}
          rowKey={(i) => i.key}
          sortable
          exportFileName={t.indicatorPage.catalogueFileName}
        />
      </Panel>
    </PageLayout>
  );
}
