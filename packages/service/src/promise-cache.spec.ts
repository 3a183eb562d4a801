import { PromiseCache } from './promise-cache';

describe('PromiseCache', () => {
  it('shares one computation among concurrent callers of a key', async () => {
    const cache = new PromiseCache<number>({ max: 10 });
    let computed = 0;
    const compute = async () => ++computed;
    const answers = await Promise.all([cache.get('a', compute), cache.get('a', compute)]);
    expect(answers).toEqual([1, 1]);
    expect(await cache.get('b', compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it('forgets a computation that failed, so the next caller tries again', async () => {
    const cache = new PromiseCache<string>({ max: 10 });
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', async () => 'up')).toBe('up');
  });

  it('keeps at most `max` keys, dropping the least recently used', async () => {
    const cache = new PromiseCache<string>({ max: 2 });
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });
});
