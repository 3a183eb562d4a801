import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { DataImport } from '../import/data-import.entity';
import { Indicator } from '../indicator/indicator.entity';

/**
 * A municipal or national figure from an outside source (Kolada), in the indicator's unit:
 * a reference line beside the districts, never a district value.
 */
@Entity({ name: 'reference_observation' })
@Check(
  'CHK_reference_observation_value_finite',
  `"value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`,
)
export class ReferenceObservation {
  @PrimaryColumn({ type: 'uuid' })
  indicatorId!: string;

  /** SCB municipality code, or `0000` for the whole country. */
  @PrimaryColumn({ type: 'text' })
  areaCode!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorId' })
  indicator?: Relation<Indicator>;

  @ManyToOne(() => DataImport)
  @JoinColumn({ name: 'importId' })
  dataImport?: Relation<DataImport>;
}
