import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Measurer, TokenSource } from './measure';
import { requestBody, type Operation, type OperationName } from './operations';
import type { AnchorFigure } from './results';
import { median } from './stats';

/** The operations measured against the bare server: the largest answers and the smallest. */
export const ANCHORED: OperationName[] = [
  'situationPicture',
  'series',
  'kpiSummary',
  'myAssignments',
];

/** A bare Node.js `http` server answering each anchored operation with the gateway's own bytes. */
export interface BareServer {
  url(operation: OperationName): string;
  pid: number;
  stop(): Promise<void>;
}

/** The gateway's answer to an operation, byte for byte. */
async function answerBytes(url: string, operation: Operation, token: TokenSource): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await token(operation.user)}`,
    },
    body: requestBody(operation),
  });
  const text = await response.text();
  if (response.status !== 200 || !text.startsWith('{"data":')) {
    throw new Error(
      `${operation.name} through the gateway: HTTP ${response.status} ${text.slice(0, 200)}`,
    );
  }
  return text;
}

/** Asks the gateway once for each anchored operation, and serves those bytes from a process of its own. */
export async function startBareServer(
  gatewayUrl: string,
  operations: Operation[],
  token: TokenSource,
): Promise<BareServer> {
  const bodies: Record<string, string> = {};
  for (const operation of operations) {
    if (ANCHORED.includes(operation.name)) {
      bodies[operation.name] = await answerBytes(gatewayUrl, operation, token);
    }
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'lagesbild-bare-'));
  const file = path.join(folder, 'answers.json');
  writeFileSync(file, JSON.stringify(bodies));
  const child = fork(path.join(__dirname, 'bare-server.js'), [file], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port?: number }) => resolve(message.port ?? 0));
    child.once('exit', () => reject(new Error('The bare server exited during start-up.')));
  });
  return {
    url: (operation) => `http://127.0.0.1:${port}/${operation}`,
    pid: child.pid ?? 0,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The anchor's figures from the measurements the runs kept. */
export function anchorFigures(
  measurer: Measurer,
  connections: number,
): Partial<Record<OperationName, AnchorFigure>> {
  const figures: Partial<Record<OperationName, AnchorFigure>> = {};
  for (const operation of ANCHORED) {
    const loads = (target: 'apollo' | 'bare') =>
      measurer.measurements.filter(
        (m) => m.target === target && m.operation === operation && m.connections === connections,
      );
    const gateway = loads('apollo');
    const bare = loads('bare');
    if (bare.length === 0) continue;
    const shares = bare.flatMap((b) => {
      const g = gateway.find((m) => m.run === b.run);
      return g ? [g.result.throughput / b.result.throughput] : [];
    });
    const med = (list: typeof gateway, pick: (m: (typeof gateway)[number]) => number) =>
      median(list.map(pick));
    figures[operation] = {
      single: measurer.ratio(
        `${operation} p50 through the gateway ÷ the same bytes from a bare Node http server (1 connection)`,
        operation,
        1,
        { target: 'apollo', label: 'gateway' },
        { target: 'bare', label: 'bare http' },
      ),
      underLoad: {
        connections,
        gatewayPerSecond: med(gateway, (m) => m.result.throughput),
        barePerSecond: med(bare, (m) => m.result.throughput),
        share: median(shares),
        gatewayP50: med(gateway, (m) => m.result.latency.p50),
        bareP50: med(bare, (m) => m.result.latency.p50),
        errors: [...gateway, ...bare].reduce(
          (sum, m) =>
            sum + m.result.errors.status + m.result.errors.graphql + m.result.errors.network,
          0,
        ),
      },
      bytes: med(bare, (m) => m.result.meanSize),
    };
  }
  return figures;
}

/** The operations whose answers per second are judged against the bare server's. */
const JUDGED: OperationName[] = ['situationPicture', 'kpiSummary'];
/** At least this share of the bare server's answers per second, … */
export const ANCHOR_SHARE = 1 / 25;
/** … with p50 under this many milliseconds, at the load's connections. */
export const ANCHOR_P50_MS = 25;

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The verdict: situationPicture and kpiSummary through the gateway against the limit. */
export function anchorVerdict(anchor: Partial<Record<OperationName, AnchorFigure>>): {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
  note: string;
} {
  const judged = JUDGED.flatMap((name) => {
    const figure = anchor[name];
    return figure ? [[name, figure] as const] : [];
  });
  const connections = judged[0]?.[1].underLoad.connections ?? NaN;
  const met = judged.length
    ? judged.every(
        ([, f]) =>
          f.underLoad.share >= ANCHOR_SHARE &&
          f.underLoad.gatewayP50 < ANCHOR_P50_MS &&
          f.underLoad.errors === 0,
      )
    : null;
  return {
    name: 'the limit: gateway ÷ a bare http server with the same bytes',
    target: `≥ 1/25 of its answers/s, p50 < ${ANCHOR_P50_MS} ms at ${connections} connections, no errors (${JUDGED.join(', ')})`,
    measured: judged
      .map(
        ([name, f]) =>
          `${name} 1/${fixed(1 / f.underLoad.share)} (${fixed(f.underLoad.gatewayPerSecond, 0)} ÷ ${fixed(f.underLoad.barePerSecond, 0)} answers/s, p50 ${fixed(f.underLoad.gatewayP50)} ms)`,
      )
      .join(', '),
    met,
    note:
      'Measured side by side in the same run: the bare server sends the very bytes the gateway ' +
      'answered, after reading the request. ' +
      judged
        .map(
          ([name, f]) =>
            `${name}: ${fixed(f.bytes / 1024, 0)} kB, one connection p50 ${fixed(f.single.numerator.p50)} ms ÷ ${fixed(f.single.denominator.p50, 2)} ms`,
        )
        .join('; ') +
      '.',
  };
}

/** The markdown table of every anchored operation. */
export function anchorTable(anchor: Partial<Record<OperationName, AnchorFigure>>): string[] {
  const rows = Object.entries(anchor).map(
    ([name, f]) =>
      `| ${name} | ${fixed(f.bytes / 1024, 0)} kB | ${fixed(f.single.numerator.p50, 2)} ms | ${fixed(f.single.denominator.p50, 2)} ms | ${fixed(f.underLoad.gatewayP50, 2)} ms / ${fixed(f.underLoad.gatewayPerSecond, 0)} | ${fixed(f.underLoad.bareP50, 2)} ms / ${fixed(f.underLoad.barePerSecond, 0)} | **1/${fixed(1 / f.underLoad.share)}** | ${f.underLoad.errors} |`,
  );
  if (rows.length === 0) return [];
  const c = Object.values(anchor)[0]?.underLoad.connections ?? NaN;
  return [
    '## The limit: the same answer bytes from a bare Node.js http server',
    '',
    `| operation | answer | gateway p50, 1 connection | bare p50, 1 connection | gateway p50 / answers/s, ${c} connections | bare p50 / answers/s, ${c} connections | gateway ÷ bare answers/s | errors |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}
