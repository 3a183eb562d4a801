/**
 * Shares one read among concurrent callers without ever answering a caller with a read that began
 * before it asked: a caller that arrives while a read is under way waits for the next one, which
 * starts as soon as that read ends. However many callers there are, at most one read runs at a
 * time and at most one waits; each caller still sees every write committed before it asked.
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let waiting: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const current = read();
    running = current;
    const settle = () => {
      if (running === current) running = undefined;
    };
    current.then(settle, settle);
    return current;
  };
  return () => {
    if (!running) return start();
    waiting ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        waiting = undefined;
        return start();
      });
    return waiting;
  };
}
