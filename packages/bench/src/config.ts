import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { databaseUrl, parseConfig } from '@lagesbild/config';
import { maxScale } from './scale';

/** The PostgreSQL server the scale phase uses when nothing else is named (as CI provides). */
export const DEFAULT_SCALE_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

const environment = z.object({
  /** Run the product on this PostgreSQL server (a database of its own is created and dropped). */
  BENCH_DATABASE_URL: databaseUrl().optional(),
  /** Where the 1× and 100× databases of the scale phase are created; default BENCH_DATABASE_URL. */
  BENCH_SCALE_DATABASE_URL: databaseUrl().optional(),
  PATH: z.string().optional(),
});

export interface BenchConfig {
  /** The command-line arguments as given, so a report can say how to reproduce it. */
  arguments: string[];
  quick: boolean;
  /** Repetitions of every side-by-side measurement; targets are judged on their median. */
  runs: number;
  /** Length of one measurement, and the unmeasured load before it. */
  durationSec: number;
  warmupSec: number;
  /** Connections of the load measurements (latency percentiles, throughput, soak). */
  loadConnections: number;
  soakSec: number;
  /** The scale factor compared with 1×; 0 skips the scale phase. */
  scale: number;
  importRows: number;
  importRuns: number;
  /** Server URL for the product's own database; absent, the embedded database (PGlite). */
  serverUrl: string | undefined;
  /** Server URL for the scale phase. */
  scaleServerUrl: string;
  resultsDir: string;
  path: string | undefined;
}

const USAGE = `npm run bench [-- --quick] [--runs N] [--scale N] [--duration S] [--soak S]
  --quick       one run, short measurements, 10× instead of 100× (a few minutes)
  --runs N      repetitions of each side-by-side measurement (default 3)
  --scale N     scale factor compared with 1× (default 100; 0 skips the scale phase; 266 is
                about 10 million observations)
  --duration S  seconds of each measurement (default 4)
  --soak S      seconds of mixed load in the soak (default 120)
Environment: BENCH_DATABASE_URL (run on PostgreSQL instead of the embedded database),
BENCH_SCALE_DATABASE_URL (server of the scale phase; default BENCH_DATABASE_URL, else ${DEFAULT_SCALE_SERVER}).`;

/** Reads the command line and the environment once. */
export function loadBenchConfig(argv: string[], env: NodeJS.ProcessEnv): BenchConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      scale: { type: 'string' },
      duration: { type: 'string' },
      soak: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const parsed = parseConfig(environment, env);
  const number = (text: string | undefined, fallback: number, name: string) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`--${name} must be a number ≥ 0.\n${USAGE}`);
    return value;
  };
  const quick = values.quick ?? false;
  const scale = Math.round(number(values.scale, quick ? 10 : 100, 'scale'));
  const largest = maxScale();
  if (scale > largest) {
    throw new Error(
      `--scale must be at most ${largest}: more history would reach back before the year 1.\n${USAGE}`,
    );
  }
  return {
    arguments: argv,
    quick,
    runs: Math.max(1, Math.round(number(values.runs, quick ? 1 : 3, 'runs'))),
    durationSec: number(values.duration, quick ? 2 : 4, 'duration'),
    warmupSec: quick ? 0.5 : 1,
    loadConnections: 8,
    soakSec: number(values.soak, quick ? 20 : 120, 'soak'),
    scale,
    importRows: 100_000,
    importRuns: quick ? 1 : 3,
    serverUrl: parsed.BENCH_DATABASE_URL,
    scaleServerUrl:
      parsed.BENCH_SCALE_DATABASE_URL ?? parsed.BENCH_DATABASE_URL ?? DEFAULT_SCALE_SERVER,
    resultsDir: path.join(__dirname, '..', '..', '..', 'bench', 'results'),
    path: parsed.PATH,
  };
}

/**
 * The name of a run's result files: its date, then the options it was given, so that
 * `--scale 266 --soak 600` on 2026-11-29 writes 2026-11-29-scale266-soak600.json and a run with no
 * options 2026-11-29.json; a run on BENCH_DATABASE_URL ends in `-postgres`.
 */
export function resultsStem(date: string, argv: string[], onServer = false): string {
  const words: string[] = [];
  for (const token of argv.flatMap((arg) => arg.split('='))) {
    const word = token.replace(/^--/, '');
    if (token.startsWith('--') || words.length === 0) words.push(word);
    else words[words.length - 1] += word;
  }
  return [date.slice(0, 10), ...words, ...(onServer ? ['postgres'] : [])].join('-');
}
