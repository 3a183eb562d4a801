import { loadBenchConfig, resultsStem } from './config';

describe('the bench command line', () => {
  it('names result files for the options a run was given', () => {
    const date = '2026-11-29T16:40:00.000Z';
    expect(resultsStem(date, [])).toBe('2026-11-29');
    expect(resultsStem(date, ['--quick'])).toBe('2026-11-29-quick');
    expect(resultsStem(date, ['--scale', '266', '--soak=600'])).toBe('2026-11-29-scale266-soak600');
    expect(resultsStem(date, ['--quick'], true)).toBe('2026-11-29-quick-postgres');
  });

  it('keeps the arguments and defaults to three runs at 100×', () => {
    const config = loadBenchConfig(['--scale', '266'], {});
    expect(config.arguments).toEqual(['--scale', '266']);
    expect(config).toMatchObject({ runs: 3, scale: 266, quick: false, soakSec: 120 });
    expect(loadBenchConfig(['--quick'], {})).toMatchObject({ runs: 1, scale: 10 });
  });

  it('refuses a value that is not a number, naming the option', () => {
    expect(() => loadBenchConfig(['--scale', 'many'], {})).toThrow(/--scale must be a number/);
    expect(() => loadBenchConfig(['--scale', '1000'], {})).toThrow(/--scale must be at most \d+/);
  });
});
