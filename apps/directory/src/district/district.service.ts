import { In, type DataSource } from 'typeorm';
import { NotFoundError } from '@lagesbild/subgraph-kit';
import { District } from './district.entity';

/**
 * Reads the municipality's districts. Their populations are the situation subgraph's (its
 * `population` indicator), which adds them to `District` through federation.
 */
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
}
