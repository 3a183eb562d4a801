import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { rankingChartOption } from '../../charts/bar-chart-option';
import EChart from '../../charts/EChart';
import { useI18n } from '../../i18n/use-i18n';
import { CellValue } from '../../indicators/CellValue';
import { trendText } from '../../indicators/indicator-text';
import { TrendMarker } from '../../indicators/TrendMarker';
import { AppLink } from '../../ui/AppLink';
import { DataTable, type Column } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';
import type { Cell, IndicatorColumn } from '../situation/situation-model';

const useStyles = makeStyles({ note: { color: tokens.colorNeutralForeground2 } });

export interface RankedDistrict {
  code: string;
  name: string;
  cell: Cell;
  /** 1 for the highest rate; null when suppressed or missing. */
  rank: number | null;
}

/** Highest rate first; districts without a figure last, by name. */
export function rankDistricts(
  cells: ReadonlyArray<{ cell: Cell; name: string }>,
): RankedDistrict[] {
  const withRate = cells
    .filter(({ cell }) => cell.rate !== null && !cell.suppressed)
    .sort((a, b) => (b.cell.rate ?? 0) - (a.cell.rate ?? 0) || a.name.localeCompare(b.name, 'sv'));
  const without = cells
    .filter(({ cell }) => cell.rate === null || cell.suppressed)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return [
    ...withRate.map(({ cell, name }, index) => ({
      code: cell.district.code,
      name,
      cell,
      rank: index + 1,
    })),
    ...without.map(({ cell, name }) => ({ code: cell.district.code, name, cell, rank: null })),
  ];
}

export interface RankingPanelsProps {
  indicator: IndicatorColumn;
  ranked: ReadonlyArray<RankedDistrict>;
  period: string;
  municipal: number | null;
  loading: boolean;
  error?: string;
  onRetry: () => void;
}

/** The districts ranked for one period: as a bar chart, and as a table with trends. */
export function RankingPanels({
  indicator,
  ranked,
  period,
  municipal,
  loading,
  error,
  onRetry,
}: RankingPanelsProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const periodText = format.period(period);
  const bars = useMemo(
    () =>
      ranked.flatMap((d) =>
        d.rank !== null && d.cell.rate !== null ? [{ label: d.name, value: d.cell.rate }] : [],
      ),
    [ranked],
  );
  const suppressed = ranked.filter((d) => d.cell.suppressed).map((d) => d.name);

  const option = useMemo(
    () =>
      rankingChartOption({
        bars,
        municipal:
          municipal === null
            ? null
            : { value: municipal, label: `${t.indicator.municipal} ${format.rate(municipal)}` },
        aboveName: t.indicatorPage.aboveMunicipal,
        belowName: t.indicatorPage.belowMunicipal,
        higherIsBetter: indicator.direction === 'HIGHER_IS_BETTER',
        formatValue: format.rate,
      }),
    [bars, municipal, indicator.direction, t, format],
  );
  const highest = bars[0];
  const description = t.indicatorPage.barDescription(
    indicator.label,
    periodText,
    highest ? `${highest.label} ${format.rate(highest.value)}` : t.indicator.missing,
    municipal === null ? t.indicator.missing : format.rate(municipal),
  );

  const columns: Column<RankedDistrict>[] = [
    { key: 'rank', header: t.indicatorPage.rank, numeric: true, value: (d) => d.rank },
    {
      key: 'district',
      header: t.situation.district,
      value: (d) => d.name,
      cell: (d) => <AppLink to={`/omrade/${encodeURIComponent(d.code)}`}>{d.name}</AppLink>,
    },
    {
      key: 'rate',
      header: `${indicator.label} (${indicator.unitLabel})`,
      numeric: true,
      value: (d) => (d.cell.suppressed ? null : d.cell.rate),
      csv: (d) => (d.cell.suppressed ? t.indicator.suppressedShort : d.cell.rate),
      cell: (d) => (
        <CellValue
          value={d.cell.rate}
          suppressed={d.cell.suppressed}
          provisional={d.cell.provisional}
          format={format.rate}
          threshold={indicator.suppressionThreshold}
        />
      ),
    },
    {
      key: 'deviation',
      header: t.indicatorPage.deviation,
      numeric: true,
      value: (d) => (d.cell.suppressed ? null : d.cell.deviationPercent),
      cell: (d) => (
        <CellValue
          value={d.cell.deviationPercent}
          suppressed={d.cell.suppressed}
          format={format.signedPercent}
          threshold={indicator.suppressionThreshold}
        />
      ),
    },
    {
      key: 'yearChange',
      header: t.indicatorPage.yearChange,
      numeric: true,
      value: (d) => (d.cell.suppressed ? null : d.cell.changeFromYearEarlier),
      cell: (d) => (
        <CellValue
          value={d.cell.changeFromYearEarlier}
          suppressed={d.cell.suppressed}
          format={(value) => format.signed(value)}
          threshold={indicator.suppressionThreshold}
        />
      ),
    },
    {
      key: 'trend',
      header: t.trend.column,
      value: (d) => trendText(d.cell.trend, t),
      cell: (d) => <TrendMarker trend={d.cell.trend} />,
    },
  ];

  return (
    <>
      <Panel
        title={t.indicatorPage.ranking(periodText)}
        loading={loading}
        error={error}
        onRetry={onRetry}
      >
        {bars.length > 0 && (
          <EChart
            option={option}
            height={Math.max(200, bars.length * 20 + 64)}
            description={description}
          />
        )}
        {suppressed.length > 0 && (
          <Caption1 className={styles.note}>
            {t.indicatorPage.suppressedDistricts(suppressed.join(', '))}{' '}
            {t.indicator.suppressedExplanation(indicator.suppressionThreshold)}
          </Caption1>
        )}
      </Panel>
      <Panel
        title={t.indicatorPage.rankingLabel(indicator.label, periodText)}
        loading={loading}
        error={error}
        onRetry={onRetry}
      >
        <DataTable
          label={t.indicatorPage.rankingLabel(indicator.label, periodText)}
          columns={columns}
          rows={ranked}
          rowKey={(d) => d.code}
          sortable
          exportFileName={t.indicatorPage.fileName(indicator.key, period)}
        />
      </Panel>
    </>
  );
}
