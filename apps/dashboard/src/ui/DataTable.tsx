import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numericHeader: { justifyContent: 'flex-end' },
});

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, with figures of equal width. */
  numeric?: boolean;
  /** Fixed width, e.g. '8rem'. */
  width?: string;
}

export interface DataTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: ReadonlyArray<Row>;
  rowKey: (row: Row) => string;
  /** Shown as the only row when there are no rows. */
  emptyText?: string;
}

/** A plain, labelled table of rows. */
export function DataTable<Row>({ label, columns, rows, rowKey, emptyText }: DataTableProps<Row>) {
  const styles = useStyles();
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell
              key={column.key}
              style={column.width ? { width: column.width } : undefined}
              button={column.numeric ? { className: styles.numericHeader } : undefined}
            >
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={columns.length}>{emptyText ?? 'Inga rader.'}</TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => (
                <TableCell key={column.key} className={column.numeric ? styles.numeric : undefined}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
