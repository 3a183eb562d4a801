import { In, type DataSource } from 'typeorm';
import { InvalidInputError, NotFoundError } from '@lagesbild/subgraph-kit';
import { IndicatorCategory } from './indicator-enums';
import { Indicator } from './indicator.entity';

/** The key of the indicator that holds each district's population: the base of every rate. */
export const POPULATION_KEY = 'population';

/** Reads the indicator catalogue. */
export class IndicatorService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(Indicator);
  }

  findAll(): Promise<Indicator[]> {
    return this.repository.find({ order: { category: 'ASC', key: 'ASC' } });
  }

  async findByKey(key: string): Promise<Indicator> {
    const indicator = await this.repository.findOneBy({ key });
    if (!indicator)
      throw new NotFoundError(`No indicator has the key "${key}".`, { indicator: key });
    return indicator;
  }

  findByKeys(keys: readonly string[]): Promise<Indicator[]> {
    return this.repository.findBy({ key: In([...keys]) });
  }

  /**
   * The indicators a situation picture shows: those named (each must exist), or every indicator
   * but population, which is the base of the rates rather than a finding.
   */
  async forPicture(keys: string[] | null | undefined, field = 'indicators'): Promise<Indicator[]> {
    const all = await this.findAll();
    if (!keys?.length) return all.filter((i) => i.category !== IndicatorCategory.POPULATION);
    const byKey = new Map(all.map((i) => [i.key, i]));
    const unknown = keys.filter((key) => !byKey.has(key));
    if (unknown.length > 0) {
      throw new InvalidInputError(
        field,
        `Unknown indicator ${unknown.map((k) => `"${k}"`).join(', ')}. Known: ${all.map((i) => i.key).join(', ')}.`,
      );
    }
    return [...new Set(keys)].flatMap((key) => byKey.get(key) ?? []);
  }
}
