import { monthIndex, monthLabel, readDistricts, VASTERAS } from '@lagesbild/demo-data';
import { historyBlocks, maxScale, periodStart, scaledHistory } from './scale';

describe('the scaled history', () => {
  it('adds N − 1 blocks of the seeded length before the seeded months, without overlap', () => {
    const blocks = historyBlocks(4);
    const first = monthIndex(VASTERAS.observationMonths.from);
    const length = monthIndex(VASTERAS.observationMonths.until) - first + 1;
    expect(blocks).toHaveLength(3);
    expect(blocks[0]?.untilMonth).toBe(first - 1);
    for (const [i, block] of blocks.entries()) {
      expect(block.untilMonth - block.fromMonth + 1).toBe(length);
      const newer = blocks[i - 1];
      if (newer) expect(block.untilMonth).toBe(newer.fromMonth - 1);
    }
    expect(historyBlocks(1)).toEqual([]);
  });

  it('reaches back at most to the year 1, with four-digit years', () => {
    const blocks = historyBlocks(maxScale());
    const oldest = blocks.at(-1);
    expect(oldest && Math.floor(oldest.fromMonth / 12)).toBeGreaterThanOrEqual(1);
    expect(monthLabel(oldest?.fromMonth ?? 0)).toMatch(/^0\d{3}-\d{2}$/);
    expect(maxScale()).toBeGreaterThan(266);
    expect(() => historyBlocks(maxScale() + 1)).toThrow(/at most \d+× fits/);
  });

  it('writes months and the first day of every kind of period', () => {
    expect(monthLabel(monthIndex('2019-12'))).toBe('2019-12');
    expect(periodStart('2019-12')).toBe('2019-12-01');
    expect(periodStart('2019-Q3')).toBe('2019-07-01');
    expect(periodStart('2019')).toBe('2019-01-01');
    expect(periodStart(monthLabel(monthIndex('0995-03')))).toBe('0995-03-01');
    expect(() => periodStart('2019-13-01')).toThrow();
  });

  it('gives every row a key of its own and a population for every year, none before the seed', () => {
    const districts = readDistricts(VASTERAS).slice(0, 2);
    const rows = [...scaledHistory(3, VASTERAS, districts)];
    const keys = new Set(rows.map((r) => `${r.indicator} ${r.district} ${r.period}`));
    expect(keys.size).toBe(rows.length);
    const seedStart = periodStart(VASTERAS.observationMonths.from);
    expect(
      rows.every((r) => r.indicator === 'population' || periodStart(r.period) < seedStart),
    ).toBe(true);
    const years = new Set(
      rows.filter((r) => r.indicator === 'population').map((r) => Number(r.period)),
    );
    const observed = rows
      .filter((r) => r.indicator !== 'population')
      .map((r) => Number(r.period.slice(0, 4)));
    for (const year of observed)
      expect(years.has(year) || year >= VASTERAS.populationYears.from).toBe(true);
    expect([...years].every((year) => year < VASTERAS.populationYears.from)).toBe(true);
  });
});
