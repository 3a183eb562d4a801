import type { LoadGenerator } from './load-client';
import type { LoadRequest } from './load-protocol';
import { processMemory } from './processes';
import type { SoakResult } from './results';
import { growth, median } from './stats';

const SAMPLE_EVERY_MS = 5_000;

/**
 * Mixed load for `seconds`: every connection sends the operations in turn. Meanwhile the resident
 * memory (VmRSS) of each process is sampled every five seconds; growth compares the median of the
 * last three samples with the median of the first three.
 */
export async function soak(options: {
  generator: LoadGenerator;
  url: string;
  requests: LoadRequest[];
  connections: number;
  seconds: number;
  pids: Record<string, number>;
}): Promise<SoakResult> {
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
      timeoutSec: 120,
    });
  } finally {
    clearInterval(timer);
  }
  sample();
  const memory: SoakResult['memory'] = {};
  for (const name of Object.keys(options.pids)) {
    const series = samples.map((s) => s.rssMiB[name]).filter((v): v is number => v !== undefined);
    const startMiB = median(series.slice(0, 3));
    const endMiB = median(series.slice(-3));
    memory[name] = { startMiB, endMiB, growth: growth(startMiB, endMiB) };
  }
  return {
    seconds: result.durationSec,
    connections: options.connections,
    requests: result.requests,
    throughput: result.throughput,
    errors: result.errors.status + result.errors.graphql + result.errors.network,
    firstError: result.firstError,
    memory,
    samples,
  };
}
