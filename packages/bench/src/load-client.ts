import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type {
  HttpJob,
  InterleavedJob,
  LoadJob,
  LoadResult,
  SqlJob,
  WorkerMessage,
} from './load-protocol';

/** The orchestrator's handle on the load-generating process. */
export interface LoadGenerator {
  pid: number;
  run(job: HttpJob | SqlJob): Promise<LoadResult>;
  interleave(job: InterleavedJob): Promise<Record<string, LoadResult>>;
  stop(): Promise<void>;
}

type Answer = LoadResult | Record<string, LoadResult>;

/** Forks load-worker.js and waits until it is ready for jobs. */
export async function startLoadGenerator(): Promise<LoadGenerator> {
  const child: ChildProcess = fork(path.join(__dirname, 'load-worker.js'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<
    number,
    { resolve: (result: Answer) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      for (const { reject } of pending.values()) reject(new Error('The load generator exited.'));
      pending.clear();
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The load generator did not start.')), 30_000);
    child.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        clearTimeout(timer);
        resolve();
        return;
      }
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if ('result' in message) waiting.resolve(message.result);
      else if ('results' in message) waiting.resolve(message.results);
      else waiting.reject(new Error(message.error));
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error('The load generator exited during start-up.'));
    });
  });
  const send = (job: LoadJob): Promise<Answer> => {
    if (exited) return Promise.reject(new Error('The load generator has exited.'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      child.send({ id, job });
    });
  };
  return {
    pid: child.pid ?? 0,
    run: (job) => send(job) as Promise<LoadResult>,
    interleave: (job) => send(job) as Promise<Record<string, LoadResult>>,
    async stop() {
      if (exited) return;
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
