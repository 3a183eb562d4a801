import type { RecentImportsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { DataTable, type Column } from '../../ui/DataTable';

type DataImport = NonNullable<RecentImportsQuery['dataImports']>[number];

/** The latest imports, newest first. */
export function RecentImports({ imports }: { imports: ReadonlyArray<DataImport> }) {
  const { t, format } = useI18n();
  const columns: Column<DataImport>[] = [
    {
      key: 'importedAt',
      header: t.importPage.importedAt,
      value: (i) => i.importedAt,
      cell: (i) => <time dateTime={i.importedAt}>{format.dateTime(i.importedAt)}</time>,
    },
    { key: 'format', header: t.importPage.format, value: (i) => t.importPage.formats[i.format] },
    { key: 'importedBy', header: t.importPage.importedBy, value: (i) => i.importedBy },
    { key: 'rows', header: t.importPage.rows, value: (i) => i.rowCount, numeric: true },
    { key: 'inserted', header: t.importPage.inserted, value: (i) => i.inserted, numeric: true },
    { key: 'updated', header: t.importPage.updated, value: (i) => i.updated, numeric: true },
    { key: 'unchanged', header: t.importPage.unchanged, value: (i) => i.unchanged, numeric: true },
    {
      key: 'synthetic',
      header: t.importPage.synthetic,
      value: (i) => (i.synthetic ? t.common.yes : t.common.no),
    },
  ];
  return (
    <DataTable
      label={t.importPage.recentTable}
      columns={columns}
      rows={imports}
      rowKey={(i) => i.id}
      emptyText={t.importPage.noImports}
      sortable
      exportFileName={t.importPage.recentFileName}
    />
  );
}
