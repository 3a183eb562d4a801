import type { DataSource } from 'typeorm';
import { NotFoundError } from '@lagesbild/subgraph-kit';
import { Council } from './council.entity';

/** Reads the council this installation serves. */
export class CouncilService {
  constructor(private readonly dataSource: DataSource) {}

  async findCouncil(): Promise<Council> {
    const [council] = await this.dataSource.getRepository(Council).find({ take: 1 });
    if (!council) throw new NotFoundError('No council has been set up yet.');
    return council;
  }
}
