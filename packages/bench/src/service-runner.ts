import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A process the bench started itself (a second gateway, Hive Gateway), stopped by `stop()`. */
export interface RunningService {
  name: string;
  pid: number;
  stop(): Promise<void>;
}

/** Runs `node [nodeArgs] <script> …args` with `env`, passing its output to `log` line by line. */
export function runNodeService(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  nodeArgs: string[] = [],
): { service: RunningService; child: ChildProcess } {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => log(`[${name}] ${line}`));
  }
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    child,
    service: {
      name,
      pid: child.pid ?? 0,
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      },
    },
  };
}

/** Polls `url` until it answers 200 (at most `timeoutMs`), failing early if `child` exits. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The process for ${url} exited.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}
