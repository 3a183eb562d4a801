/** The council's organisations cannot be told from others: no list has ever been fetched. */
export class OrganisationsUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The list of organisations is not available yet; try again shortly.', options);
    this.name = 'OrganisationsUnavailableError';
  }
}

export interface OrganisationRegistryOptions {
  /** How long a fetched list is taken as current (default a minute). */
  refreshMs?: number;
  /** The least time between two fetches while the list cannot be fetched (default 5 s). */
  retryMs?: number;
  /** Told once each time fetching starts failing, and once when it works again. */
  onAvailabilityChange?(available: boolean, error?: unknown): void;
}

/** What `/readyz` reports of the list. */
export interface OrganisationListStatus {
  state: 'none' | 'current' | 'kept';
  /** When the list in use was fetched. */
  fetchedAt: string | null;
  /** Why the latest fetch failed, while the last known list is kept. */
  lastError?: string;
}

export interface OrganisationRegistry {
  /** Whether a code is one of the council's organisations; gets the caller's token to ask with. */
  isKnown(code: string, token: string): Promise<boolean>;
  status(): OrganisationListStatus;
}

/**
 * Knows the council's organisation codes from a list fetched now and then (from the directory
 * subgraph, as the caller). A code missing from the list causes one refetch (at most one a
 * second), so a new organisation is known at once. When the list cannot be fetched, the last
 * known one is kept: a directory outage then fails only the directory's own fields, and signs
 * nobody out. Only before any list has been fetched is a code undecidable
 * (OrganisationsUnavailableError, answered as 503).
 */
export function organisationRegistry(
  fetchCodes: (token: string) => Promise<Set<string>>,
  options: OrganisationRegistryOptions = {},
): OrganisationRegistry {
  const refreshMs = options.refreshMs ?? 60_000;
  const retryMs = options.retryMs ?? 5_000;
  let codes: Set<string> | null = null;
  let fetchedAt = 0;
  let attemptedAt = 0;
  let failure: unknown = null;
  let inFlight: Promise<void> | null = null;

  /** One fetch at a time; concurrent callers share it. Never rejects. */
  function refresh(token: string): Promise<void> {
    inFlight ??= (async () => {
      attemptedAt = Date.now();
      try {
        codes = await fetchCodes(token);
        fetchedAt = Date.now();
        if (failure !== null) options.onAvailabilityChange?.(true);
        failure = null;
      } catch (error) {
        if (failure === null) options.onAvailabilityChange?.(false, error);
        failure = error;
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  return {
    async isKnown(code, token) {
      const now = Date.now();
      if (codes === null) {
        if (now - attemptedAt >= retryMs || failure === null) await refresh(token);
        if (codes === null) throw new OrganisationsUnavailableError({ cause: failure });
      }
      const due = now - fetchedAt >= refreshMs && now - attemptedAt >= retryMs;
      if (codes.has(code)) {
        // Known: answer now, bring the list up to date behind the answer.
        if (due) void refresh(token);
        return true;
      }
      if (now - attemptedAt >= Math.min(1_000, retryMs)) await refresh(token);
      return codes.has(code);
    },
    status() {
      if (codes === null) {
        return {
          state: 'none',
          fetchedAt: null,
          ...(failure !== null ? { lastError: String(failure) } : {}),
        };
      }
      return {
        state: failure === null ? 'current' : 'kept',
        fetchedAt: new Date(fetchedAt).toISOString(),
        ...(failure !== null ? { lastError: String(failure) } : {}),
      };
    },
  };
}
