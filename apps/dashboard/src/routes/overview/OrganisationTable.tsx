import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { OrganisationTable_OrganisationFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { DataTable, type Column } from '../../ui/DataTable';

export const OrganisationTableFragment = graphql(`
  fragment OrganisationTable_organisation on Organisation {
    code
    name
    kind
  }
`);

type Organisation = OrganisationTable_OrganisationFragment;

/** The committees and the police area that make up the council. */
export function OrganisationTable(props: {
  organisations: ReadonlyArray<FragmentType<typeof OrganisationTableFragment>>;
}) {
  const organisations = getFragmentData(OrganisationTableFragment, props.organisations);
  const { t } = useI18n();
  const columns: ReadonlyArray<Column<Organisation>> = [
    { key: 'code', header: t.overview.code, value: (o) => o.code, width: '6rem' },
    { key: 'name', header: t.overview.name, value: (o) => o.name },
    {
      key: 'kind',
      header: t.overview.kind,
      value: (o) => t.organisationKinds[o.kind],
      width: '6rem',
    },
  ];
  return (
    <DataTable
      label={t.overview.organisationsTable}
      columns={columns}
      rows={organisations}
      rowKey={(o) => o.code}
      emptyText={t.overview.noOrganisations}
      exportFileName="organisationer"
    />
  );
}
