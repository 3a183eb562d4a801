import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { RecentImports_ImportFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { DataTable, type Column } from '../../ui/DataTable';
import { UndoImportButton } from './UndoImportButton';

export const RecentImportsFragment = graphql(`
  fragment RecentImports_import on DataImport {
    id
    format
    importedBy
    importedAt
    rowCount
    inserted
    existing
    synthetic
    undoneAt
    undoneBy
  }
`);

type DataImport = RecentImports_ImportFragment;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The latest imports, newest first, with whether each was undone; leadership may undo one. */
export function RecentImports(props: {
  imports: ReadonlyArray<FragmentType<typeof RecentImportsFragment>>;
  canUndo: boolean;
  onUndone: () => void;
}) {
  const styles = useStyles();
  const imports = getFragmentData(RecentImportsFragment, props.imports);
  const { t, format } = useI18n();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const status = (i: DataImport) =>
    i.undoneAt
      ? t.importUndo.undone(i.undoneBy ?? '', format.dateTime(i.undoneAt))
      : t.importUndo.active;
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
    { key: 'existing', header: t.importUndo.existing, value: (i) => i.existing, numeric: true },
    {
      key: 'synthetic',
      header: t.importPage.synthetic,
      value: (i) => (i.synthetic ? t.common.yes : t.common.no),
    },
    { key: 'status', header: t.importUndo.status, value: status },
  ];
  const undoColumn: Column<DataImport> = {
    key: 'undo',
    header: t.importUndo.undo,
    value: () => '',
    csv: () => null,
    sortable: false,
    cell: (i) =>
      i.undoneAt || i.synthetic ? null : (
        <UndoImportButton
          id={i.id}
          importedAt={i.importedAt}
          onOutcome={(next) => {
            setOutcome(next);
            if (next.ok) props.onUndone();
          }}
        />
      ),
  };
  return (
    <div className={styles.root}>
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.ok ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>
              {outcome.ok ? outcome.message : `${t.importUndo.failed}: ${outcome.message}`}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <DataTable
        label={t.importPage.recentTable}
        columns={props.canUndo ? [...columns, undoColumn] : columns}
        rows={imports}
        rowKey={(i) => i.id}
        emptyText={t.importPage.noImports}
        sortable
        exportFileName={t.importPage.recentFileName}
      />
    </div>
  );
}
