import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import EChart from '../../charts/EChart';
import { smallMultiplesHeight, smallMultiplesOption } from '../../charts/small-multiples-option';
import { useI18n } from '../../i18n/use-i18n';
import { CellValue } from '../../indicators/CellValue';
import { DataTable, type Column } from '../../ui/DataTable';
import { Disclosure } from '../../ui/Disclosure';
import { Panel } from '../../ui/Panel';
import type { IndicatorColumn } from '../situation/situation-model';

const useStyles = makeStyles({ note: { color: tokens.colorNeutralForeground2 } });

export interface SeriesPoint {
  period: string;
  rate: number | null;
  suppressed: boolean;
}

export interface DistrictSeries {
  code: string;
  name: string;
  points: ReadonlyArray<SeriesPoint>;
}

export interface SmallMultiplesPanelProps {
  indicator: IndicatorColumn;
  periods: ReadonlyArray<string>;
  municipal: ReadonlyArray<number | null>;
  districts: ReadonlyArray<DistrictSeries>;
  /** Controls above the chart, e.g. the time span. */
  controls?: ReactNode;
  loading: boolean;
  error?: string;
  onRetry: () => void;
}

const COLUMNS = 5;
const PANEL_HEIGHT = 112;

/** One small chart per district on a shared scale, and the same figures as a wide table. */
export function SmallMultiplesPanel({
  indicator,
  periods,
  municipal,
  districts,
  controls,
  loading,
  error,
  onRetry,
}: SmallMultiplesPanelProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const sorted = useMemo(
    () => [...districts].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    [districts],
  );
  const input = useMemo(
    () => ({
      periods,
      panels: sorted.map((d) => ({
        title: d.name.split('-')[0] ?? d.name,
        values: d.points.map((point) => point.rate),
      })),
      comparison: { name: t.indicator.municipal, values: municipal },
      columns: COLUMNS,
      panelHeight: PANEL_HEIGHT,
      formatPeriod: format.periodShort,
      formatValue: format.rate,
    }),
    [periods, sorted, municipal, t, format],
  );
  const option = useMemo(() => smallMultiplesOption(input), [input]);
  const first = periods[0];
  const last = periods.at(-1);

  const columns: Column<DistrictSeries>[] = [
    { key: 'district', header: t.situation.district, value: (d) => d.name },
    ...periods.map((period, index): Column<DistrictSeries> => ({
      key: period,
      header: format.periodShort(period),
      numeric: true,
      value: (d) => d.points[index]?.rate ?? null,
      csv: (d) =>
        d.points[index]?.suppressed ? t.indicator.suppressedShort : (d.points[index]?.rate ?? null),
      cell: (d) => (
        <CellValue
          value={d.points[index]?.rate ?? null}
          suppressed={d.points[index]?.suppressed ?? false}
          format={format.rate}
          threshold={indicator.suppressionThreshold}
        />
      ),
    })),
  ];
  const tableRows: DistrictSeries[] = [
    {
      code: 'municipal',
      name: t.indicator.municipal,
      points: municipal.map((rate, index) => ({
        period: periods[index] ?? '',
        rate,
        suppressed: false,
      })),
    },
    ...sorted,
  ];

  return (
    <Panel
      title={t.indicatorPage.smallMultiples}
      description={t.indicatorPage.smallMultiplesDescription}
      wide
      loading={loading}
      error={error}
      onRetry={onRetry}
    >
      {controls}
      {first && last && (
        <>
          <EChart
            option={option}
            height={smallMultiplesHeight(input)}
            description={t.indicatorPage.smallMultiplesLabel(
              indicator.label,
              format.period(first),
              format.period(last),
            )}
          />
          <Caption1 className={styles.note}>{indicator.unitLabel}</Caption1>
          <Disclosure showLabel={t.common.showTable} hideLabel={t.common.hideTable}>
            <DataTable
              label={t.indicatorPage.smallMultiplesTable(indicator.label)}
              columns={columns}
              rows={tableRows}
              rowKey={(d) => d.code}
              stickyFirstColumn
              exportFileName={t.indicatorPage.fileName(indicator.key, `${first}-${last}`)}
            />
          </Disclosure>
        </>
      )}
    </Panel>
  );
}
