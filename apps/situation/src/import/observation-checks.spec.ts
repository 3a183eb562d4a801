import { IndicatorFrequency, Normalisation } from '../indicator/indicator-enums';
import type { Indicator } from '../indicator/indicator.entity';
import { readCsv } from './csv-reader';
import { checkObservations, type ObservationReference } from './observation-checks';

function indicator(
  key: string,
  frequency: IndicatorFrequency,
  normalisation: Normalisation,
): Indicator {
  return { id: `id-${key}`, key, frequency, normalisation } as Indicator;
}

const REFERENCE: ObservationReference = {
  indicators: new Map(
    [
      indicator('population', IndicatorFrequency.YEAR, Normalisation.AS_IS),
      indicator('crime_m', IndicatorFrequency.MONTH, Normalisation.PER_1000_INHABITANTS),
      indicator('crime_q', IndicatorFrequency.QUARTER, Normalisation.PER_1000_INHABITANTS),
      indicator('share_y', IndicatorFrequency.YEAR, Normalisation.SHARE),
      indicator('level_y', IndicatorFrequency.YEAR, Normalisation.AS_IS),
    ].map((i) => [i.key, i]),
  ),
  districts: new Set(['1980R001', '1980R002']),
  populated: new Set(['1980R001', '1980R002']),
  today: '2026-12-06',
};

/** The problems of a CSV file's rows, as `line:column message`. */
function problemsOf(lines: string[], reference = REFERENCE): string[] {
  const file = readCsv(
    ['indicator,district,period,value,numerator,denominator,provisional', ...lines].join('\n'),
  );
  const { problems } = checkObservations(file.rows, reference);
  return [...file.problems, ...problems].map((p) => `${p.row}:${p.field} ${p.message}`);
}

describe('the row checks of an observation import', () => {
  it('accepts rows that can be true', () => {
    expect(
      problemsOf([
        'crime_m,1980R001,2026-11,4,,,false',
        'crime_m,1980R002,2026-12,3,,,true',
        'share_y,1980R001,2025,33,1,3,false',
        'share_y,1980R002,2025,82.5,33,40,false',
        'population,1980R001,2025,1,,,false',
        'level_y,1980R001,2025,0.1,,,false',
      ]),
    ).toEqual([]);
  });

  it('refuses a period that has not begun, naming its row and the period column', () => {
    expect(
      problemsOf(['crime_m,1980R001,2026-11,4,,,false', 'crime_m,1980R001,2031-01,4,,,true']),
    ).toEqual([
      '3:period 2031-01 has not begun (today is 2026-12-06): only periods that have ended can be imported.',
    ]);
    expect(problemsOf(['crime_q,1980R001,2027-Q1,4,,,true'])).toEqual([
      expect.stringMatching(/^2:period 2027-Q1 has not begun/),
    ]);
  });

  it('takes the current month, quarter or year only as provisional, naming the provisional column', () => {
    expect(
      problemsOf([
        'crime_m,1980R001,2026-12,4,,,false',
        'crime_q,1980R001,2026-Q4,4,,,false',
        'share_y,1980R001,2026,50,,,false',
        'crime_q,1980R002,2026-Q4,4,,,true',
      ]),
    ).toEqual([
      '2:provisional 2026-12 has not ended (it ends 2026-12-31): its figures can only be provisional (provisional true).',
      '3:provisional 2026-Q4 has not ended (it ends 2026-12-31): its figures can only be provisional (provisional true).',
      '4:provisional 2026 has not ended (it ends 2026-12-31): its figures can only be provisional (provisional true).',
    ]);
  });

  it('counts the last day of a period as not yet ended, and the day after as ended', () => {
    const lastDay = { ...REFERENCE, today: '2026-11-30' };
    expect(problemsOf(['crime_m,1980R001,2026-11,4,,,false'], lastDay)).toEqual([
      expect.stringMatching(/^2:provisional 2026-11 has not ended/),
    ]);
    expect(
      problemsOf(['crime_m,1980R001,2026-11,4,,,false'], { ...REFERENCE, today: '2026-12-01' }),
    ).toEqual([]);
  });

  it('refuses district codes the directory does not know, population rows included', () => {
    expect(
      problemsOf(['population,1980R051,2025,1200,,,false', 'crime_m,1980R051,2026-01,4,,,false']),
    ).toEqual([
      '2:district Unknown district "1980R051": the directory has no district with that code.',
      '3:district Unknown district "1980R051": the directory has no district with that code.',
    ]);
  });

  it('refuses figures for a known district without a population', () => {
    const reference = { ...REFERENCE, populated: new Set(['1980R001']) };
    expect(problemsOf(['crime_m,1980R002,2026-01,4,,,false'], reference)).toEqual([
      '2:district District "1980R002" has no population yet: import its population (indicator "population") first.',
    ]);
    expect(
      problemsOf(
        ['population,1980R002,2025,900,,,false', 'crime_m,1980R002,2026-01,4,,,false'],
        reference,
      ),
    ).toEqual([]);
  });

  it('refuses a population of 0 or below', () => {
    expect(
      problemsOf(['population,1980R001,2025,0,,,false', 'population,1980R002,2025,-5,,,false']),
    ).toEqual([
      '2:value population 0 is not a number of inhabitants: a district has at least 1.',
      '3:value population -5 is not a number of inhabitants: a district has at least 1.',
    ]);
  });

  it.each([
    ['value', 'level_y,1980R001,2025,1e400,,,false', 'value "1e400"'],
    ['value', 'level_y,1980R001,2025,-1e309,,,false', 'value "-1e309"'],
    ['numerator', 'share_y,1980R001,2025,50,1e309,2,false', 'numerator "1e309"'],
    ['denominator', 'share_y,1980R001,2025,50,1,1e400,false', 'denominator "1e400"'],
  ])('refuses an infinite %s (%s)', (column, line, text) => {
    expect(problemsOf([line])).toEqual([
      `2:${column} ${text} is not a finite number: it is too large to store.`,
    ]);
  });

  it.each(['NaN', 'Infinity', '-Infinity', 'inf'])('refuses %s as a value', (text) => {
    expect(problemsOf([`level_y,1980R001,2025,${text},,,false`])).toEqual([
      `2:value value "${text}" is not a number.`,
    ]);
  });

  it('refuses non-finite numbers that reach the checks by another way than the CSV reader', () => {
    const row = {
      row: 7,
      indicator: 'share_y',
      district: '1980R001',
      period: '2025',
      value: 50,
      numerator: Number.NaN,
      denominator: Number.POSITIVE_INFINITY,
      provisional: false,
    };
    expect(checkObservations([row], REFERENCE).problems).toEqual([
      { row: 7, field: 'numerator', message: 'numerator NaN is not a finite number.' },
    ]);
  });

  it('refuses a share that contradicts its own numerator and denominator, allowing rounding', () => {
    expect(
      problemsOf([
        'share_y,1980R001,2025,90,1,100,false',
        'share_y,1980R002,2025,33,1,3,false',
        'share_y,1980R002,2024,34,1,3,false',
        'share_y,1980R001,2024,50,0,0,false',
      ]),
    ).toEqual([
      '2:value value 90 % contradicts numerator 1 and denominator 100, which give 1 %.',
      '4:value value 34 % contradicts numerator 1 and denominator 3, which give 33.33 %.',
      '5:denominator denominator 0: a share of nobody has no value.',
    ]);
  });

  it('keeps finality per row: provisional and final rows of one period may come in one file', () => {
    const file = readCsv(
      [
        'indicator,district,period,value,provisional',
        'crime_m,1980R001,2026-10,4,true',
        'crime_m,1980R002,2026-10,5,false',
      ].join('\n'),
    );
    const { rows, problems } = checkObservations(file.rows, REFERENCE);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.provisional)).toEqual([true, false]);
  });
});
