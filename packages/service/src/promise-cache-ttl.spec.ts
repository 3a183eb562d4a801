import type * as PromiseCacheModule from './promise-cache';

// Loaded in the test: lru-cache takes the clock it finds when it loads, so it loads after the fake one.
describe('PromiseCache with a time to live', () => {
  afterEach(() => jest.useRealTimers());

  it('keeps an answer for its time to live, then computes it again', async () => {
    jest.useFakeTimers();
    // lru-cache reads a start time of 0 as "no time to live": the fake clock starts at 0.
    jest.advanceTimersByTime(1_000);
    const { PromiseCache } = jest.requireActual<typeof PromiseCacheModule>('./promise-cache');
    const cache = new PromiseCache<number>({ max: 10, ttlMs: 60_000 });
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get('a', compute)).toBe(1);
    jest.advanceTimersByTime(59_000);
    expect(await cache.get('a', compute)).toBe(1);
    jest.advanceTimersByTime(2_000);
    expect(await cache.get('a', compute)).toBe(2);
  });
});
