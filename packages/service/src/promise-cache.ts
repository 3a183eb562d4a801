import { LRUCache } from 'lru-cache';

export interface PromiseCacheOptions {
  /** Keys kept at most; the least recently used go first. */
  max: number;
  /** How long an answer is kept; without it, until pushed out by newer keys. */
  ttlMs?: number;
}

/**
 * Answers kept by key, on lru-cache: concurrent callers of one key share one computation, and a
 * computation that fails is forgotten, so the next caller tries again.
 */
export class PromiseCache<Value> {
  private readonly entries: LRUCache<string, Promise<Value>>;

  constructor(options: PromiseCacheOptions) {
    this.entries = new LRUCache<string, Promise<Value>>({
      max: options.max,
      ...(options.ttlMs === undefined ? {} : { ttl: options.ttlMs }),
    });
  }

  get(key: string, compute: () => Promise<Value>): Promise<Value> {
    const kept = this.entries.get(key);
    if (kept) return kept;
    const computed = compute();
    this.entries.set(key, computed);
    computed.catch(() => {
      if (this.entries.get(key) === computed) this.entries.delete(key);
    });
    return computed;
  }
}
