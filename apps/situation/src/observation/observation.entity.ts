import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { DataImport } from '../import/data-import.entity';
import { Indicator } from '../indicator/indicator.entity';

/** One value of an indicator for a district and period (mätvärde). */
@Entity({ name: 'observation' })
@Check(
  'CHK_observation_value_finite',
  `"value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`,
)
@Check(
  'CHK_observation_numerator_finite',
  `"numerator" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`,
)
@Check(
  'CHK_observation_denominator_finite',
  `"denominator" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`,
)
@Index(['indicatorId', 'periodStart'])
export class Observation {
  @PrimaryColumn({ type: 'uuid' })
  indicatorId!: string;

  /** SCB code of the district (the `District` entity's key). */
  @PrimaryColumn({ type: 'text' })
  districtCode!: string;

  /** `2026-03`, `2026-Q1` or `2026`, in the indicator's frequency. */
  @PrimaryColumn({ type: 'text' })
  period!: string;

  /** First day of the period, for ordering and ranges. */
  @Column({ type: 'date' })
  periodStart!: string;

  /** As reported: a count, a share in per cent, or a value as is. */
  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'double precision', nullable: true })
  numerator!: number | null;

  @Column({ type: 'double precision', nullable: true })
  denominator!: number | null;

  /** Preliminary figures that may still change. */
  @Column({ type: 'boolean', default: false })
  provisional!: boolean;

  @Column({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorId' })
  indicator?: Relation<Indicator>;

  @ManyToOne(() => DataImport)
  @JoinColumn({ name: 'importId' })
  dataImport?: Relation<DataImport>;
}
