/**
 * The floor of `situationPicture`: one hand-written SQL statement that computes the same answer
 * as the dashboard's operation (operations.ts) — every district × every indicator but population,
 * each at its latest final period: value and rate (per 1 000 inhabitants, share or as is), disclosure
 * control (primary and secondary suppression, the municipal total withheld when small), the
 * municipal figure (events over inhabitants, numerators over denominators, else a weighted mean),
 * deviation, change from a year earlier, and the seasonal Mann–Kendall trend (S, Var(S) with tie
 * correction, continuity-corrected z, the same erf approximation as simple-statistics) with its
 * direction, significance, assessment and number of periods. The `municipal` list of the answer is
 * in every row (`municipal_value`, `period`). Sen's slope is left out because the operation does not
 * ask for it. `verifyFloor` checks, on every run, that this statement gives the product's answer.
 *
 * The latest final period is found per indicator with an index-ordered LIMIT 1, and each trend
 * window read with an index range scan, as a careful hand would write it; the product's DISTINCT ON
 * sorts every observation instead (see the report). It is run with `jit = off` (measure.ts).
 */
export const SITUATION_PICTURE_FLOOR_SQL = `
WITH win AS (
  SELECT row_number() OVER (ORDER BY i.key)::int AS n, i.key,
         i.frequency::text AS frequency, i.direction::text AS direction,
         i.normalisation::text AS normalisation, i."suppressionThreshold" AS threshold,
         l.period AS target_period, l."periodStart" AS target_start,
         (l."periodStart" - make_interval(months => CASE i.frequency::text
            WHEN 'MONTH' THEN 35 WHEN 'QUARTER' THEN 57 ELSE 84 END))::date AS from_start,
         (l."periodStart" - interval '12 months')::date AS year_earlier_start,
         CASE i.frequency::text WHEN 'MONTH' THEN 24 WHEN 'QUARTER' THEN 8 ELSE 4 END AS min_points,
         i.id
    FROM situation.indicator i
    CROSS JOIN LATERAL (
      SELECT o.period, o."periodStart" FROM situation.observation o
       WHERE o."indicatorId" = i.id AND NOT o.provisional
       ORDER BY o."periodStart" DESC LIMIT 1) l
   WHERE i.category <> 'POPULATION'
),
pop AS (
  SELECT o."districtCode" AS district, left(o.period, 4)::int AS year, o.value,
         row_number() OVER w AS nth, lead(left(o.period, 4)::int) OVER w AS next_year
    FROM situation.observation o
    JOIN situation.indicator i ON i.id = o."indicatorId"
   WHERE i.key = 'population'
  WINDOW w AS (PARTITION BY o."districtCode" ORDER BY o.period)
),
districts AS (SELECT DISTINCT district FROM pop),
pop_year AS (
  SELECT p.district, y.year, p.value
    FROM pop p
    JOIN (SELECT generate_series(min(date_part('year', from_start))::int,
                                 max(date_part('year', target_start))::int) AS year FROM win) y
      ON (p.nth = 1 OR p.year <= y.year) AND (p.next_year IS NULL OR p.next_year > y.year)
),
obs AS (
  SELECT w.n, o."districtCode" AS district, o."periodStart" AS start, o.value, o.numerator,
         o.denominator, o.provisional, di.synthetic, py.value AS population,
         o."periodStart" = w.target_start AS at_target,
         o."periodStart" = w.year_earlier_start AS at_year_earlier,
         CASE w.frequency WHEN 'MONTH' THEN date_part('month', o."periodStart")
                          WHEN 'QUARTER' THEN date_part('quarter', o."periodStart") ELSE 1 END::int
           AS season,
         CASE WHEN w.normalisation <> 'PER_1000_INHABITANTS' THEN o.value
              WHEN py.value IS NULL OR py.value = 0 THEN NULL
              ELSE o.value / py.value * 1000 END AS rate
    FROM win w
    -- One index range scan per indicator (OFFSET 0 keeps the planner from flattening it into a
    -- scan of the whole table): only the trend window is read, whatever the history.
    CROSS JOIN LATERAL (
      SELECT * FROM situation.observation
       WHERE "indicatorId" = w.id AND "periodStart" BETWEEN w.from_start AND w.target_start
      OFFSET 0) o
    JOIN situation.data_import di ON di.id = o."importId"
    LEFT JOIN pop_year py
      ON py.district = o."districtCode" AND py.year = date_part('year', o."periodStart")::int
),
-- Disclosure control and the municipal figure matter only where values are published: the
-- latest period and a year before it. Trends use the rates before suppression.
grouped AS (
  SELECT obs.n, obs.district, obs.start, obs.value, obs.numerator, obs.denominator,
         obs.provisional, obs.population, obs.rate, obs.at_target, w.threshold, w.normalisation,
         CASE WHEN w.normalisation = 'PER_1000_INHABITANTS' THEN obs.value ELSE obs.numerator END
           AS cnt
    FROM obs JOIN win w ON w.n = obs.n
   WHERE obs.at_target OR obs.at_year_earlier
),
counted AS (
  SELECT grouped.*,
         count(*) FILTER (WHERE cnt < threshold) OVER g AS n_primary,
         coalesce(sum(cnt) FILTER (WHERE cnt < threshold) OVER g, 0) AS primary_sum,
         coalesce(cnt >= threshold, false) AS candidate
    FROM grouped
  WINDOW g AS (PARTITION BY n, start)
),
ordered AS (
  SELECT counted.*,
         row_number() OVER c AS k,
         coalesce(sum(cnt) OVER (c ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_sum
    FROM counted
  WINDOW c AS (PARTITION BY n, start, candidate ORDER BY cnt, district COLLATE "C")
),
hidden AS (
  SELECT n, district, at_target, provisional, value, rate,
         coalesce(cnt < threshold, false)
           OR (candidate AND n_primary > 0
               AND NOT (n_primary + k - 1 >= 2 AND primary_sum + before_sum >= threshold))
           AS suppressed
    FROM ordered
),
municipal AS (
  SELECT n,
         CASE WHEN count(cnt) > 0 AND sum(cnt) < max(threshold) THEN NULL
              WHEN max(normalisation) = 'PER_1000_INHABITANTS' THEN
                CASE WHEN sum(population) FILTER (WHERE population > 0) > 0
                     THEN sum(value) FILTER (WHERE population > 0)
                          / sum(population) FILTER (WHERE population > 0) * 1000 END
              WHEN max(normalisation) = 'SHARE'
                   AND bool_and(numerator IS NOT NULL AND coalesce(denominator, 0) <> 0) THEN
                CASE WHEN sum(denominator) > 0 THEN sum(numerator) / sum(denominator) * 100 END
              ELSE
                CASE WHEN sum(coalesce(denominator, population, 0)) > 0
                     THEN sum(value * coalesce(denominator, population, 0))
                          / sum(coalesce(denominator, population, 0)) END
         END AS value
    FROM grouped
   WHERE at_target
   GROUP BY n
),
points AS (SELECT n, district, season, start, rate AS x FROM obs WHERE rate IS NOT NULL),
pairs AS (
  SELECT a.n, a.district, sum(sign(b.x - a.x)) AS s
    FROM points a
    JOIN points b ON b.n = a.n AND b.district = a.district AND b.season = a.season AND b.start > a.start
   GROUP BY a.n, a.district
),
seasons AS (
  SELECT n, district, season, sum(t) AS size, sum(t * (t - 1) * (2 * t + 5)) AS correction
    FROM (SELECT n, district, season, count(*) AS t FROM points GROUP BY n, district, season, x) tied
   GROUP BY n, district, season
),
kendall AS (
  SELECT v.n, v.district, v.size, coalesce(pairs.s, 0)::float8 AS s, v.variance
    FROM (SELECT n, district, sum(size)::int AS size,
                 sum((size * (size - 1) * (2 * size + 5) - correction)::float8 / 18) AS variance
            FROM seasons GROUP BY n, district) v
    LEFT JOIN pairs USING (n, district)
),
tested AS (
  SELECT kendall.*,
         CASE WHEN variance > 0
              THEN least(1, greatest(0, 2 * (1 - 0.5 * (1 + (1 - tau))))) ELSE 1 END AS p
    FROM kendall
    CROSS JOIN LATERAL (
      SELECT CASE WHEN variance > 0 THEN (s - sign(s)) / sqrt(variance) ELSE 0 END AS z) zs
    CROSS JOIN LATERAL (SELECT abs(zs.z) / sqrt(2::float8) AS e) es
    CROSS JOIN LATERAL (SELECT 1 / (1 + 0.5 * es.e) AS t) ts
    CROSS JOIN LATERAL (
      SELECT ts.t * exp(-es.e * es.e + ((((((((0.17087277 * ts.t - 0.82215223) * ts.t
             + 1.48851587) * ts.t - 1.13520398) * ts.t + 0.27886807) * ts.t - 0.18628806) * ts.t
             + 0.09678418) * ts.t + 0.37409196) * ts.t + 1.00002368) * ts.t - 1.26551223) AS tau
    ) taus
)
SELECT w.key AS indicator, w.target_period AS period, d.district,
       CASE WHEN f.suppressed THEN NULL ELSE f.value END AS value,
       CASE WHEN f.suppressed THEN NULL ELSE f.rate END AS rate,
       coalesce(f.suppressed, false) AS suppressed,
       coalesce(f.provisional, false) AS provisional,
       m.value AS municipal_value,
       CASE WHEN f.suppressed THEN NULL ELSE f.rate END - m.value AS deviation,
       CASE WHEN f.suppressed OR f.rate IS NULL OR m.value IS NULL OR m.value = 0 THEN NULL
            ELSE (f.rate / m.value - 1) * 100 END AS deviation_percent,
       CASE WHEN f.suppressed OR y.suppressed THEN NULL ELSE f.rate - y.rate END
         AS change_from_year_earlier,
       CASE WHEN k.size >= w.min_points THEN
         CASE WHEN k.s > 0 THEN 'INCREASING' WHEN k.s < 0 THEN 'DECREASING' ELSE 'NO_TREND' END
       END AS trend_direction,
       CASE WHEN k.size >= w.min_points THEN k.p < 0.05 AND k.s <> 0 END AS trend_significant,
       CASE WHEN k.size >= w.min_points THEN
         CASE WHEN NOT (k.p < 0.05 AND k.s <> 0) THEN 'NO_CLEAR_CHANGE'
              WHEN (k.s > 0) = (w.direction = 'HIGHER_IS_BETTER') THEN 'IMPROVING'
              ELSE 'WORSENING' END
       END AS trend_assessment,
       CASE WHEN k.size >= w.min_points THEN k.p END AS trend_p_value,
       CASE WHEN k.size < w.min_points THEN NULL
            WHEN w.frequency = 'YEAR' THEN 'Mann–Kendall test, two-sided, α = 0.05; Sen''s slope'
            ELSE 'Seasonal Mann–Kendall test (Hirsch, Slack & Smith 1982), two-sided, α = 0.05; Sen''s slope'
       END AS trend_method,
       CASE WHEN k.size >= w.min_points THEN k.size END AS trend_periods,
       (SELECT bool_or(synthetic) FROM obs) AS synthetic
  FROM win w
 CROSS JOIN districts d
  LEFT JOIN hidden f ON f.n = w.n AND f.district = d.district AND f.at_target
  LEFT JOIN hidden y ON y.n = w.n AND y.district = d.district AND NOT y.at_target
  LEFT JOIN municipal m ON m.n = w.n
  LEFT JOIN tested k ON k.n = w.n AND k.district = d.district
 ORDER BY w.key, d.district`;

/** One row of the floor statement. */
export interface FloorRow {
  indicator: string;
  period: string;
  district: string;
  value: number | null;
  rate: number | null;
  suppressed: boolean;
  provisional: boolean;
  municipal_value: number | null;
  deviation: number | null;
  deviation_percent: number | null;
  change_from_year_earlier: number | null;
  trend_direction: string | null;
  trend_significant: boolean | null;
  trend_assessment: string | null;
  trend_p_value: number | null;
  trend_method: string | null;
  trend_periods: string | number | null;
}

/** A cell of the dashboard's situationPicture operation. */
export interface PictureCell {
  period: string;
  value: number | null;
  rate: number | null;
  suppressed: boolean;
  provisional: boolean;
  municipalValue: number | null;
  deviation: number | null;
  deviationPercent: number | null;
  changeFromYearEarlier: number | null;
  district: { code: string };
  indicator: { key: string };
  trend: {
    direction: string;
    significant: boolean;
    assessment: string;
    pValue: number;
    method: string;
    periods: number;
  } | null;
}

export interface FloorCheck {
  cells: number;
  rows: number;
  mismatches: number;
  /** The first few differences, to say what differs. */
  examples: string[];
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  // Sums in another order and libm's exp may differ in the last bits.
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Compares the floor's rows with the product's cells, field by field. */
export function verifyFloor(rows: FloorRow[], cells: PictureCell[]): FloorCheck {
  const byKey = new Map(rows.map((row) => [`${row.indicator} ${row.district}`, row]));
  const examples: string[] = [];
  let mismatches = 0;
  const differ = (key: string, field: string, product: unknown, floor: unknown) => {
    mismatches++;
    if (examples.length < 5) {
      examples.push(
        `${key} ${field}: product ${JSON.stringify(product)}, floor ${JSON.stringify(floor)}`,
      );
    }
  };
  for (const cell of cells) {
    const key = `${cell.indicator.key} ${cell.district.code}`;
    const row = byKey.get(key);
    if (!row) {
      differ(key, 'cell', 'present', 'missing');
      continue;
    }
    const numbers: [string, number | null, number | null][] = [
      ['value', cell.value, row.value],
      ['rate', cell.rate, row.rate],
      ['municipalValue', cell.municipalValue, row.municipal_value],
      ['deviation', cell.deviation, row.deviation],
      ['deviationPercent', cell.deviationPercent, row.deviation_percent],
      ['changeFromYearEarlier', cell.changeFromYearEarlier, row.change_from_year_earlier],
      ['trend.pValue', cell.trend?.pValue ?? null, row.trend_p_value],
    ];
    for (const [field, product, floor] of numbers) {
      if (!close(product, floor)) differ(key, field, product, floor);
    }
    const exact: [string, unknown, unknown][] = [
      ['period', cell.period, row.period],
      ['suppressed', cell.suppressed, row.suppressed],
      ['provisional', cell.provisional, row.provisional],
      ['trend.direction', cell.trend?.direction ?? null, row.trend_direction],
      ['trend.significant', cell.trend?.significant ?? null, row.trend_significant],
      ['trend.assessment', cell.trend?.assessment ?? null, row.trend_assessment],
      ['trend.method', cell.trend?.method ?? null, row.trend_method],
      [
        'trend.periods',
        cell.trend?.periods ?? null,
        row.trend_periods === null ? null : Number(row.trend_periods),
      ],
    ];
    for (const [field, product, floor] of exact) {
      if (product !== floor) differ(key, field, product, floor);
    }
  }
  if (rows.length !== cells.length) differ('all', 'cell count', cells.length, rows.length);
  return { cells: cells.length, rows: rows.length, mismatches, examples };
}
