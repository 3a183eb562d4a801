import { anchorVerdict } from './anchor';
import type { BenchResults, TargetVerdict } from './results';
import { round, slope } from './stats';

const ms = (value: number) => `${round(value)} ms`;
const times = (value: number) => `${round(value)}×`;
const percent = (value: number) => `${round(value * 100)} %`;

/** How far over a ceiling: "3.9× against ≤ 3 (30 % over)". */
function over(measured: number, ceiling: number): string {
  return `${percent(measured / ceiling - 1)} over the target`;
}

function floorVerdict(results: BenchResults): TargetVerdict {
  const floor = results.floor;
  const overhead = results.gatewayOverhead.situationPicture;
  const met = floor.median <= 3;
  const sql = floor.denominator.p50;
  const gateway = floor.numerator.p50;
  const direct = overhead?.denominator.p50 ?? Number.NaN;
  const statements = results.statements.find((s) => s.operation === 'situationPicture');
  const size = results.load.situationPicture?.meanSize ?? Number.NaN;
  return {
    name: 'floor ratio, situationPicture',
    target: '≤ 3',
    measured: times(floor.median),
    met,
    note: met
      ? `gateway ${ms(gateway)}, floor statement ${ms(sql)}`
      : `${over(floor.median, 3)}. The floor statement takes ${ms(sql)}; the situation subgraph ` +
        `answers in ${ms(direct)} (${ms(direct - sql)} beyond the floor: ${statements?.total ?? '?'} ` +
        `SQL statements that ship every observation of the trend windows to Node, then rates, ` +
        `suppression and Mann–Kendall trends in JavaScript and a ${round(size / 1024)} kB JSON ` +
        `answer); the gateway adds ${ms(gateway - direct)} (query plan, token check, parsing and ` +
        `re-serialising that answer).`,
  };
}

function overheadVerdict(results: BenchResults): TargetVerdict {
  const entries = Object.entries(results.gatewayOverhead);
  const misses = entries.filter(([, figure]) => figure.median > 1.5);
  const profiles = results.gatewayProfiles
    .map(
      (profile) =>
        `${ms(profile.busyMsPerRequest)} of gateway CPU per ${profile.operation} answer (` +
        profile.packages
          .slice(0, 4)
          .map((p) => `${p.name} ${percent(p.share)}`)
          .join(', ') +
        ')',
    )
    .join('; ');
  return {
    name: 'gateway overhead',
    target: '≤ 1.5 for every operation one subgraph answers',
    measured: entries.map(([name, figure]) => `${name} ${times(figure.median)}`).join(', '),
    met: misses.length === 0,
    note:
      (misses.length === 0
        ? 'every operation within 1.5×.'
        : `Missed by ${misses
            .map(
              ([name, figure]) =>
                `${name} (${over(figure.median, 1.5)}: +${ms(figure.numerator.p50 - figure.denominator.p50)} on ` +
                `${ms(figure.denominator.p50)})`,
            )
            .join(
              ', ',
            )}. The gateway costs about two milliseconds of CPU per request whatever the ` +
          "answer — Apollo's request pipeline, the cached query plan's execution, a second HTTP " +
          "exchange, and parsing, shaping (@apollo/gateway's computeResponse) and writing the answer " +
          'again — which is close to half of an answer the subgraph gives in 4–7 ms. The token is ' +
          'checked once a minute per token, not per request.') +
      (profiles ? ` Profiled: ${profiles}.` : ''),
  };
}

function scaleVerdict(results: BenchResults): TargetVerdict {
  const scale = results.scale;
  if ('skipped' in scale) {
    return {
      name: '100× ÷ 1×, situationPicture',
      target: '≤ 3',
      measured: 'not measured',
      met: null,
      note: scale.skipped,
    };
  }
  const ratio = scale.picture.median;
  const met = ratio <= 3;
  const { pictureStatements, mostGrown } = scale.evidence;
  const grown = pictureStatements[mostGrown];
  const total = (at: 'at1x' | 'atNx') =>
    pictureStatements.reduce((sum, statement) => sum + statement.ms[at], 0);
  return {
    name: `${scale.factor}× ÷ 1×, situationPicture`,
    target: '≤ 3',
    measured: `${times(ratio)} (${ms(scale.picture.denominator.p50)} → ${ms(scale.picture.numerator.p50)}, ${scale.server})`,
    met,
    note:
      (scale.factor !== 100 ? `Measured at ${scale.factor}×, not 100×. ` : '') +
      (met ? '' : `${over(ratio, 3)}. `) +
      `The picture's ${pictureStatements.length} SQL statements, each run alone, take ` +
      `${ms(total('at1x'))} at 1× and ${ms(total('atNx'))} at ${scale.factor}× in all` +
      (grown
        ? `; the one that grew most reads ${grown.rows.at1x.toLocaleString('en')} → ` +
          `${grown.rows.atNx.toLocaleString('en')} rows in ${ms(grown.ms.at1x)} → ${ms(grown.ms.atNx)}. `
        : '. ') +
      `The floor statement goes ${times(scale.floor.median)}.` +
      scale.situationProfiles
        .map(
          (profile) =>
            ` Profiled at ${profile.operation.replace(/^situationPicture at (\S+).*$/, '$1')}, the situation subgraph spends ` +
            `${ms(profile.busyMsPerRequest)} of CPU per picture, most in ` +
            profile.functions
              .slice(0, 3)
              .map((f) => `${f.name} ${percent(f.share)}`)
              .join(', ') +
            '.',
        )
        .join(''),
  };
}

function errorVerdict(results: BenchResults): TargetVerdict {
  const errors = results.errors.underLoad;
  return {
    name: 'errors under load',
    target: '0',
    measured: String(errors),
    met: errors === 0,
    note:
      errors === 0
        ? 'every answer HTTP 200 without GraphQL errors, through the gateway, straight to the subgraphs and in the soak'
        : `first: ${results.soak.firstError ?? results.measurements.find((m) => m.result.firstError)?.result.firstError ?? '?'}`,
  };
}

function memoryVerdict(results: BenchResults): TargetVerdict {
  const product = Object.entries(results.soak.memory).filter(([name]) => !name.startsWith('bench'));
  const worst = product.reduce<[string, number]>(
    (found, [name, memory]) => (memory.growth > found[1] ? [name, memory.growth] : found),
    ['', -Infinity],
  );
  const met = worst[1] < 0.1;
  const host = Object.entries(results.soak.memory).find(([name]) => name.startsWith('bench'));
  // Whether a process that grew is still growing: the trend of its second half, MiB a minute.
  const lastHalf = results.soak.samples.slice(Math.floor(results.soak.samples.length / 2));
  const trends = product
    .filter(([, memory]) => memory.growth >= 0.1)
    .map(([name]) => {
      const perSecond = slope(
        lastHalf.flatMap((s): [number, number][] => {
          const rss = s.rssMiB[name];
          return rss === undefined ? [] : [[s.atSec, rss]];
        }),
      );
      return `${name} ${round(perSecond * 60)} MiB a minute over the second half (from ${round(lastHalf[0]?.rssMiB[name] ?? NaN)} MiB)`;
    });
  return {
    name: 'memory growth over the soak',
    target: '< 10 % per process',
    measured: product.map(([name, memory]) => `${name} ${percent(memory.growth)}`).join(', '),
    met,
    note:
      `Low-water marks of resident memory, first third against last third of ${Math.round(results.soak.seconds)} s ` +
      `(${results.soak.requests} requests, after ${results.soak.warmupSec} s unsampled); ` +
      (met ? `largest ${worst[0]} ${percent(worst[1])}` : `${worst[0]} grew ${percent(worst[1])}`) +
      `. Medians: ${product.map(([name, memory]) => `${name} ${percent(memory.medianGrowth)}`).join(', ')}` +
      (host ? `; the bench process, which hosts PGlite, ${percent(host[1].growth)}` : '') +
      '.' +
      (trends.length ? ` Still growing? ${trends.join('; ')}.` : ''),
  };
}

/** The successful run with the median throughput (the lower middle one of an even number). */
function medianRun<Run extends { failed: string | null; rowsPerSecond: number }>(
  runs: Run[],
): Run | undefined {
  const ok = runs.filter((run) => !run.failed).sort((a, b) => a.rowsPerSecond - b.rowsPerSecond);
  return ok[Math.floor((ok.length - 1) / 2)];
}

function importVerdict(results: BenchResults): TargetVerdict {
  const imports = results.import;
  const rate = imports.medianRowsPerSecond;
  const met = rate >= 20_000;
  const real = medianRun(imports.runs);
  const dry = medianRun(imports.dryRuns);
  const failures = [...imports.runs, ...imports.dryRuns].filter((r) => r.failed);
  const evidence = imports.evidence;
  const server = imports.onServer;
  const triggers = (list: { ms: number }[]) => list.reduce((sum, t) => sum + t.ms, 0);
  const floorRate = (floor: { insertFloorMs: number }) =>
    `${Math.round((imports.rows / floor.insertFloorMs) * 1000).toLocaleString('en')} rows/s`;
  return {
    name: 'import throughput',
    target: '≥ 20,000 rows/s',
    measured: Number.isFinite(rate)
      ? `${Math.round(rate).toLocaleString('en')} rows/s (${imports.rows.toLocaleString('en')} rows, ${round(imports.bytes / 1024 / 1024)} MB)`
      : 'every import failed',
    met,
    note: [
      failures.length
        ? `${failures.length} of ${imports.runs.length + imports.dryRuns.length} imports failed: ${failures[0]?.failed}.`
        : '',
      met || !Number.isFinite(rate) ? '' : `${percent(1 - rate / 20_000)} short.`,
      real && dry
        ? `Reading, checking and classifying (a dry run) takes ${round(dry.seconds)} s of ${round(real.seconds)} s; writing the rest.`
        : '',
      evidence
        ? `The upsert (classification, INSERT and UPDATE in one statement) takes ${ms(evidence.upsertMs)}, ${ms(triggers(evidence.triggers))} of it in ` +
          `${evidence.triggers.length} foreign-key triggers (${evidence.triggers[0]?.calls.toLocaleString('en') ?? 0} calls each); ` +
          `the dry run's classification ${ms(evidence.classifyMs)}. ` +
          `The database's floor, the same rows in one plain INSERT through pg (foreign keys checked), ` +
          `takes ${ms(evidence.insertFloorMs)}: ${floorRate(evidence)}` +
          (real
            ? `, so the whole import costs ${times(real.seconds / (evidence.insertFloorMs / 1000))} the floor.`
            : '.')
        : '',
      server
        ? `On ${server.server} the same import runs at ${Math.round(server.measurement.rowsPerSecond).toLocaleString('en')} rows/s ` +
          `(upsert ${ms(server.evidence.upsertMs)}, foreign keys ${ms(triggers(server.evidence.triggers))}, ` +
          `floor ${floorRate(server.evidence)}).`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** Every target of the issue, judged on the medians of the runs. */
export function judgeTargets(results: BenchResults): TargetVerdict[] {
  return [
    anchorVerdict(results.anchor),
    floorVerdict(results),
    overheadVerdict(results),
    scaleVerdict(results),
    errorVerdict(results),
    memoryVerdict(results),
    importVerdict(results),
  ];
}
