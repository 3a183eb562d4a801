import { readFileSync } from 'node:fs';
import { createRandom } from './random';
import type { MunicipalityDemo } from './vasteras';

export interface DemoDistrict {
  /** SCB RegSO code, e.g. `1980R001`. */
  code: string;
  name: string;
  /** Synthetic population per year. */
  populations: { year: number; population: number }[];
}

function parseDistrictsCsv(csv: string): { code: string; name: string }[] {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  if (header?.trim() !== 'regso_code,name') {
    throw new Error(`Expected the header "regso_code,name", found "${header}"`);
  }
  return rows.map((row, index) => {
    const comma = row.indexOf(',');
    const code = row.slice(0, comma).trim();
    const name = row.slice(comma + 1).trim();
    if (comma < 0 || !code || !name) throw new Error(`Row ${index + 2} is not "code,name": ${row}`);
    return { code, name };
  });
}

/**
 * The municipality's official statistical areas with synthetic populations:
 * sizes spread like real urban areas (log-normal), each growing at its own steady rate,
 * scaled so that the latest year sums to about the municipality's population.
 */
export function readDistricts(municipality: MunicipalityDemo, seed = 1980): DemoDistrict[] {
  const random = createRandom(seed);
  const areas = parseDistrictsCsv(readFileSync(municipality.districtsFile, 'utf8'));
  const weights = areas.map(() => Math.exp(random.number.float({ min: -0.9, max: 0.9 })));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const { from, to } = municipality.populationYears;
  return areas.map((area, index) => {
    const latest = Math.round(((weights[index] ?? 1) / totalWeight) * municipality.population);
    const growth = random.number.float({ min: -0.005, max: 0.025 });
    const populations = [];
    for (let year = from; year <= to; year++) {
      populations.push({ year, population: Math.round(latest / Math.pow(1 + growth, to - year)) });
    }
    return { ...area, populations };
  });
}
