import { In, type DataSource } from 'typeorm';
import { NotFoundError } from '@lagesbild/subgraph-kit';
import { District } from './district.entity';
import { DistrictPopulation } from './district-population.entity';

/** Reads the municipality's districts and their populations. */
export class DistrictService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(District);
  }

  findAll(): Promise<District[]> {
    return this.repository.find({ order: { code: 'ASC' } });
  }

  async findByCode(code: string): Promise<District> {
    const district = await this.repository.findOneBy({ code });
    if (!district)
      throw new NotFoundError(`No district has the code "${code}".`, { district: code });
    return district;
  }

  findByIds(ids: readonly string[]): Promise<District[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  findByCodes(codes: readonly string[]): Promise<District[]> {
    return this.repository.findBy({ code: In([...codes]) });
  }

  /** Every year's population of the given districts, oldest year first. */
  populationsOf(districtIds: readonly string[]): Promise<DistrictPopulation[]> {
    return this.dataSource.getRepository(DistrictPopulation).find({
      where: { districtId: In([...districtIds]) },
      order: { year: 'ASC' },
    });
  }
}
