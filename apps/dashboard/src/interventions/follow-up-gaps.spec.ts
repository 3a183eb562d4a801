import { followUpGaps, nothingToChart, type FollowUpFacts } from './follow-up-gaps';

const window = (first: string, last: string, target: number | null, rest: number | null) => ({
  firstPeriod: first,
  lastPeriod: last,
  targetAreaRate: target,
  restRate: rest,
  targetAreaWithheld: false,
  restWithheld: false,
});

const facts = (
  progress: Partial<FollowUpFacts['progress']>,
  districts = ['1980R042'],
): FollowUpFacts => ({
  districtCodes: districts,
  startDate: '2026-01-15',
  progress: {
    effect: 'NO_CLEAR_DIFFERENCE',
    movement: 'TOWARD_TARGET',
    baseline: 4,
    baselineWindow: window('2025-01', '2025-12', 4, 3),
    latestWindow: window('2025-11', '2026-10', 3.5, 3),
    ...progress,
  },
});

describe('what a follow-up lacks', () => {
  it('is nothing when the verdict has its figures', () => {
    expect(followUpGaps(facts({}))).toEqual([]);
  });

  it('says it is too early while the latest year begins before the start', () => {
    expect(followUpGaps(facts({ effect: 'TOO_EARLY' }))).toEqual([
      { kind: 'TOO_EARLY', firstPeriod: '2025-11', lastPeriod: '2026-10', startDate: '2026-01-15' },
    ]);
  });

  it('names each figure withheld to protect individuals, and each missing one', () => {
    const latest = { ...window('2025-11', '2026-10', null, 3), targetAreaWithheld: true };
    const baseline = window('2025-01', '2025-12', 4, null);
    expect(
      followUpGaps(
        facts({ effect: 'INSUFFICIENT_DATA', latestWindow: latest, baselineWindow: baseline }),
      ),
    ).toEqual([
      {
        kind: 'MISSING',
        area: 'rest',
        window: 'baseline',
        firstPeriod: '2025-01',
        lastPeriod: '2025-12',
      },
      {
        kind: 'WITHHELD',
        area: 'target',
        window: 'latest',
        firstPeriod: '2025-11',
        lastPeriod: '2026-10',
      },
    ]);
  });

  it('says there is no rest to compare with for the whole municipality', () => {
    const gaps = followUpGaps(
      facts(
        {
          effect: 'INSUFFICIENT_DATA',
          baselineWindow: window('2025-01', '2025-12', 4, null),
          latestWindow: window('2025-11', '2026-10', 3, null),
        },
        [],
      ),
    );
    expect(gaps).toEqual([{ kind: 'WHOLE_MUNICIPALITY' }]);
  });

  it('says when there are no final figures yet, and when there is no baseline', () => {
    expect(followUpGaps(facts({ effect: 'INSUFFICIENT_DATA', latestWindow: null }))).toEqual([
      { kind: 'NO_LATEST' },
    ]);
    expect(followUpGaps(facts({ movement: 'UNKNOWN', baseline: null }))).toEqual([
      { kind: 'NO_BASELINE' },
    ]);
  });

  it('has nothing to chart only when no window has a figure', () => {
    expect(nothingToChart(facts({}).progress)).toBe(false);
    expect(
      nothingToChart(
        facts({ baselineWindow: window('2025-01', '2025-12', null, null), latestWindow: null })
          .progress,
      ),
    ).toBe(true);
  });
});
