import { anchorTable } from './anchor';
import type { BenchResults, RatioFigure } from './results';
import { SAMPLE_EVERY_MS } from './soak';
import { round } from './stats';

const num = (value: number) => (Number.isFinite(value) ? String(round(value)) : '–');
const ms = (value: number) => (Number.isFinite(value) ? `${round(value)} ms` : '–');
const pct = (value: number) => (Number.isFinite(value) ? `${round(value * 100)} %` : '–');

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function ratioRow(name: string, figure: RatioFigure): string[] {
  return [
    name,
    `${figure.numerator.label} ${ms(figure.numerator.p50)}`,
    `${figure.denominator.label} ${ms(figure.denominator.p50)}`,
    `**${num(figure.median)}**`,
    figure.perRun.map(num).join(', '),
  ];
}

/** Which gateway the runs favour (ratio > 1: the peer answers faster), and the advice. */
export function peerSummary(results: BenchResults): string {
  const range = (values: number[]) => `${num(Math.min(...values))}–${num(Math.max(...values))}`;
  const apolloPeak = results.peakMemoryMiB.gateway ?? NaN;
  const fasterPeers: string[] = [];
  const sentences = Object.entries(results.peerGateway).map(([target, peer]) => {
    const single = Object.values(peer.single).map((f) => f.median);
    const load = Object.values(peer.underLoad).map((f) => f.median);
    const all = [...single, ...load].filter((v) => Number.isFinite(v));
    const faster = all.filter((v) => v > 1.1).length;
    const slower = all.filter((v) => v < 1 / 1.1).length;
    if (faster > all.length / 2) fasterPeers.push(peer.label);
    return (
      `@apollo/gateway ÷ ${peer.label} p50 is ${range(single)} with one connection and ` +
      `${range(load)} with ${results.meta.loadConnections} (above 1: the peer faster); the peer was ` +
      `more than 10 % faster in ${faster} and more than 10 % slower in ${slower} of ${all.length} ` +
      `comparisons; its peak memory ${num(results.peakMemoryMiB[target] ?? NaN)} MiB.`
    );
  });
  const verdict = fasterPeers.length
    ? `${fasterPeers.join(' and ')} is faster on most operations: make it the default, after ` +
      "carrying over the gateway's rate limit, request ids, demo token issuer and error masking."
    : 'Keep @apollo/gateway as the default: neither peer is measurably faster on these ' +
      "operations, and switching would mean re-implementing the gateway's rate limit, request " +
      'ids, demo token issuer and error masking on another framework.';
  return `${sentences.join(' ')} Apollo's peak memory: ${num(apolloPeak)} MiB. ${verdict}`;
}

/** The markdown summary written beside the JSON results. */
export function markdownReport(results: BenchResults): string {
  const { meta } = results;
  const lines: string[] = [];
  lines.push(
    `# Lägesbild benchmark, ${meta.date.slice(0, 10)}${meta.quick ? ' (quick)' : ''}`,
    '',
    `Commit ${meta.commit}; ${meta.machine.cpus} cores, ${meta.machine.memoryGiB} GiB, Node ${meta.machine.node}; ` +
      `database ${meta.database}. ${meta.runs} run${meta.runs > 1 ? 's' : ''} of ${meta.durationSec} s per ` +
      `measurement (after ${meta.warmupSec} s unmeasured); ${Math.round(meta.elapsedSec / 60)} min in all. ` +
      `Reproduce with \`npm run bench${meta.arguments.length ? ` -- ${meta.arguments.join(' ')}` : ''}\`.`,
    '',
    'Absolute times on a shared 2-core machine are noise; the ratios, measured side by side in each run, are the point.',
    '',
    `## Targets (median of ${meta.runs} run${meta.runs > 1 ? 's' : ''})`,
    '',
    table(
      ['target', 'goal', 'measured', 'verdict', 'why / evidence'],
      results.targets.map((t) => [
        t.name,
        t.target,
        t.measured,
        t.met === null ? 'not measured' : t.met ? 'met' : '**missed**',
        t.note,
      ]),
    ),
    '',
    `## The dashboard's operations through the gateway (${meta.loadConnections} connections)`,
    '',
    table(
      ['operation', 'p50', 'p95', 'p99', 'answers/s', 'errors', 'SQL statements', 'answer'],
      results.operations.map((operation) => {
        const load = results.load[operation.name];
        const count = results.statements.find((s) => s.operation === operation.name);
        const errors = load ? load.errors.status + load.errors.graphql + load.errors.network : NaN;
        return [
          `${operation.name} (${operation.description})`,
          ms(load?.latency.p50 ?? NaN),
          ms(load?.latency.p95 ?? NaN),
          ms(load?.latency.p99 ?? NaN),
          num(load?.throughput ?? NaN),
          num(errors),
          count
            ? `${count.total} (${Object.entries(count.bySubgraph)
                .filter(([, n]) => n > 0)
                .map(([name, n]) => `${name} ${n}`)
                .join(', ')})`
            : '–',
          `${num((load?.meanSize ?? NaN) / 1024)} kB`,
        ];
      }),
    ),
    '',
    ...anchorTable(results.anchor),
    '## Ratios (one connection; p50s are medians of the runs)',
    '',
    table(
      ['ratio', 'numerator', 'denominator', 'median', 'per run'],
      [
        ratioRow('floor: situationPicture ÷ its SQL', results.floor),
        ...Object.entries(results.gatewayOverhead).map(([name, figure]) =>
          ratioRow(`gateway overhead: ${name}`, figure),
        ),
        ...Object.values(results.peerGateway).flatMap((peer) => [
          ...Object.entries(peer.single).map(([name, figure]) =>
            ratioRow(`Apollo ÷ ${peer.label}: ${name}`, figure),
          ),
          ...Object.entries(peer.underLoad).map(([name, figure]) =>
            ratioRow(
              `Apollo ÷ ${peer.label}, ${meta.loadConnections} connections: ${name}`,
              figure,
            ),
          ),
        ]),
      ],
    ),
    '',
    `The floor statement gives the product's answer: ${results.floorCheck.mismatches} differences in ` +
      `${results.floorCheck.cells} cells${results.floorCheck.examples.length ? ` (${results.floorCheck.examples.join('; ')})` : ''}. ` +
      `Same answer through every gateway and from the subgraph: ${Object.entries(
        results.sameAnswers,
      )
        .map(([name, outcome]) => `${name} ${outcome}`)
        .join(', ')}.`,
    '',
    `**Peer gateway.** ${peerSummary(results)}`,
    '',
  );
  if (results.gatewayProfiles.length) {
    lines.push(
      '### Where the gateway spends its CPU (V8 profile, self time)',
      '',
      table(
        ['operation', 'CPU per answer', 'packages', 'functions'],
        results.gatewayProfiles.map((profile) => [
          profile.operation,
          ms(profile.busyMsPerRequest),
          profile.packages.map((p) => `${p.name} ${pct(p.share)}`).join(', '),
          profile.functions
            .slice(0, 5)
            .map((f) => `${f.name} ${pct(f.share)}`)
            .join(', '),
        ]),
      ),
      '',
    );
  }

  const scale = results.scale;
  lines.push('## Scale', '');
  if ('skipped' in scale) {
    lines.push(`Not measured: ${scale.skipped}`, '');
  } else {
    lines.push(
      `${scale.server}; 1× = ${scale.rows.at1x.toLocaleString('en')} observations (Västerås as seeded), ` +
        `${scale.factor}× = ${scale.rows.atNx.toLocaleString('en')} (the same districts and indicators with ` +
        `${scale.factor - 1} earlier blocks of history, so the picture's answer keeps its size). Bulk load: ` +
        `${Math.round(scale.load.rowsPerSecond).toLocaleString('en')} rows/s (${num(scale.load.seconds)} s).`,
      '',
      table(
        ['ratio', 'numerator', 'denominator', 'median', 'per run'],
        [
          ratioRow('situationPicture', scale.picture),
          ratioRow('series (five years, one district)', scale.series),
          ratioRow('floor statement', scale.floor),
        ],
      ),
      '',
      `Floor checks: ${scale.floorChecks.at1x.mismatches} and ${scale.floorChecks.atNx.mismatches} differences.`,
      '',
      table(
        [
          "the situation subgraph's statements for one picture, each run alone",
          'rows at 1×',
          `rows at ${scale.factor}×`,
          'at 1×',
          `at ${scale.factor}×`,
        ],
        scale.evidence.pictureStatements.map((statement) => [
          `\`${statement.statement.replace(/\|/g, '\\|')}\``,
          statement.rows.at1x.toLocaleString('en'),
          statement.rows.atNx.toLocaleString('en'),
          ms(statement.ms.at1x),
          ms(statement.ms.atNx),
        ]),
      ),
      '',
      ...(scale.situationProfiles.length
        ? [
            table(
              [
                'situation subgraph (V8 profile, self time)',
                'CPU per answer',
                'packages',
                'functions',
              ],
              scale.situationProfiles.map((profile) => [
                profile.operation,
                ms(profile.busyMsPerRequest),
                profile.packages
                  .slice(0, 5)
                  .map((p) => `${p.name} ${pct(p.share)}`)
                  .join(', '),
                profile.functions
                  .slice(0, 5)
                  .map((f) => `${f.name} ${pct(f.share)}`)
                  .join(', '),
              ]),
            ),
            '',
          ]
        : []),
      '```',
      `-- the statement that grew most (${scale.evidence.mostGrown + 1} of ${scale.evidence.pictureStatements.length}), at ${scale.factor}×`,
      scale.evidence.planOfMostGrownNx,
      '```',
      '',
    );
  }

  const imports = results.import;
  lines.push(
    '## Import',
    '',
    `${imports.rows.toLocaleString('en')} CSV rows (${num(imports.bytes / 1024 / 1024)} MB) through ` +
      `\`importObservations\` at the gateway: median **${Math.round(imports.medianRowsPerSecond).toLocaleString('en')} rows/s** ` +
      `(runs: ${imports.runs.map((r) => `${num(r.seconds)} s`).join(', ')}); dry run ` +
      `${Math.round(imports.medianDryRunRowsPerSecond).toLocaleString('en')} rows/s.`,
    '',
    '## Soak',
    '',
    `${Math.round(results.soak.seconds)} s of the five operations in turn (after ${results.soak.warmupSec} s unsampled), ` +
      `${results.soak.connections} connections: ${results.soak.requests} answers (${num(results.soak.throughput)}/s), ` +
      `${results.soak.errors} errors. Resident memory sampled every ${SAMPLE_EVERY_MS / 1000} s; growth compares the low-water marks of the ` +
      'first and the last third (the medians swing with garbage collection).',
    '',
    table(
      [
        'process',
        'low-water, first third',
        'last third',
        'growth',
        'growth of medians',
        'peak (VmHWM, whole run)',
      ],
      Object.entries(results.soak.memory).map(([name, memory]) => [
        name,
        `${num(memory.startMiB)} MiB`,
        `${num(memory.endMiB)} MiB`,
        pct(memory.growth),
        pct(memory.medianGrowth),
        `${num(results.peakMemoryMiB[name] ?? NaN)} MiB`,
      ]),
    ),
    '',
    `Peer gateways' peaks: ${Object.entries(results.peerGateway)
      .map(([target, peer]) => `${peer.label} ${num(results.peakMemoryMiB[target] ?? NaN)} MiB`)
      .join(', ')}.` +
      ('skipped' in scale
        ? ''
        : ` At ${scale.factor}×: ${Object.entries(scale.peakMemoryMiB)
            .map(([name, peak]) => `${name} ${num(peak)} MiB`)
            .join(', ')}.`),
    '',
  );
  if (meta.notes.length) lines.push('## Notes', '', ...meta.notes.map((note) => `- ${note}`), '');
  return `${lines.join('\n')}\n`;
}
