import { useI18n } from '../../i18n/use-i18n';
import { CellValue } from '../../indicators/CellValue';
import { TrendMarker } from '../../indicators/TrendMarker';
import { AppLink } from '../../ui/AppLink';
import { DataTable, type Column } from '../../ui/DataTable';
import type { SortState } from '../../ui/sort';
import {
  formatMeasure,
  measureOf,
  type DistrictRow,
  type IndicatorColumn,
  type Measure,
} from './situation-model';

export interface SituationTableProps {
  indicators: ReadonlyArray<IndicatorColumn>;
  rows: ReadonlyArray<DistrictRow>;
  measure: Measure;
  selectedKey: string;
  /** The period the table is for (the selected indicator's). */
  period: string;
  sort: SortState | null;
  onSortChange: (sort: SortState) => void;
}

/** Every district × every indicator for the period, sortable by any column and exportable. */
export function SituationTable({
  indicators,
  rows,
  measure,
  selectedKey,
  period,
  sort,
  onSortChange,
}: SituationTableProps) {
  const { t, format } = useI18n();
  const columns: Column<DistrictRow>[] = [
    {
      key: 'district',
      header: t.situation.district,
      width: '13rem',
      value: (row) => row.name,
      cell: (row) => <AppLink to={`/omrade/${encodeURIComponent(row.code)}`}>{row.name}</AppLink>,
    },
    { key: 'code', header: t.overview.code, value: (row) => row.code },
    { key: 'part', header: t.situation.partOfTown, value: (row) => row.partOfTown },
    ...indicators.map((indicator): Column<DistrictRow> => ({
      key: indicator.key,
      header: indicator.period
        ? t.situation.periodColumn(indicator.label, format.periodShort(indicator.period))
        : indicator.label,
      numeric: true,
      value: (row) => measureOf(row.cells.get(indicator.key), measure),
      csv: (row) => {
        const cell = row.cells.get(indicator.key);
        return cell?.suppressed ? t.indicator.suppressedShort : measureOf(cell, measure);
      },
      cell: (row) => {
        const cell = row.cells.get(indicator.key);
        return (
          <>
            <CellValue
              value={measureOf(cell, measure)}
              suppressed={cell?.suppressed ?? false}
              provisional={cell?.provisional ?? false}
              format={(value) => formatMeasure(value, measure, format)}
              threshold={indicator.suppressionThreshold}
            />{' '}
            <TrendMarker trend={cell?.trend} compact />
          </>
        );
      },
    })),
  ];
  return (
    <DataTable
      label={t.situation.tableLabel(format.period(period))}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.code}
      sortable
      sort={sort}
      onSortChange={onSortChange}
      exportFileName={t.situation.fileName(period)}
      stickyFirstColumn
      highlightColumn={selectedKey}
    />
  );
}
