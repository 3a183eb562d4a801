import { freshRead } from './fresh-read';

/** A read whose answers the test releases one at a time. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  let started = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      started += 1;
      pending.push(resolve);
    });
  return {
    read,
    started: () => started,
    finishNext: (value: number) => pending.shift()?.(value),
  };
}

describe('freshRead', () => {
  it('answers a caller who arrives during a read with the next read, shared by all who wait', async () => {
    const source = controlledRead();
    const get = freshRead(source.read);
    const first = get();
    const second = get();
    const third = get();
    expect(source.started()).toBe(1);
    source.finishNext(1);
    expect(await first).toBe(1);
    await Promise.resolve();
    expect(source.started()).toBe(2);
    source.finishNext(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it('starts a new read for a caller who arrives after the last one ended', async () => {
    const source = controlledRead();
    const get = freshRead(source.read);
    const first = get();
    source.finishNext(1);
    await first;
    const second = get();
    expect(source.started()).toBe(2);
    source.finishNext(2);
    expect(await second).toBe(2);
  });

  it('passes a failed read to its callers and reads again for the next caller', async () => {
    let calls = 0;
    const get = freshRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error('database gone');
      return calls;
    });
    await expect(get()).rejects.toThrow('database gone');
    await expect(get()).resolves.toBe(2);
  });
});
