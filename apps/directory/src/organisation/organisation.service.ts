import { In, type DataSource } from 'typeorm';
import { NotFoundError } from '@lagesbild/subgraph-kit';
import { Organisation } from './organisation.entity';

/** Reads the council's member organisations. */
export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(Organisation);
  }

  findAll(): Promise<Organisation[]> {
    return this.repository.find({ order: { kind: 'ASC', code: 'ASC' } });
  }

  async findByCode(code: string): Promise<Organisation> {
    const organisation = await this.repository.findOneBy({ code });
    if (!organisation)
      throw new NotFoundError(`No organisation has the code "${code}".`, { organisation: code });
    return organisation;
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  findByCodes(codes: readonly string[]): Promise<Organisation[]> {
    return this.repository.findBy({ code: In([...codes]) });
  }
}
