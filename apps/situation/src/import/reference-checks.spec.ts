import type { Indicator } from '../indicator/indicator.entity';
import { readKolada } from './kolada-reader';
import { checkReferences } from './reference-checks';

const BY_KPI = new Map([['N07403', { id: 'id-crime', koladaFactor: 0.01 } as Indicator]]);

/** The problems of a Kolada answer's entries, as `entry:field message`. */
function problemsOf(entries: { period: number; value: string }[], today = '2026-12-06'): string[] {
  const json = `{"values": [${entries
    .map(
      (e) =>
        `{"kpi": "N07403", "municipality": "1980", "period": ${e.period}, "values": [{"gender": "T", "value": ${e.value}}]}`,
    )
    .join(', ')}]}`;
  const file = readKolada(json);
  const { problems } = checkReferences(file.rows, BY_KPI, today);
  return [...file.problems, ...problems].map((p) => `${p.row}:${p.field} ${p.message}`);
}

describe('the checks of Kolada reference figures', () => {
  it('takes years that have ended', () => {
    expect(problemsOf([{ period: 2025, value: '1200' }])).toEqual([]);
  });

  it('refuses the running year and years to come, naming the entry and the period', () => {
    expect(
      problemsOf([
        { period: 2025, value: '1200' },
        { period: 2026, value: '1200' },
        { period: 2031, value: '1200' },
      ]),
    ).toEqual([
      '2:period 2026 has not ended (it ends 2026-12-31): import it once it has ended.',
      '3:period 2031 has not begun (today is 2026-12-06): only periods that have ended can be imported.',
    ]);
  });

  it('refuses a value too large to be a finite number', () => {
    const problems = problemsOf([{ period: 2025, value: '1e400' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^1:values\.0\.values\.0\.value /);
  });
});
