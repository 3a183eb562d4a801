import type { LoadGenerator } from './load-client';
import type { LoadRequest } from './load-protocol';
import { processMemory } from './processes';
import type { SoakResult } from './results';
import { growth, median } from './stats';

export const SAMPLE_EVERY_MS = 1_000;

/**
 * Mixed load for `seconds`, after `warmupSec` of the same load unsampled (heaps grow to their
 * working size first; V8 takes about a minute of this load to size them): every connection sends
 * the operations in turn. Meanwhile the resident memory (VmRSS) of each process is sampled every
 * second. A garbage-collected heap swings with every collection, so growth compares low-water
 * marks — the least resident memory in the first third of the samples and in the last third —
 * which rise only when live data stays behind.
 */
export async function soak(options: {
  generator: LoadGenerator;
  url: string;
  requests: LoadRequest[];
  connections: number;
  seconds: number;
  warmupSec: number;
  pids: Record<string, number>;
}): Promise<SoakResult> {
  if (options.warmupSec > 0) {
    await options.generator.run({
      kind: 'http',
      url: options.url,
      requests: options.requests,
      connections: options.connections,
      durationSec: options.warmupSec,
      warmupSec: 0,
      minRequests: 0,
      timeoutSec: 120,
    });
  }
  const samples: SoakResult['samples'] = [];
  const started = Date.now();
  const sample = () => {
    const rssMiB: Record<string, number> = {};
    for (const [name, pid] of Object.entries(options.pids)) {
      const memory = processMemory(pid);
      if (memory) rssMiB[name] = memory.rssMiB;
    }
    samples.push({ atSec: Math.round((Date.now() - started) / 1000), rssMiB });
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  let result;
  try {
    result = await options.generator.run({
      kind: 'http',
      url: options.url,
      requests: options.requests,
      connections: options.connections,
      durationSec: options.seconds,
      warmupSec: 0,
      minRequests: 0,
      timeoutSec: 120,
    });
  } finally {
    clearInterval(timer);
  }
  sample();
  const memory: SoakResult['memory'] = {};
  for (const name of Object.keys(options.pids)) {
    const series = samples.map((s) => s.rssMiB[name]).filter((v): v is number => v !== undefined);
    const third = Math.max(1, Math.floor(series.length / 3));
    const first = series.slice(0, third);
    const last = series.slice(-third);
    const startMiB = Math.min(...first);
    const endMiB = Math.min(...last);
    memory[name] = {
      startMiB,
      endMiB,
      growth: growth(startMiB, endMiB),
      medianGrowth: growth(median(first), median(last)),
    };
  }
  return {
    seconds: result.durationSec,
    warmupSec: options.warmupSec,
    connections: options.connections,
    requests: result.requests,
    throughput: result.throughput,
    errors: result.errors.status + result.errors.graphql + result.errors.network,
    firstError: result.firstError,
    memory,
    samples,
  };
}
