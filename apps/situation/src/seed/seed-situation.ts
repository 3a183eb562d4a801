import type { DataSource } from 'typeorm';
import type { MunicipalityDemo } from '@lagesbild/demo-data';
import { loadDemoData } from '@lagesbild/service';
import { ImportService } from '../import/import.service';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from '../indicator/indicator-enums';
import { Indicator } from '../indicator/indicator.entity';
import { ObservationService } from '../observation/observation.service';

/**
 * Fills an empty situation schema with the demo indicators and their synthetic observations
 * (one import marked synthetic). Does nothing when indicators exist, so a restart keeps the data.
 */
export async function seedSituation(
  dataSource: DataSource,
  chosen?: MunicipalityDemo,
): Promise<number> {
  if ((await dataSource.getRepository(Indicator).count()) > 0) return 0;
  const { DEMO_INDICATORS, generateObservations, readDistricts, VASTERAS } = await loadDemoData();
  const municipality = chosen ?? VASTERAS;
  await dataSource.getRepository(Indicator).insert(
    DEMO_INDICATORS.map((i) => ({
      ...i,
      name: i.nameSv,
      category: IndicatorCategory[i.category],
      frequency: IndicatorFrequency[i.frequency],
      direction: IndicatorDirection[i.direction],
      normalisation: Normalisation[i.normalisation],
    })),
  );
  const counts = await new ImportService(dataSource, new ObservationService(dataSource)).importDemo(
    generateObservations({
      districts: readDistricts(municipality),
      fromMonth: municipality.observationMonths.from,
      untilMonth: municipality.observationMonths.until,
    }),
  );
  return counts.inserted;
}
