import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Memory of a process from /proc/<pid>/status, in MiB: now (VmRSS) and at its peak (VmHWM). */
export interface ProcessMemory {
  rssMiB: number;
  peakMiB: number;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Null once the process has gone. */
export function processMemory(pid: number): ProcessMemory | null {
  const status = readText(`/proc/${pid}/status`);
  if (!status) return null;
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  const rss = kib('VmRSS');
  const peak = kib('VmHWM');
  if (!Number.isFinite(rss) || !Number.isFinite(peak)) return null;
  return { rssMiB: rss / 1024, peakMiB: peak / 1024 };
}

interface ChildProcessInfo {
  pid: number;
  args: string[];
  env: Record<string, string>;
}

/** The direct children of `parent`, with their command line and environment. */
export function childProcesses(parent = process.pid): ChildProcessInfo[] {
  const children: ChildProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    // The command name in parentheses may hold spaces; the parent pid is the second field after it.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (ppid !== parent) continue;
    const args = (readText(`/proc/${entry}/cmdline`) ?? '').split('\0').filter(Boolean);
    const env = Object.fromEntries(
      (readText(`/proc/${entry}/environ`) ?? '')
        .split('\0')
        .filter(Boolean)
        .map((pair) => {
          const equals = pair.indexOf('=');
          return [pair.slice(0, equals), pair.slice(equals + 1)];
        }),
    );
    children.push({ pid: Number(entry), args, env });
  }
  return children;
}

/**
 * The pid of this process's child that runs `script` and listens on `port` (read from its PORT
 * variable): how the bench finds the product's processes that the launcher started.
 */
export function findServicePid(script: string, port: number): number {
  const found = childProcesses().find(
    (child) => child.args.some((arg) => arg.endsWith(script)) && child.env.PORT === String(port),
  );
  if (!found) throw new Error(`No child process runs ${script} on port ${port}.`);
  return found.pid;
}

/**
 * A TCP port on loopback that was free a moment ago, drawn at random from 20000–29999: outside
 * the kernel's ephemeral range, so that other programs' tests that ask for port 0 rarely collide.
 */
export async function pickPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('No free port found in 20000–29999.');
}
