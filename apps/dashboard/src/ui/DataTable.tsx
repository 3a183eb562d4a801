import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMemo, useState, type ReactNode } from 'react';
import { toCsv, type CsvValue } from '../export/csv';
import { downloadFile } from '../export/download';
import { useI18n } from '../i18n/use-i18n';
import { sortRows, type SortState, type SortValue } from './sort';
import { useVisuallyHiddenClass } from './visually-hidden';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { display: 'flex', justifyContent: 'flex-end' },
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  // Columns as wide as their content needs; a table wider than its panel scrolls.
  table: { tableLayout: 'auto' },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numericHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  header: { verticalAlign: 'bottom' },
  sticky: {
    position: 'sticky',
    insetInlineStart: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  highlighted: { backgroundColor: tokens.colorBrandBackground2 },
});

export interface Column<Row> {
  key: string;
  header: string;
  /** What the column sorts by, and what the cell and the CSV show unless they say otherwise. */
  value: (row: Row) => SortValue;
  cell?: (row: Row) => ReactNode;
  /** The CSV field; defaults to `value`. */
  csv?: (row: Row) => CsvValue;
  /** Right-aligned, with figures of equal width. */
  numeric?: boolean;
  /** Fixed width, e.g. '8rem'. */
  width?: string;
  /** Only when the table is sortable; default true. */
  sortable?: boolean;
}

export interface DataTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: ReadonlyArray<Row>;
  rowKey: (row: Row) => string;
  /** Shown as the only row when there are no rows. */
  emptyText?: string;
  /** Column headers sort the rows. */
  sortable?: boolean;
  /** The order, when the caller keeps it (e.g. in the address); otherwise the table keeps it. */
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  /** Offers the rows, in their current order, as a CSV file of this name (without ".csv"). */
  exportFileName?: string;
  /** Keeps the first column in view while a wide table scrolls sideways. */
  stickyFirstColumn?: boolean;
  /** A column to set apart, e.g. the one the page is about. */
  highlightColumn?: string;
}

/**
 * A labelled table of rows, optionally sortable by its column headers and exportable as CSV.
 * It scrolls sideways inside its own focusable region, so a wide table never widens the page.
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  emptyText,
  sortable = false,
  sort: controlledSort,
  onSortChange,
  exportFileName,
  stickyFirstColumn = false,
  highlightColumn,
}: DataTableProps<Row>) {
  const styles = useStyles();
  const { t } = useI18n();
  const hidden = useVisuallyHiddenClass();
  const [ownSort, setOwnSort] = useState<SortState | null>(null);
  const sort = controlledSort !== undefined ? controlledSort : ownSort;
  const setSort = onSortChange ?? setOwnSort;

  const sortedRows = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    return sort && column ? sortRows(rows, column.value, sort.direction) : rows;
  }, [rows, columns, sort]);

  const toggleSort = (key: string) =>
    setSort({
      key,
      direction: sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
    });

  const exportCsv = () => {
    if (!exportFileName) return;
    const csv = toCsv(
      columns.map((c) => c.header),
      sortedRows.map((row) => columns.map((c) => (c.csv ?? c.value)(row))),
    );
    downloadFile(`${exportFileName}.csv`, csv);
  };

  const cellClass = (column: Column<Row>, index: number) =>
    mergeClasses(
      column.numeric && styles.numeric,
      stickyFirstColumn && index === 0 && styles.sticky,
      column.key === highlightColumn && styles.highlighted,
    ) || undefined;

  return (
    <div className={styles.root}>
      {exportFileName && (
        <div className={styles.toolbar}>
          <Button size="small" icon={<ArrowDownloadRegular />} onClick={exportCsv}>
            {t.common.exportCsv}
            <span className={hidden}>: {label}</span>
          </Button>
        </div>
      )}
      <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
        <Table aria-label={label} size="small" sortable={sortable} className={styles.table}>
          <TableHeader>
            <TableRow>
              {columns.map((column, index) => {
                const canSort = sortable && column.sortable !== false;
                return (
                  <TableHeaderCell
                    key={column.key}
                    scope="col"
                    className={mergeClasses(styles.header, cellClass(column, index))}
                    style={column.width ? { width: column.width } : undefined}
                    sortable={canSort}
                    sortDirection={sort?.key === column.key ? sort.direction : undefined}
                    onClick={canSort ? () => toggleSort(column.key) : undefined}
                    button={column.numeric ? { className: styles.numericHeader } : undefined}
                  >
                    {column.header}
                  </TableHeaderCell>
                );
              })}
            </TableRow>
          </TableHeader>
          <TableBody>
            {sortedRows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={columns.length}>{emptyText ?? t.common.noRows}</TableCell>
              </TableRow>
            ) : (
              sortedRows.map((row) => (
                <TableRow key={rowKey(row)}>
                  {columns.map((column, index) => (
                    <TableCell key={column.key} className={cellClass(column, index)}>
                      {column.cell ? column.cell(row) : column.value(row)}
                    </TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
