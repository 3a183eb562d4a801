import { Faker, base, en, sv } from '@faker-js/faker';

export type Random = Faker;

/**
 * A seeded source of random numbers and Swedish-sounding fictitious names.
 * The same seed gives the same demo data on every machine.
 */
export function createRandom(seed: number): Random {
  const faker = new Faker({ locale: [sv, en, base] });
  faker.seed(seed);
  return faker;
}
