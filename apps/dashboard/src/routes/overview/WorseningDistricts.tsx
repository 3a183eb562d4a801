import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName } from '../../indicators/indicator-text';
import { AppLink } from '../../ui/AppLink';
import { DataTable, type Column } from '../../ui/DataTable';

export const WorseningDistrictsFragment = graphql(`
  fragment WorseningDistricts_cell on SituationCell {
    district {
      code
      name
    }
    indicator {
      key
      name
      nameEn
    }
    trend {
      significant
      assessment
    }
  }
`);

interface WorseningRow {
  code: string;
  name: string;
  count: number;
  indicators: string[];
}

/** How many significantly worsening trends each district has; the five with most. */
export function WorseningDistricts(props: {
  cells: ReadonlyArray<FragmentType<typeof WorseningDistrictsFragment>>;
}) {
  const cells = getFragmentData(WorseningDistrictsFragment, props.cells);
  const { t, locale } = useI18n();
  const rows = useMemo(() => {
    const byDistrict = new Map<string, WorseningRow>();
    for (const cell of cells) {
      if (!cell.trend?.significant || cell.trend.assessment !== 'WORSENING') continue;
      const row = byDistrict.get(cell.district.code) ?? {
        code: cell.district.code,
        name: cell.district.name,
        count: 0,
        indicators: [],
      };
      row.count += 1;
      row.indicators.push(indicatorName(cell.indicator, locale));
      byDistrict.set(row.code, row);
    }
    return [...byDistrict.values()]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'sv'))
      .slice(0, 5);
  }, [cells, locale]);
  const columns: ReadonlyArray<Column<WorseningRow>> = [
    {
      key: 'district',
      header: t.kpi.district,
      value: (r) => r.name,
      cell: (r) => <AppLink to={`/omrade/${encodeURIComponent(r.code)}`}>{r.name}</AppLink>,
    },
    { key: 'count', header: t.kpi.worseningCount, numeric: true, value: (r) => r.count },
    { key: 'indicators', header: t.kpi.worseningIndicators, value: (r) => r.indicators.join(', ') },
  ];
  return (
    <DataTable
      label={t.kpi.worseningTable}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      emptyText={t.kpi.noWorsening}
      exportFileName="omraden-som-forsamras"
    />
  );
}
