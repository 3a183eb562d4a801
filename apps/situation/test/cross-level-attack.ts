import { isCoarser, Period, type Frequency } from '@lagesbild/period';
import { postGraphQL } from '@lagesbild/test-kit';

/** A count as stored: what disclosure control must not give away. */
export interface TrueCount {
  district: string;
  period: string;
  count: number;
}

interface Point {
  period: string;
  value: number | null;
  suppressed: boolean;
}

interface PublishedSeries {
  municipal: Point[];
  districts: { district: { code: string }; points: Point[] }[];
}

/** One level of the hierarchy as published: district → period → point, and the municipal points. */
export interface PublishedLevel {
  frequency: Frequency;
  districts: Map<string, Map<string, Point>>;
  municipal: Map<string, Point>;
}

/** What an attacker learned: a hidden count alone, or a hidden sum below the threshold. */
export interface Disclosure {
  how: string;
  cells: string[];
  sum: number;
}

const SERIES = `query($indicator: String!, $granularity: IndicatorFrequency) {
  series(indicator: $indicator, granularity: $granularity) {
    municipal { period value suppressed }
    districts { district { code } points { period value suppressed } }
  } }`;

/** The series of a count indicator as an attacker reads it, at one granularity. */
export async function publishedLevel(
  url: string,
  token: string,
  indicator: string,
  frequency: Frequency,
): Promise<PublishedLevel> {
  const response = await postGraphQL<{ series: PublishedSeries }>(url, SERIES, {
    token,
    variables: { indicator, granularity: frequency },
  });
  const series = response.data?.series;
  if (!series) throw new Error(JSON.stringify(response.errors));
  return {
    frequency,
    districts: new Map(
      series.districts.map((d) => [d.district.code, new Map(d.points.map((p) => [p.period, p]))]),
    ),
    municipal: new Map(series.municipal.map((p) => [p.period, p])),
  };
}

/**
 * Every subtraction across levels an attacker can make with published counts, on one count
 * indicator: a published quarter or year minus its published months (or quarters); a published
 * municipal total minus the published districts, at each level; and that remainder minus the
 * published parts of the hidden districts. Each must leave either nothing hidden or at least two
 * hidden cells whose sum is at least the threshold. Answers every disclosure found.
 */
export function crossLevelDisclosures(
  truth: TrueCount[],
  levels: PublishedLevel[],
  threshold: number,
  municipalCount: (level: PublishedLevel, period: string) => number | null,
): Disclosure[] {
  const found: Disclosure[] = [];
  const trueCount = new Map(truth.map((t) => [`${t.district} ${t.period}`, t.count]));
  const [finest] = levels;
  if (!finest) return found;
  const countOf = (district: string, period: string): number =>
    Period.parse(period)
      .parts(finest.frequency)
      .reduce((sum, part) => sum + (trueCount.get(`${district} ${part}`) ?? 0), 0);
  const check = (how: string, cells: { district: string; period: string }[]) => {
    if (cells.length === 0) return;
    const sum = cells.reduce((total, c) => total + countOf(c.district, c.period), 0);
    if (cells.length < 2 || sum < threshold) {
      found.push({ how, cells: cells.map((c) => `${c.district} ${c.period}`), sum });
    }
  };

  for (const level of levels) {
    const coarser = level !== finest && isCoarser(level.frequency, finest.frequency);
    for (const [district, points] of level.districts) {
      for (const [period, point] of points) {
        if (point.suppressed || point.value === null) continue;
        const parts = coarser ? Period.parse(period).parts(finest.frequency) : [];
        const partPoints = parts.map((part) =>
          finest.districts.get(district)?.get(part.toString()),
        );
        // A published total minus its published parts: nothing hidden may remain.
        const hidden = parts.filter((_, i) => partPoints[i]?.suppressed ?? true);
        check(
          `${district} ${period} minus its published parts`,
          hidden.map((part) => ({ district, period: part.toString() })),
        );
        // What it shows is the sum of what its parts show.
        const shown = partPoints.reduce((sum, p) => sum + (p?.value ?? 0), 0);
        if (coarser && Math.abs(shown - point.value) > 1e-9) {
          found.push({ how: `${district} ${period} is not its months' sum`, cells: [], sum: 0 });
        }
      }
    }
    for (const [period, point] of level.municipal) {
      if (point.value === null) continue;
      const total = municipalCount(level, period);
      const hiddenDistricts = [...level.districts]
        .filter(([, points]) => points.get(period)?.suppressed)
        .map(([district]) => district);
      const trueTotal = [...level.districts.keys()].reduce(
        (sum, district) => sum + countOf(district, period),
        0,
      );
      if (total !== null && Math.abs(total - trueTotal) > 1e-6) {
        found.push({ how: `municipal ${period} is not the districts' total`, cells: [], sum: 0 });
      }
      // The municipality minus the published districts.
      check(
        `municipal ${period} minus published districts`,
        hiddenDistricts.map((district) => ({ district, period })),
      );
      if (!coarser) continue;
      // ... and minus the published months (quarters) of the hidden districts.
      const parts = Period.parse(period).parts(finest.frequency);
      check(
        `municipal ${period} minus published districts and their published parts`,
        hiddenDistricts.flatMap((district) =>
          parts
            .filter((part) => finest.districts.get(district)?.get(part.toString())?.suppressed)
            .map((part) => ({ district, period: part.toString() })),
        ),
      );
    }
  }
  return found;
}
