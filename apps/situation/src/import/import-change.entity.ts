import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { DataImport } from './data-import.entity';

/**
 * One cell an import wrote, as it was before: the stored row as JSON (every column, so undoing
 * the import puts back exactly that row), or null when the import added the cell.
 */
@Entity({ name: 'import_change' })
@Index(['importId'])
export class ImportChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => DataImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'importId' })
  dataImport?: Relation<DataImport>;

  /** The cell's key columns (indicator, district or area, period). */
  @Column({ type: 'jsonb' })
  key!: Record<string, string>;

  /** The row the import replaced; null when the import added it. */
  @Column({ type: 'jsonb', nullable: true })
  previous!: Record<string, unknown> | null;
}
