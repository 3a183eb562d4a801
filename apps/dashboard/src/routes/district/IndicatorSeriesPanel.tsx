import { useQuery } from '@apollo/client/react';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { describeError } from '../../apollo/errors';
import EChart from '../../charts/EChart';
import { lineChartOption, type LineSeriesInput } from '../../charts/line-chart-option';
import { graphql } from '../../gql';
import type { IndicatorFrequency } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { CellValue } from '../../indicators/CellValue';
import { TrendMarker } from '../../indicators/TrendMarker';
import { AppLink } from '../../ui/AppLink';
import { DataTable, type Column } from '../../ui/DataTable';
import { Disclosure } from '../../ui/Disclosure';
import { Panel } from '../../ui/Panel';
import type { Cell, IndicatorColumn } from '../situation/situation-model';

const DistrictSeriesQuery = graphql(`
  query DistrictSeries(
    $indicator: String!
    $district: String!
    $from: String
    $granularity: IndicatorFrequency
  ) {
    series(indicator: $indicator, districts: [$district], from: $from, granularity: $granularity) {
      indicator {
        key
      }
      synthetic
      municipal {
        period
        rate
        suppressed
        provisional
      }
      districts {
        district {
          code
        }
        points {
          period
          rate
          suppressed
          provisional
        }
      }
      references {
        areaCode
        points {
          period
          rate
        }
      }
    }
  }
`);

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

interface SeriesRow {
  period: string;
  district: { rate: number | null; suppressed: boolean; provisional: boolean };
  municipal: number | null;
}

export interface IndicatorSeriesPanelProps {
  indicator: IndicatorColumn;
  /** The district's latest cell, with its trend. */
  cell: Cell | undefined;
  district: { code: string; name: string };
  /** First period to show, or null for the whole series. */
  from: string | null;
  /** Quarters or years of an indicator measured more often; null for its own periods. */
  granularity: IndicatorFrequency | null;
  /** Called when the figures turn out to be generated demo data. */
  onSynthetic?: () => void;
}

/**
 * One indicator over time for a district against the municipality and the target: the latest
 * figure and trend, the chart, and the same figures as a table.
 */
export function IndicatorSeriesPanel({
  indicator,
  cell,
  district,
  from,
  granularity,
  onSynthetic,
}: IndicatorSeriesPanelProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(DistrictSeriesQuery, {
    variables: { indicator: indicator.key, district: district.code, from, granularity },
  });
  const series = data?.series;
  useEffect(() => {
    if (series?.synthetic) onSynthetic?.();
  }, [series?.synthetic, onSynthetic]);

  const rows = useMemo((): SeriesRow[] => {
    if (!series) return [];
    const points = series.districts.find((d) => d.district.code === district.code)?.points ?? [];
    const own = new Map(points.map((point) => [point.period, point]));
    return series.municipal.map((municipal) => ({
      period: municipal.period,
      district: own.get(municipal.period) ?? { rate: null, suppressed: false, provisional: false },
      municipal: municipal.rate,
    }));
  }, [series, district.code]);

  const target = indicator.target;
  const option = useMemo(() => {
    const periods = rows.map((row) => row.period);
    const lines: LineSeriesInput[] = [
      { name: district.name, values: rows.map((row) => row.district.rate), role: 'subject' },
      { name: t.indicator.municipal, values: rows.map((row) => row.municipal), role: 'comparison' },
    ];
    for (const reference of series?.references ?? []) {
      const byPeriod = new Map(reference.points.map((point) => [point.period, point.rate]));
      if (periods.some((period) => byPeriod.has(period))) {
        lines.push({
          name: t.district.reference(reference.areaCode),
          values: periods.map((period) => byPeriod.get(period) ?? null),
          role: 'reference',
        });
      }
    }
    return lineChartOption({
      periods,
      series: lines,
      target:
        target === null
          ? null
          : { value: target, label: `${t.indicator.target} ${format.rate(target)}` },
      formatPeriod: format.periodShort,
      formatValue: format.rate,
    });
  }, [rows, series, district.name, target, t, format]);

  const latest = rows.findLast((row) => row.district.rate !== null);
  const latestMunicipal = rows.findLast((row) => row.municipal !== null);
  const suppressedCount = rows.filter((row) => row.district.suppressed).length;
  const first = rows[0]?.period;
  const last = rows.at(-1)?.period;
  const description =
    first && last
      ? t.district.chartDescription({
          indicator: indicator.label,
          district: district.name,
          from: format.period(first),
          to: format.period(last),
          latest:
            latest?.district.rate != null ? format.rate(latest.district.rate) : t.indicator.missing,
          municipal:
            latestMunicipal?.municipal != null
              ? format.rate(latestMunicipal.municipal)
              : t.indicator.missing,
          target: target === null ? null : format.rate(target),
        })
      : '';

  const columns: Column<SeriesRow>[] = [
    {
      key: 'period',
      header: t.district.periodColumn,
      value: (row) => row.period,
      cell: (row) => format.period(row.period),
    },
    {
      key: 'district',
      header: district.name,
      numeric: true,
      value: (row) => row.district.rate,
      csv: (row) => (row.district.suppressed ? t.indicator.suppressedShort : row.district.rate),
      cell: (row) => (
        <CellValue
          value={row.district.rate}
          suppressed={row.district.suppressed}
          provisional={row.district.provisional}
          format={format.rate}
          threshold={indicator.suppressionThreshold}
        />
      ),
    },
    {
      key: 'municipal',
      header: t.indicator.municipal,
      numeric: true,
      value: (row) => row.municipal,
      cell: (row) => <CellValue value={row.municipal} suppressed={false} format={format.rate} />,
    },
    ...(target === null
      ? []
      : [
          {
            key: 'target',
            header: t.indicator.target,
            numeric: true,
            value: () => target,
            cell: () => format.rate(target),
          },
        ]),
  ];

  return (
    <Panel
      title={indicator.label}
      loading={loading && !series}
      error={error && !series ? describeError(error, t.errors) : undefined}
      onRetry={() => void refetch()}
      actions={
        <AppLink to={`/indikator/${encodeURIComponent(indicator.key)}`}>
          {t.district.allDistricts}
        </AppLink>
      }
    >
      <div className={styles.summary}>
        <Body1>
          {t.district.latest}:{' '}
          {cell ? (
            <>
              <CellValue
                value={cell.rate}
                suppressed={cell.suppressed}
                provisional={cell.provisional}
                format={format.rate}
                threshold={indicator.suppressionThreshold}
              />{' '}
              {indicator.unitLabel} ({format.period(cell.period)})
            </>
          ) : (
            t.indicator.missing
          )}
        </Body1>
        <Body1>
          <TrendMarker trend={cell?.trend} />
        </Body1>
      </div>
      {rows.length === 0 ? (
        <Body1>{t.district.noSeries}</Body1>
      ) : (
        <>
          <EChart option={option} height={240} description={description} />
          {suppressedCount > 0 && (
            <Caption1 className={styles.note}>
              {t.district.suppressedPeriods(suppressedCount)}
            </Caption1>
          )}
          <Disclosure showLabel={t.common.showTable} hideLabel={t.common.hideTable}>
            <DataTable
              label={t.district.tableLabel(indicator.label, district.name)}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.period}
              exportFileName={t.district.fileName(district.code, indicator.key)}
            />
          </Disclosure>
        </>
      )}
    </Panel>
  );
}
