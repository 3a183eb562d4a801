import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { OrganisationTable_OrganisationFragment } from '../../gql/graphql';
import { organisationKindLabel } from '../../labels';
import { DataTable, type Column } from '../../ui/DataTable';

export const OrganisationTableFragment = graphql(`
  fragment OrganisationTable_organisation on Organisation {
    code
    name
    kind
  }
`);

type Organisation = OrganisationTable_OrganisationFragment;

const columns: ReadonlyArray<Column<Organisation>> = [
  { key: 'code', header: 'Kod', cell: (o) => o.code, width: '6rem' },
  { key: 'name', header: 'Namn', cell: (o) => o.name },
  { key: 'kind', header: 'Typ', cell: (o) => organisationKindLabel[o.kind], width: '6rem' },
];

/** The committees and the police area that make up the council. */
export function OrganisationTable(props: {
  organisations: ReadonlyArray<FragmentType<typeof OrganisationTableFragment>>;
}) {
  const organisations = getFragmentData(OrganisationTableFragment, props.organisations);
  return (
    <DataTable
      label="Organisationer i trygghetsrådet"
      columns={columns}
      rows={organisations}
      rowKey={(o) => o.code}
      emptyText="Inga organisationer."
    />
  );
}
