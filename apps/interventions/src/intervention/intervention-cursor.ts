import { InvalidInputError } from '@lagesbild/subgraph-kit';

/** Interventions are paged in title order; the cursor is the (title, id) of the last one seen. */
export function encodeCursor(title: string, id: string): string {
  return Buffer.from(JSON.stringify([title, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { title: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { title: value[0], id: value[1] };
    }
  } catch {
    // reported below
  }
  throw new InvalidInputError('after', 'The cursor is not one this API gave out.');
}
