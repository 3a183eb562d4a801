import { In, type DataSource } from 'typeorm';
import { NotFoundError } from '@lagesbild/subgraph-kit';
import { Person } from './person.entity';

/** Reads the people of the council and its organisations. */
export class PersonService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(Person);
  }

  findAll(): Promise<Person[]> {
    return this.repository.find({ order: { name: 'ASC' } });
  }

  async findByUsername(username: string): Promise<Person> {
    const person = await this.repository.findOneBy({ username });
    if (!person) {
      throw new NotFoundError(`The signed-in user "${username}" is not in the directory.`, {
        username,
      });
    }
    return person;
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  findByUsernames(usernames: readonly string[]): Promise<Person[]> {
    return this.repository.findBy({ username: In([...usernames]) });
  }

  findByOrganisationIds(organisationIds: readonly string[]): Promise<Person[]> {
    return this.repository.find({
      where: { organisationId: In([...organisationIds]) },
      order: { name: 'ASC' },
    });
  }
}
