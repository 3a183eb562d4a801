import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/** The parts of pglite-socket's query queue this module replaces (it is not exported). */
interface QueryQueue {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

/** Messages of the extended query protocol that leave a statement or portal half done. */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
/** Sync and a simple Query end such a sequence. */
const ENDS = new Set(['S', 'Q'].map((c) => c.charCodeAt(0)));

/**
 * PGlite is one database session shared by every socket connection. pglite-socket keeps a
 * transaction's messages together, but not an extended-protocol sequence outside one
 * (Parse, Bind, Describe, Execute … Sync): another connection's Parse in between replaces the
 * unnamed statement or portal, and answers go to the wrong client ("portal "" does not exist").
 * This queue also keeps such a sequence together: once a connection has begun one, only its
 * messages run until its Sync.
 *
 * Upstream: electric-sql/pglite#1046, "pglite-socket: concurrent extended-protocol batches
 * interleave across connections" (defect A there; its defect B, a throw that stops the queue
 * for good, is why each message's failure is caught and answered below). The fix proposed
 * upstream is electric-sql/pglite#977; drop this module once a release carries it.
 */
export function serialiseExtendedProtocol(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let midSequence = false;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = (midSequence || this.db.isInTransaction()) && this.lastHandlerId !== null;
        const index = sticky ? this.queue.findIndex((q) => q.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        const type = item.message[0] ?? 0;
        if (EXTENDED.has(type)) midSequence = true;
        else if (ENDS.has(type)) midSequence = false;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(queue);

  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    // A client that leaves mid-sequence must not hold the others back.
    if (queue.lastHandlerId === handlerId) midSequence = false;
    await clearTransaction(handlerId);
    if (!queue.processing) await queue.processQueue();
  };
}
