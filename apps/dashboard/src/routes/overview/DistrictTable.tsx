import { Body1 } from '@fluentui/react-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { DistrictTable_DistrictFragment } from '../../gql/graphql';
import { formatNumber } from '../../format';
import { DataTable, type Column } from '../../ui/DataTable';

export const DistrictTableFragment = graphql(`
  fragment DistrictTable_district on District {
    code
    name
    population
  }
`);

type District = DistrictTable_DistrictFragment;

const columns: ReadonlyArray<Column<District>> = [
  { key: 'code', header: 'Kod', cell: (d) => d.code, width: '8rem' },
  { key: 'name', header: 'Namn', cell: (d) => d.name },
  {
    key: 'population',
    header: 'Invånare',
    cell: (d) => (d.population === null ? 'uppgift saknas' : formatNumber(d.population)),
    numeric: true,
    width: '9rem',
  },
];

/** Every district of the municipality with its latest population. */
export function DistrictTable(props: {
  districts: ReadonlyArray<FragmentType<typeof DistrictTableFragment>>;
}) {
  const districts = getFragmentData(DistrictTableFragment, props.districts);
  const total = districts.reduce((sum, d) => sum + (d.population ?? 0), 0);
  return (
    <>
      <Body1>
        {formatNumber(districts.length)} områden med sammanlagt {formatNumber(total)} invånare.
      </Body1>
      <DataTable
        label="Områden och invånare"
        columns={columns}
        rows={districts}
        rowKey={(d) => d.code}
        emptyText="Inga områden."
      />
    </>
  );
}
