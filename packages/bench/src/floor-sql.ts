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
 * The latest final period is found per indicator with an index-ordered LIMIT 1, as a careful hand
 * would write it; the product's DISTINCT ON sorts every observation instead (see the report).
 */
export const SITUATION_PICTURE_FLOOR_SQL = `
WITH ind AS (
  SELECT id, key, frequency::text AS frequency, direction::text AS direction,
         normalisation::text AS normalisation, target, "suppressionThreshold" AS threshold
    FROM situation.indicator
   WHERE category <> 'POPULATION'
),
win AS (
  SELECT ind.*, l.period AS target_period, l."periodStart" AS target_start,
         (l."periodStart" - make_interval(months => CASE ind.frequency
            WHEN 'MONTH' THEN 35 WHEN 'QUARTER' THEN 57 ELSE 84 END))::date AS from_start,
         (l."periodStart" - interval '12 months')::date AS year_earlier_start,
         CASE ind.frequency WHEN 'MONTH' THEN 24 WHEN 'QUARTER' THEN 8 ELSE 4 END AS min_points
    FROM ind
    CROSS JOIN LATERAL (
      SELECT o.period, o."periodStart" FROM situation.observation o
       WHERE o."indicatorId" = ind.id AND NOT o.provisional
       ORDER BY o."periodStart" DESC LIMIT 1) l
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
obs AS (
  SELECT w.id, w.threshold, w.normalisation, o."districtCode" AS district,
         o."periodStart" AS start, o.value, o.numerator, o.denominator, o.provisional,
         di.synthetic, p.value AS population,
         CASE WHEN w.normalisation = 'PER_1000_INHABITANTS' THEN o.value ELSE o.numerator END AS cnt,
         CASE WHEN w.normalisation <> 'PER_1000_INHABITANTS' THEN o.value
              WHEN p.value IS NULL OR p.value = 0 THEN NULL
              ELSE o.value / p.value * 1000 END AS rate
    FROM win w
    JOIN situation.observation o
      ON o."indicatorId" = w.id AND o."periodStart" BETWEEN w.from_start AND w.target_start
    JOIN situation.data_import di ON di.id = o."importId"
    LEFT JOIN pop p
      ON p.district = o."districtCode"
     AND (p.nth = 1 OR p.year <= extract(year FROM o."periodStart"))
     AND (p.next_year IS NULL OR p.next_year > extract(year FROM o."periodStart"))
),
grouped AS (
  SELECT obs.*,
         count(*) FILTER (WHERE cnt < threshold) OVER g AS n_primary,
         coalesce(sum(cnt) FILTER (WHERE cnt < threshold) OVER g, 0) AS primary_sum,
         coalesce(cnt >= threshold, false) AS candidate
    FROM obs
  WINDOW g AS (PARTITION BY id, start)
),
ordered AS (
  SELECT grouped.*,
         row_number() OVER c AS k,
         coalesce(sum(cnt) OVER (c ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_sum
    FROM grouped
  WINDOW c AS (PARTITION BY id, start, candidate ORDER BY cnt, district COLLATE "C")
),
hidden AS (
  SELECT ordered.*,
         coalesce(cnt < threshold, false)
           OR (candidate AND n_primary > 0
               AND NOT (n_primary + k - 1 >= 2 AND primary_sum + before_sum >= threshold))
           AS suppressed
    FROM ordered
),
municipal AS (
  SELECT id, start,
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
    FROM hidden
   GROUP BY id, start
),
points AS (
  SELECT h.id, h.district, h.start, h.rate AS x,
         CASE w.frequency WHEN 'MONTH' THEN extract(month FROM h.start)
                          WHEN 'QUARTER' THEN extract(quarter FROM h.start) ELSE 1 END AS season
    FROM hidden h JOIN win w ON w.id = h.id
   WHERE h.rate IS NOT NULL
),
pairs AS (
  SELECT a.id, a.district, sum(sign(b.x - a.x)) AS s
    FROM points a
    JOIN points b
      ON b.id = a.id AND b.district = a.district AND b.season = a.season AND b.start > a.start
   GROUP BY a.id, a.district
),
ties AS (
  SELECT id, district, season, sum(t * (t - 1) * (2 * t + 5)) AS correction
    FROM (SELECT id, district, season, count(*) AS t FROM points GROUP BY id, district, season, x) tied
   GROUP BY id, district, season
),
seasons AS (
  SELECT p.id, p.district, p.season,
         (count(*) * (count(*) - 1) * (2 * count(*) + 5) - max(t.correction))::float8 / 18 AS variance
    FROM points p JOIN ties t USING (id, district, season)
   GROUP BY p.id, p.district, p.season
),
kendall AS (
  SELECT n.id, n.district, n.n, coalesce(pairs.s, 0)::float8 AS s, v.variance
    FROM (SELECT id, district, count(*) AS n FROM points GROUP BY id, district) n
    JOIN (SELECT id, district, sum(variance) AS variance FROM seasons GROUP BY id, district) v
      USING (id, district)
    LEFT JOIN pairs USING (id, district)
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
       CASE WHEN k.n >= w.min_points THEN
         CASE WHEN k.s > 0 THEN 'INCREASING' WHEN k.s < 0 THEN 'DECREASING' ELSE 'NO_TREND' END
       END AS trend_direction,
       CASE WHEN k.n >= w.min_points THEN k.p < 0.05 AND k.s <> 0 END AS trend_significant,
       CASE WHEN k.n >= w.min_points THEN
         CASE WHEN NOT (k.p < 0.05 AND k.s <> 0) THEN 'NO_CLEAR_CHANGE'
              WHEN (k.s > 0) = (w.direction = 'HIGHER_IS_BETTER') THEN 'IMPROVING'
              ELSE 'WORSENING' END
       END AS trend_assessment,
       CASE WHEN k.n >= w.min_points THEN k.p END AS trend_p_value,
       CASE WHEN k.n < w.min_points THEN NULL
            WHEN w.frequency = 'YEAR' THEN 'Mann–Kendall test, two-sided, α = 0.05; Sen''s slope'
            ELSE 'Seasonal Mann–Kendall test (Hirsch, Slack & Smith 1982), two-sided, α = 0.05; Sen''s slope'
       END AS trend_method,
       CASE WHEN k.n >= w.min_points THEN k.n END AS trend_periods,
       coalesce(f.synthetic, false) AS synthetic
  FROM win w
 CROSS JOIN districts d
  LEFT JOIN hidden f ON f.id = w.id AND f.district = d.district AND f.start = w.target_start
  LEFT JOIN hidden y ON y.id = w.id AND y.district = d.district AND y.start = w.year_earlier_start
  LEFT JOIN municipal m ON m.id = w.id AND m.start = w.target_start
  LEFT JOIN tested k ON k.id = w.id AND k.district = d.district
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
