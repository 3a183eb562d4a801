import { organisationRegistry, OrganisationsUnavailableError } from './organisation-registry';

/** A directory whose answers the test decides: a list of codes, or an outage. */
function directory(initial: string[]) {
  let codes: string[] | null = initial;
  const calls: string[] = [];
  return {
    calls,
    fetch: async (token: string) => {
      calls.push(token);
      if (codes === null) throw new Error('connect ECONNREFUSED 127.0.0.1:4001');
      return new Set(codes);
    },
    set(next: string[] | null) {
      codes = next;
    },
  };
}

describe('organisation registry', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('fetches once, answers from the list, and refetches for an unknown code', async () => {
    const source = directory(['KS', 'GSN']);
    const registry = organisationRegistry(source.fetch);
    expect(await registry.isKnown('KS', 't1')).toBe(true);
    expect(await registry.isKnown('GSN', 't2')).toBe(true);
    expect(source.calls).toEqual(['t1']);
    source.set(['KS', 'GSN', 'NEW']);
    jest.advanceTimersByTime(1_000);
    expect(await registry.isKnown('NEW', 't3')).toBe(true);
    expect(await registry.isKnown('EVIL', 't4')).toBe(false);
    // Within a second of the last fetch an unknown code is refused without asking again.
    expect(source.calls).toEqual(['t1', 't3']);
    expect(registry.status()).toMatchObject({ state: 'current' });
  });

  it('keeps the last known list through an outage longer than the refresh interval', async () => {
    const source = directory(['KS', 'GSN']);
    const changes: boolean[] = [];
    const registry = organisationRegistry(source.fetch, {
      refreshMs: 60_000,
      retryMs: 5_000,
      onAvailabilityChange: (available) => changes.push(available),
    });
    await registry.isKnown('GSN', 't');
    source.set(null);
    jest.advanceTimersByTime(61_000);
    expect(await registry.isKnown('GSN', 't')).toBe(true);
    await jest.runAllTimersAsync();
    expect(registry.status()).toMatchObject({
      state: 'kept',
      fetchedAt: '2026-12-01T10:00:00.000Z',
      lastError: expect.stringContaining('ECONNREFUSED'),
    });
    // Still refused: a code the last known list does not have.
    expect(await registry.isKnown('EVIL', 't')).toBe(false);
    // No retry within retryMs, however many requests come.
    const calls = source.calls.length;
    for (let i = 0; i < 50; i += 1) await registry.isKnown('GSN', 't');
    expect(source.calls).toHaveLength(calls);
    expect(changes).toEqual([false]);

    source.set(['KS', 'GSN']);
    jest.advanceTimersByTime(5_000);
    expect(await registry.isKnown('GSN', 't')).toBe(true);
    await jest.runAllTimersAsync();
    expect(registry.status()).toEqual({ state: 'current', fetchedAt: expect.any(String) });
    expect(changes).toEqual([false, true]);
  });

  it('cannot decide before it has ever had a list, and says so', async () => {
    const source = directory([]);
    source.set(null);
    const registry = organisationRegistry(source.fetch);
    await expect(registry.isKnown('GSN', 't')).rejects.toBeInstanceOf(
      OrganisationsUnavailableError,
    );
    expect(registry.status()).toMatchObject({ state: 'none', fetchedAt: null });
  });
});
