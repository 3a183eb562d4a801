import { useId } from 'react';
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/use-i18n';
import { DataTable, type Column } from '../../ui/DataTable';
import type { ImportResult } from './use-import-run';

type Problem = ImportResult['problems'][number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  count: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** A dry run's or an import's outcome: the counts, or every problem by row. */
export function ImportResultView({ result }: { result: ImportResult }) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const existingHintId = useId();
  const columns: Column<Problem>[] = [
    { key: 'row', header: t.importPage.row, value: (p) => p.row, numeric: true, width: '5rem' },
    { key: 'field', header: t.importPage.field, value: (p) => p.field, width: '9rem' },
    { key: 'message', header: t.importPage.message, value: (p) => p.message },
  ];
  const counts = [
    [t.importPage.rows, result.rows],
    [t.importPage.inserted, result.inserted],
    [t.importUndo.existing, result.existing],
    [t.importPage.skipped, result.skipped],
  ] as const;

  return (
    <div className={styles.root} data-testid="import-result">
      <MessageBar intent={result.ok ? 'success' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {!result.ok
              ? t.importPage.problems(result.problems.length)
              : result.dryRun
                ? t.importPage.dryRunOk
                : t.importPage.imported}
          </MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <dl className={styles.counts} aria-describedby={existingHintId}>
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.count}>{format.integer(value)}</dd>
          </div>
        ))}
      </dl>
      <Caption1 id={existingHintId} className={styles.term}>
        {t.importUndo.existingHint}
      </Caption1>
      {result.problems.length > 0 && (
        <DataTable
          label={t.importPage.problemsTable}
          columns={columns}
          rows={result.problems}
          rowKey={(p) => `${p.row}:${p.field}:${p.message}`}
          sortable
          exportFileName={t.importPage.fileName}
        />
      )}
    </div>
  );
}
