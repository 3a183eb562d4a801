import { Body1 } from '@fluentui/react-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { DistrictTable_DistrictFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { DataTable, type Column } from '../../ui/DataTable';

export const DistrictTableFragment = graphql(`
  fragment DistrictTable_district on District {
    code
    name
    population
  }
`);

type District = DistrictTable_DistrictFragment;

/** Every district of the municipality with its latest population. */
export function DistrictTable(props: {
  districts: ReadonlyArray<FragmentType<typeof DistrictTableFragment>>;
}) {
  const districts = getFragmentData(DistrictTableFragment, props.districts);
  const { t, format } = useI18n();
  const total = districts.reduce((sum, d) => sum + (d.population ?? 0), 0);
  const columns: ReadonlyArray<Column<District>> = [
    { key: 'code', header: t.overview.code, value: (d) => d.code, width: '8rem' },
    { key: 'name', header: t.overview.name, value: (d) => d.name },
    {
      key: 'population',
      header: t.overview.population,
      value: (d) => d.population,
      cell: (d) => (d.population === null ? t.common.unknown : format.integer(d.population)),
      numeric: true,
      width: '9rem',
    },
  ];
  return (
    <>
      <Body1>
        {t.overview.districtSummary(format.integer(districts.length), format.integer(total))}
      </Body1>
      <DataTable
        label={t.overview.districtsTable}
        columns={columns}
        rows={districts}
        rowKey={(d) => d.code}
        emptyText={t.overview.noDistricts}
        sortable
        exportFileName="omraden"
      />
    </>
  );
}
