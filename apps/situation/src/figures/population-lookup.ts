/** One district's population in one period. */
export interface PopulationRow {
  districtCode: string;
  period: string;
  value: number;
}

/** Population per district and year, looked up for any period's year. */
export class PopulationLookup {
  private readonly byDistrict = new Map<string, { year: number; population: number }[]>();

  constructor(rows: PopulationRow[]) {
    for (const row of rows) {
      const list = this.byDistrict.get(row.districtCode) ?? [];
      list.push({ year: Number(row.period.slice(0, 4)), population: row.value });
      this.byDistrict.set(row.districtCode, list);
    }
    for (const list of this.byDistrict.values()) list.sort((a, b) => a.year - b.year);
  }

  /** Every district with a population: the districts the situation picture covers. */
  districts(): string[] {
    return [...this.byDistrict.keys()].sort();
  }

  has(district: string): boolean {
    return this.byDistrict.has(district);
  }

  /** The population in `year`, else the latest year before it, else the earliest known. */
  populationOf(district: string, year: number): number | null {
    const list = this.byDistrict.get(district) ?? [];
    let found = list[0]?.population ?? null;
    for (const entry of list) if (entry.year <= year) found = entry.population;
    return found;
  }
}
