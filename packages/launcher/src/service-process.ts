import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export type LogSink = (service: string, line: string) => void;

/** Formats a JSON log line from a service as `[service] LEVEL message`; other lines pass as they are. */
export function formatLogLine(service: string, line: string): string {
  try {
    const entry = JSON.parse(line) as {
      level?: number;
      msg?: string;
      url?: string;
      err?: { message?: string };
    };
    const level =
      entry.level === undefined
        ? 'INFO'
        : entry.level >= 50
          ? 'ERROR'
          : entry.level >= 40
            ? 'WARN'
            : 'INFO';
    const detail = entry.err?.message ?? entry.url ?? '';
    return `[${service}] ${level} ${entry.msg ?? ''}${detail ? ` ${detail}` : ''}`;
  } catch {
    return `[${service}] ${line}`;
  }
}

/** Runs a service as its own Node.js process and hands its output, line by line, to `log`. */
export function startServiceProcess(
  name: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; log: LogSink },
): ServiceProcess {
  const child = spawn(process.execPath, args, {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => options.log(name, line));
  }
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

/** Polls `url` until it answers 200, or fails when the process exits or time runs out. */
export async function waitUntilReady(service: ServiceProcess, url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void service.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${service.name} exited during start-up; see its log above.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready at ${url} within ${timeoutMs / 1000} s.`);
}
