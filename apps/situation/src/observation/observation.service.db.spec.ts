import type { DataSource } from 'typeorm';
import { openDatabase } from '@lagesbild/db';
import { startTestDatabase, type TestDatabase } from '@lagesbild/test-kit';
import { PopulationLookup } from '../figures/population-lookup';
import { DataImport, ImportFormat } from '../import/data-import.entity';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from '../indicator/indicator-enums';
import { Indicator } from '../indicator/indicator.entity';
import { POPULATION_KEY } from '../indicator/indicator.service';
import { situationApp } from '../situation-app';
import { Observation } from './observation.entity';
import { ObservationService } from './observation.service';

/** Years with a population figure, per district: gaps, and districts known only long before or after. */
const YEARS: Record<string, number[]> = {
  '1980R001': [2001, 2002, 2003, 2010, 2011, 2012, 2013, 2014, 2020, 2021],
  '1980R002': [2012],
  '1980R003': [1990, 1995],
  '1980R004': [2030, 2031],
  '1980R005': [2013, 2016, 2019],
};

/** Another indicator's figures in the same districts and years must not be read as populations. */
const OTHER_KEY = 'crime_total';

describe('ObservationService.populations for a range of years', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let observations: ObservationService;

  beforeAll(async () => {
    database = await startTestDatabase();
    dataSource = await openDatabase(situationApp.createDataSource(database.url), database.url);
    const indicators = await dataSource.getRepository(Indicator).save(
      [POPULATION_KEY, OTHER_KEY].map((key) => ({
        key,
        name: key,
        nameEn: key,
        description: key,
        unit: 'enhet',
        source: 'test',
        category: key === POPULATION_KEY ? IndicatorCategory.POPULATION : IndicatorCategory.CRIME,
        frequency: IndicatorFrequency.YEAR,
        direction: IndicatorDirection.HIGHER_IS_BETTER,
        normalisation: Normalisation.AS_IS,
      })),
    );
    const dataImport = await dataSource.getRepository(DataImport).save({
      format: ImportFormat.CSV,
      importedBy: 'test',
      rowCount: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
    });
    await dataSource.getRepository(Observation).insert(
      indicators.flatMap((indicator, i) =>
        Object.entries(YEARS).flatMap(([districtCode, years]) =>
          years.map((year) => ({
            indicatorId: indicator.id,
            districtCode,
            period: String(year),
            periodStart: `${year}-01-01`,
            value: year * 10 + Number(districtCode.slice(-1)) + i * 100_000,
            importId: dataImport.id,
          })),
        ),
      ),
    );
    observations = new ObservationService(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.stop();
  });

  it.each([
    [2012, 2014],
    [2013, 2013],
    [2015, 2019],
    [1980, 1989],
    [2022, 2029],
    [1996, 2035],
  ])(
    'looks up every district and year of %i–%i as reading every figure would',
    async (first, last) => {
      const all = new PopulationLookup(await observations.populations());
      const rows = await observations.populations({ first, last });
      const ranged = new PopulationLookup(rows);

      expect(ranged.districts()).toEqual(Object.keys(YEARS));
      for (const district of Object.keys(YEARS)) {
        for (let year = first; year <= last; year += 1) {
          expect([district, year, ranged.populationOf(district, year)]).toEqual([
            district,
            year,
            all.populationOf(district, year),
          ]);
        }
      }
      // At most the years inside, plus one before and one after, per district.
      for (const [district, years] of Object.entries(YEARS)) {
        const read = rows.filter((row) => row.districtCode === district).map((row) => row.period);
        const inside = years.filter((year) => year >= first && year <= last);
        expect(read.length).toBeLessThanOrEqual(inside.length + 2);
        expect(read).toEqual(expect.arrayContaining(inside.map(String)));
      }
    },
  );

  it('reads only the population indicator', async () => {
    const rows = await observations.populations({ first: 1900, last: 2100 });
    expect(rows.every((row) => row.value < 100_000)).toBe(true);
    expect(rows).toHaveLength(Object.values(YEARS).flat().length);
  });
});
