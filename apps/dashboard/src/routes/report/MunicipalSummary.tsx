import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { MunicipalSummary_FigureFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName, trendText } from '../../indicators/indicator-text';
import { TrendMarker } from '../../indicators/TrendMarker';
import { DataTable, type Column } from '../../ui/DataTable';

export const MunicipalSummaryFragment = graphql(`
  fragment MunicipalSummary_figure on MunicipalFigure {
    indicator {
      key
      name
      nameEn
      unit
    }
    period
    value
    suppressed
    trend {
      direction
      significant
      assessment
      pValue
      method
      periods
    }
  }
`);

type Figure = MunicipalSummary_FigureFragment;

/** The municipality's latest figure and trend for every indicator. */
export function MunicipalSummary(props: {
  figures: ReadonlyArray<FragmentType<typeof MunicipalSummaryFragment>>;
}) {
  const figures = getFragmentData(MunicipalSummaryFragment, props.figures);
  const { t, format, locale } = useI18n();
  const columns: ReadonlyArray<Column<Figure>> = [
    {
      key: 'indicator',
      header: t.report.indicator,
      value: (f) => indicatorName(f.indicator, locale),
    },
    {
      key: 'period',
      header: t.report.period,
      value: (f) => f.period,
      cell: (f) => format.period(f.period),
    },
    {
      key: 'value',
      header: t.report.municipal,
      numeric: true,
      value: (f) => f.value,
      cell: (f) =>
        f.suppressed
          ? t.indicator.suppressedShort
          : f.value === null
            ? '–'
            : `${format.rate(f.value)} ${f.indicator.unit}`,
    },
    {
      key: 'trend',
      header: t.report.trend,
      value: (f) => trendText(f.trend, t),
      cell: (f) => <TrendMarker trend={f.trend} />,
    },
  ];
  return (
    <DataTable
      label={t.report.situationTable}
      columns={columns}
      rows={figures}
      rowKey={(f) => f.indicator.key}
      exportFileName={t.report.fileName('lagesbild')}
    />
  );
}
