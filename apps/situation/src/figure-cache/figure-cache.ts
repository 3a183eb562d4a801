import type { DataSource } from 'typeorm';
import { readDataVersion } from '@lagesbild/db';
import { freshRead, PromiseCache } from '@lagesbild/service';

/** Answers kept: every period and selection the dashboard asks for, with room to spare. */
const MAX_ENTRIES = 500;

/**
 * Figures computed once per change of the data and served from memory until the next: each
 * answer is kept under the schema's data version (raised by every write, in the writing
 * transaction) and the normalised arguments that made it. Every use reads the version anew —
 * one single-row read, shared by concurrent requests — so a write through any instance of the
 * subgraph is seen by the very next request, and an answer is never older than the data.
 * Concurrent requests for the same answer share one computation; a failed one is not kept.
 */
export class FigureCache {
  private readonly entries = new PromiseCache<unknown>({ max: MAX_ENTRIES });

  private constructor(private readonly version: (() => Promise<string>) | null) {}

  static forDatabase(dataSource: DataSource): FigureCache {
    return new FigureCache(freshRead(() => readDataVersion(dataSource)));
  }

  /** Keeps nothing: every answer computed afresh. */
  static none(): FigureCache {
    return new FigureCache(null);
  }

  async get<T>(kind: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    if (!this.version) return compute();
    const key = `${await this.version()} ${kind} ${JSON.stringify(args)}`;
    return this.entries.get(key, compute) as Promise<T>;
  }
}
